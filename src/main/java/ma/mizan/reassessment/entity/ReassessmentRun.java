package ma.mizan.reassessment.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One re-assessment of every stored system on one rule base. A run can span several batch executions:
 * when the service stops in the middle (even killed), the next start continues the run with a new
 * execution, which skips the systems already done.
 */
@Entity
@Table(name = "reassessment_run")
@NamedQuery(name = ReassessmentRun.ALL, query = "select r from ReassessmentRun r order by r.id desc")
@NamedQuery(name = ReassessmentRun.COUNT, query = "select count(r) from ReassessmentRun r")
@NamedQuery(name = ReassessmentRun.BY_STATUS, query = "select r from ReassessmentRun r where r.status = :status order by r.id")
public class ReassessmentRun {

    public static final String ALL = "ReassessmentRun.all";
    public static final String COUNT = "ReassessmentRun.count";
    public static final String BY_STATUS = "ReassessmentRun.byStatus";

    public enum Reason { RULE_BASE_CHANGED, ON_DEMAND }

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @SequenceGenerator(name = "reassessment_run_seq", sequenceName = "reassessment_run_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reassessment_run_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "rule_base_version", nullable = false)
    private String ruleBaseVersion;

    @Column(name = "rule_base_hash", nullable = false)
    private String ruleBaseHash;

    @Column(name = "as_at", nullable = false)
    private LocalDate asAt;

    @Column(name = "total_systems", nullable = false)
    private long totalSystems;

    @Column(name = "execution_ids", nullable = false)
    private String executionIds = "";

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    private String failure;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ReassessmentRun() {
    }

    public ReassessmentRun(Reason reason, String ruleBaseVersion, String ruleBaseHash, LocalDate asAt, long totalSystems, OffsetDateTime now) {
        this.reason = reason;
        this.status = Status.RUNNING;
        this.ruleBaseVersion = ruleBaseVersion;
        this.ruleBaseHash = ruleBaseHash;
        this.asAt = asAt;
        this.totalSystems = totalSystems;
        this.startedAt = now;
    }

    public void executedBy(long executionId) {
        executionIds = executionIds.isEmpty() ? String.valueOf(executionId) : executionIds + "," + executionId;
    }

    public void completed(OffsetDateTime now) {
        status = Status.COMPLETED;
        finishedAt = now;
        failure = null;
    }

    public void failed(String why, OffsetDateTime now) {
        status = Status.FAILED;
        finishedAt = now;
        failure = why == null ? "unknown" : why.substring(0, Math.min(why.length(), 2000));
    }

    public Long getId() { return id; }
    public Reason getReason() { return reason; }
    public Status getStatus() { return status; }
    public String getRuleBaseVersion() { return ruleBaseVersion; }
    public String getRuleBaseHash() { return ruleBaseHash; }
    public LocalDate getAsAt() { return asAt; }
    public long getTotalSystems() { return totalSystems; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
    public String getFailure() { return failure; }

    public List<Long> getExecutionIds() {
        return executionIds.isEmpty() ? new ArrayList<>() : Arrays.stream(executionIds.split(",")).map(Long::valueOf).toList();
    }

    public long currentExecutionId() {
        List<Long> ids = getExecutionIds();
        return ids.isEmpty() ? -1 : ids.get(ids.size() - 1);
    }
}
