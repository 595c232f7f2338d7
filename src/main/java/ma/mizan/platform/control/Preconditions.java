package ma.mizan.platform.control;

import jakarta.ws.rs.core.EntityTag;
import java.util.Map;

/**
 * Optimistic locking over HTTP: every record is served with an ETag carrying its row version, and every
 * change must send it back in If-Match. A missing If-Match is refused (428) rather than treated as
 * "overwrite whatever is there"; a stale one gets 412.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long rowVersion) {
        return new EntityTag("v" + rowVersion);
    }

    /** The row version the client saw, or -1 for {@code If-Match: *}. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send the record's ETag in If-Match (read the record first) so that a concurrent change is never overwritten.");
        }
        String v = ifMatch.strip();
        if (v.equals("*")) {
            return -1;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.matches("\"v[0-9]{1,18}\"")) {
            return Long.parseLong(v.substring(2, v.length() - 1));
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "If-Match " + ifMatch + " is not an ETag of this record.");
    }

    public static void check(long expected, long current) {
        if (expected >= 0 && expected != current) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "The record changed since you read it (your ETag \"v" + expected + "\", current \"v" + current
                            + "\"). Read it again and reapply your change.",
                    java.util.List.of(), Map.of("ETag", etag(current).toString()));
        }
    }
}
