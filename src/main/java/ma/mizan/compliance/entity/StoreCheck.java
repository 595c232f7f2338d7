package ma.mizan.compliance.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a check of the evidence file store found. {@code missing} and {@code corrupt} (a file whose bytes no
 * longer hash to its name) are damage; {@code orphans} are files no row refers to, the harmless trace of an
 * upload whose transaction rolled back after its file was stored. Nothing is repaired or deleted.
 */
public record StoreCheck(OffsetDateTime checkedAt, String directory, int referencedFiles, int storedFiles, List<Problem> missing,
                         List<Problem> corrupt, List<String> orphans, boolean consistent) {

    /** A file that rows refer to, and those rows. */
    public record Problem(String sha256, List<Long> evidenceIds) {
    }
}
