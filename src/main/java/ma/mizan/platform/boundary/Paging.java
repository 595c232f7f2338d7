package ma.mizan.platform.boundary;

import java.util.ArrayList;
import java.util.List;
import ma.mizan.platform.entity.Problem.FieldError;

/**
 * Query parameters for pagination, checked strictly: {@code page} from 0, {@code size} from 1 to 100
 * (default 20). Errors on query parameters use the pointer {@code ?name}.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = of(page, size, errors);
        Queries.failOn(errors);
        return paging;
    }

    /** Parses, adding any bad parameter to {@code errors} (reported with the other parameters' errors). */
    public static Paging of(String page, String size, List<FieldError> errors) {
        return new Paging(parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors), parse("size", size, 20, 1, MAX_SIZE, errors));
    }

    static int parse(String name, String value, int dflt, int min, int max, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(value);
            if (v < min || v > max) {
                errors.add(new FieldError("?" + name, "must be between " + min + " and " + max));
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("?" + name, "must be an integer"));
            return dflt;
        }
    }

    public int offset() {
        return page * size;
    }
}
