package ma.mizan.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Problem.FieldError;

/** Strict parsing of query parameters shared by the resources; errors point at {@code ?name}. */
public final class Queries {

    private Queries() {
    }

    /** The assessment date: {@code asAt=YYYY-MM-DD}, default today. */
    public static LocalDate asAt(String value, Clock clock) {
        if (value == null || value.isEmpty()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("?asAt", "must be a date YYYY-MM-DD");
        }
    }

    /** An optional enum filter; a bad value is added to {@code errors} so that every bad parameter is reported at once. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("?" + name, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** An optional positive identifier; a bad value is added to {@code errors}. */
    public static Long id(String name, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(value);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("?" + name, "must be a positive integer"));
        return null;
    }

    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** A path identifier: anything that is not a positive integer names no record (404). */
    public static long pathId(String what, String value) {
        try {
            long v = Long.parseLong(value);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ProblemException.notFound(what + " " + value);
    }

    public static JsonObject json(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }
}
