package ma.mizan.exports.entity;

/** The formats of the data files inside an export bundle. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    JSON("json", "application/json"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    /** The EU AI Act Annex VIII registration sections (working model art. 49), for systems that must be registered. */
    ANNEX_VIII("json", "application/json");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() { return extension; }
    public String contentType() { return contentType; }
}
