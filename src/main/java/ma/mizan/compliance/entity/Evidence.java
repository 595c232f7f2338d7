package ma.mizan.compliance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Evidence that an obligation is met: a file (kept in the content-addressed evidence store under its
 * SHA-256, with the type sniffed from its bytes) or a link. It may expire; withdrawn evidence is kept
 * for the record but no longer counts.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = Evidence.OF_TRACKING, query = "select e from Evidence e where e.trackingId = :trackingId order by e.uploadedAt, e.id")
@NamedQuery(name = Evidence.COUNT_SHA256, query = "select count(e) from Evidence e where e.sha256 = :sha256")
@NamedQuery(name = Evidence.OF_SYSTEM, query = "select e from Evidence e, ObligationTracking t where e.trackingId = t.id "
        + "and t.systemId = :systemId order by e.uploadedAt, e.id")
@NamedQuery(name = Evidence.OF_ORGANIZATION, query = "select e from Evidence e, ObligationTracking t where e.trackingId = t.id "
        + "and t.organizationId = :organizationId order by e.uploadedAt, e.id")
@NamedQuery(name = Evidence.FILES, query = "select e from Evidence e where e.kind = :kind order by e.id")
public class Evidence {

    public static final String OF_TRACKING = "Evidence.ofTracking";
    public static final String COUNT_SHA256 = "Evidence.countSha256";
    public static final String OF_SYSTEM = "Evidence.ofSystem";
    public static final String OF_ORGANIZATION = "Evidence.ofOrganization";
    /** Every file row, withdrawn ones included: a withdrawn row still refers to its file (kept for the record). */
    public static final String FILES = "Evidence.files";

    public enum Kind { FILE, LINK }

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    @Column(name = "tracking_id", nullable = false, updatable = false)
    private long trackingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Column(updatable = false)
    private String sha256;

    @Column(updatable = false)
    private String url;

    private String description;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected Evidence() {
    }

    public static Evidence file(long trackingId, String fileName, String contentType, long size, String sha256, String description,
                                LocalDate expiresOn, String by, OffsetDateTime at) {
        Evidence e = new Evidence(trackingId, Kind.FILE, description, expiresOn, by, at);
        e.fileName = fileName;
        e.contentType = contentType;
        e.sizeBytes = size;
        e.sha256 = sha256;
        return e;
    }

    public static Evidence link(long trackingId, String url, String description, LocalDate expiresOn, String by, OffsetDateTime at) {
        Evidence e = new Evidence(trackingId, Kind.LINK, description, expiresOn, by, at);
        e.url = url;
        return e;
    }

    private Evidence(long trackingId, Kind kind, String description, LocalDate expiresOn, String by, OffsetDateTime at) {
        this.trackingId = trackingId;
        this.kind = kind;
        this.description = description;
        this.expiresOn = expiresOn;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public void withdraw(String by, OffsetDateTime at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** What the audit trail keeps of the evidence (never the file itself: its SHA-256 names it). */
    public String snapshot() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("trackingId", trackingId);
        m.put("kind", kind.name());
        m.put("fileName", fileName);
        m.put("contentType", contentType);
        m.put("sizeBytes", sizeBytes);
        m.put("sha256", sha256);
        m.put("url", url);
        m.put("description", description);
        m.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        m.put("withdrawn", isWithdrawn());
        return ma.mizan.platform.control.StrictJson.write(m);
    }

    /** Counts towards the obligation on {@code day}: not withdrawn and not expired (valid through its expiry date). */
    public boolean validOn(LocalDate day) {
        return withdrawnAt == null && (expiresOn == null || !expiresOn.isBefore(day));
    }

    public Long getId() { return id; }
    public long getTrackingId() { return trackingId; }
    public Kind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getUrl() { return url; }
    public String getDescription() { return description; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getUploadedBy() { return uploadedBy; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
    public OffsetDateTime getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
}
