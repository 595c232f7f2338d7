package ma.mizan.exports.entity;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An export requested to run in the background: who asked for what, its progress and outcome. A job is
 * never left behind silently: one found QUEUED or RUNNING at start-up was cut off by a stop and is run
 * again from the start, up to {@link #MAX_ATTEMPTS} runs, then reported FAILED with the reason.
 */
@Entity
@Table(name = "export_job")
@NamedQuery(name = ExportJob.UNFINISHED, query = "select j from ExportJob j where j.status in :statuses order by j.id")
@NamedQuery(name = ExportJob.OF_REQUESTER, query = "select j from ExportJob j where j.requestedBy = :requestedBy order by j.id desc")
public class ExportJob {

    public static final String UNFINISHED = "ExportJob.unfinished";
    public static final String OF_REQUESTER = "ExportJob.ofRequester";
    public static final int MAX_ATTEMPTS = 3;

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @SequenceGenerator(name = "export_job_seq", sequenceName = "export_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_job_seq")
    private Long id;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requester_role", nullable = false, updatable = false)
    private String requesterRole;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ExportScope scope;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ExportFormat format;

    /** The listing filters, as JSON. */
    @Column(updatable = false)
    private String parameters;

    @Column(nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "items_done", nullable = false)
    private long itemsDone;

    @Column(name = "items_total")
    private Long itemsTotal;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    /** Why the job failed; for a job that was run again, the note saying so (kept once it is done). */
    private String error;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ExportJob() {
    }

    public ExportJob(String requestedBy, String requesterRole, Long organizationId, ExportScope scope, Long targetId, ExportFormat format,
                     String parameters, String language, OffsetDateTime now) {
        this.requestedBy = requestedBy;
        this.requesterRole = requesterRole;
        this.organizationId = organizationId;
        this.scope = scope;
        this.targetId = targetId;
        this.format = format;
        this.parameters = parameters;
        this.language = language;
        this.status = Status.QUEUED;
        this.createdAt = now;
    }

    public void started(OffsetDateTime now) {
        status = Status.RUNNING;
        attempts++;
        itemsDone = 0;
        startedAt = now;
    }

    public void progress(long done, Long total) {
        itemsDone = done;
        itemsTotal = total;
    }

    public void done(String fileName, long size, String sha256, OffsetDateTime now) {
        status = Status.DONE;
        this.fileName = fileName;
        this.sizeBytes = size;
        this.sha256 = sha256;
        finishedAt = now;
    }

    public void failed(String reason, OffsetDateTime now) {
        status = Status.FAILED;
        error = reason;
        finishedAt = now;
    }

    /**
     * Found unfinished at start-up: queued again, or failed once it has had its runs. Returns true when it
     * is to run again.
     */
    public boolean interrupted(OffsetDateTime now) {
        if (attempts >= MAX_ATTEMPTS) {
            failed("Interrupted by a stop of the application during each of its " + attempts + " runs; request it again.", now);
            return false;
        }
        status = Status.QUEUED;
        error = attempts == 0 ? null : "Run " + attempts + " was interrupted by a stop of the application; started again from the beginning.";
        return true;
    }

    public Long getId() { return id; }
    public String getRequestedBy() { return requestedBy; }
    public String getRequesterRole() { return requesterRole; }
    public Long getOrganizationId() { return organizationId; }
    public ExportScope getScope() { return scope; }
    public Long getTargetId() { return targetId; }
    public ExportFormat getFormat() { return format; }
    public String getParameters() { return parameters; }
    public String getLanguage() { return language; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public long getItemsDone() { return itemsDone; }
    public Long getItemsTotal() { return itemsTotal; }
    public String getFileName() { return fileName; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getError() { return error; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
    public long getRowVersion() { return rowVersion; }
}
