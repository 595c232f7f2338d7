package ma.mizan.findings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;

/**
 * An auditor's audit of an organization, or of one of its systems. It is OPEN while the auditor records,
 * proposes and decides findings, and CLOSED once the auditor has written the conclusion; a closed audit is
 * read-only (the organization's responses to its findings are the finding's, not the audit's). Only the
 * auditor who opened it works on it: an engagement is one auditor's signed work.
 */
@Entity
@Table(name = "audit_engagement")
public class AuditEngagement {

    public enum Status { OPEN, CLOSED }

    /** What the auditor does on an audit; each is allowed only while it is OPEN. */
    public enum Action { RECORD_FINDING, PROPOSE, DECIDE, CLOSE }

    @Id
    @SequenceGenerator(name = "audit_engagement_seq", sequenceName = "audit_engagement_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_engagement_seq")
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "ai_system_id", updatable = false)
    private Long systemId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String scope;

    @Column(name = "auditor_user_id", nullable = false, updatable = false)
    private long auditorUserId;

    @Column(name = "auditor_name", nullable = false, updatable = false)
    private String auditorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    private String conclusion;

    @Enumerated(EnumType.STRING)
    private Opinion opinion;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected AuditEngagement() {
    }

    public AuditEngagement(long organizationId, Long systemId, String title, String scope, long auditorUserId, String auditorName,
                           OffsetDateTime now) {
        this.organizationId = organizationId;
        this.systemId = systemId;
        this.title = title;
        this.scope = scope;
        this.auditorUserId = auditorUserId;
        this.auditorName = auditorName;
        this.status = Status.OPEN;
        this.openedAt = now;
    }

    public Set<Action> allowedActions() {
        return status == Status.OPEN ? EnumSet.allOf(Action.class) : EnumSet.noneOf(Action.class);
    }

    /** 409 with what is allowed when the audit's state does not allow {@code action}. */
    public void require(Action action) {
        if (!allowedActions().contains(action)) {
            throw new ProblemException(409, "illegal-transition", "Conflict", "Audit " + id + " is " + status + ": it cannot "
                    + action + ". Allowed now: " + allowedActions() + " (a closed audit is read-only; the organization can still respond "
                    + "to its confirmed findings).", List.of(), Map.of());
        }
    }

    /**
     * Closes with the conclusion. Proposals nobody decided would leave the report ambiguous (are they
     * findings or not?), so every proposal must be confirmed or dismissed first.
     */
    public void close(String conclusion, Opinion opinion, long pendingProposals, OffsetDateTime now) {
        require(Action.CLOSE);
        if (conclusion == null || conclusion.isBlank()) {
            throw ProblemException.invalid("/conclusion", "a conclusion is required");
        }
        if (pendingProposals > 0) {
            throw ProblemException.conflict("proposals-pending", pendingProposals + " proposed finding(s) of audit " + id
                    + " are still PROPOSED: confirm or dismiss each before closing.");
        }
        this.status = Status.CLOSED;
        this.conclusion = conclusion;
        this.opinion = opinion;
        this.closedAt = now;
    }

    public boolean isAuditor(Long userId) {
        return userId != null && userId == auditorUserId;
    }

    public AuditView view() {
        return new AuditView(id, organizationId, systemId, title, scope, auditorName, status, openedAt, closedAt, conclusion, opinion, rowVersion);
    }

    /** The audit as the audit trail records it (before and after each action). */
    public String snapshot() {
        return StrictJson.write(view());
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public Long getSystemId() { return systemId; }
    public String getTitle() { return title; }
    public String getScope() { return scope; }
    public long getAuditorUserId() { return auditorUserId; }
    public String getAuditorName() { return auditorName; }
    public Status getStatus() { return status; }
    public OffsetDateTime getOpenedAt() { return openedAt; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getConclusion() { return conclusion; }
    public Opinion getOpinion() { return opinion; }
    public long getRowVersion() { return rowVersion; }
}
