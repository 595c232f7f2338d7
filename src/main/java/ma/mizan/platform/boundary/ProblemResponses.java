package ma.mizan.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Problem;
import ma.mizan.platform.entity.Problem.FieldError;

/** Builds every error response of the API: RFC 9457 problem details, never a stack trace. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    public static final String TYPE_BASE = "https://mizan.ma/problems/";

    private ProblemResponses() {
    }

    public static Response of(ProblemException e, String instance) {
        Response.ResponseBuilder b = Response.status(e.status()).type(PROBLEM_JSON)
                .entity(new Problem(TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), instance,
                        e.errors().isEmpty() ? null : e.errors()));
        e.headers().forEach(b::header);
        return b.build();
    }

    public static Response of(int status, String type, String title, String detail, String instance, List<FieldError> errors) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
