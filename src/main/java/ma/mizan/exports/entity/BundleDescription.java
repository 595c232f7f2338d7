package ma.mizan.exports.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the caller says about an export bundle, written into its signed manifest: what was exported (the scope: an
 * organization, a filter, the kind of report, in whatever keys the caller chooses), with which rule base, by whom
 * and when.
 *
 * @param scope values are strings, numbers, booleans, dates, lists or nested maps; key order is kept
 */
public record BundleDescription(Map<String, ?> scope, String ruleBaseVersion, String ruleBaseHash,
                                String generatedByUser, String generatedByRole, Instant generatedAt) {

    public BundleDescription {
        scope = scope == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scope));
        Objects.requireNonNull(ruleBaseVersion, "ruleBaseVersion");
        Objects.requireNonNull(ruleBaseHash, "ruleBaseHash");
        Objects.requireNonNull(generatedByUser, "generatedByUser");
        Objects.requireNonNull(generatedByRole, "generatedByRole");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
