package ma.mizan.exports.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * One export: its scope (and the record it names), the format of its data files, the listing filters
 * (register and queue), the language of its labels and the day it is read as at.
 */
public record ExportRequest(ExportScope scope, Long targetId, ExportFormat format, Map<String, String> filters, String language, LocalDate asAt) {

    public ExportRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** A short name for files: mizan-system-12, mizan-register... */
    public String baseName() {
        String s = "mizan-" + scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return targetId == null ? s : s + "-" + targetId;
    }
}
