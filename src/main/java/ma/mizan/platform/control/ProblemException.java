package ma.mizan.platform.control;

import java.util.List;
import java.util.Map;
import ma.mizan.platform.entity.Problem.FieldError;

/**
 * A client error, carried up to the one mapper that writes it as application/problem+json. Thrown by any
 * component; {@code type} is a short slug that becomes the problem type URI.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of(), Map.of());
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "invalid-request", "The request is invalid",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors, Map.of());
    }

    public static ProblemException invalid(String pointer, String detail) {
        return invalid(List.of(new FieldError(pointer, detail)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist.");
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, type, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
