package ma.mizan.platform.entity;

import java.util.List;

/**
 * An RFC 9457 problem detail, with the contract's {@code errors} extension: one entry per bad field,
 * as a JSON pointer into the request body (or the name of the query parameter or header) and a message.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public record FieldError(String pointer, String detail) {
    }
}
