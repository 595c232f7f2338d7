package ma.mizan.findings.entity;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;

/**
 * One finding of an audit. A finding the auditor records is CONFIRMED at once; one Mizan proposes from
 * obligation tracking is PROPOSED until the auditor confirms it (possibly adjusting it) or dismisses it.
 * Only a CONFIRMED finding is the auditor's statement, so only it gets the organization's response.
 */
@Entity
@Table(name = "finding")
@NamedQuery(name = Finding.OF_AUDIT, query = "select f from Finding f where f.auditId = :auditId order by f.id")
@NamedQuery(name = Finding.COUNT_PENDING, query = "select count(f) from Finding f where f.auditId = :auditId and f.status = :status")
@NamedQuery(name = Finding.OF_ORGANIZATION, query = "select f from Finding f, AuditEngagement a where a.id = f.auditId "
        + "and a.organizationId = :organizationId order by a.openedAt, a.id, f.id")
@NamedQuery(name = Finding.OF_SYSTEM, query = "select f from Finding f, AuditEngagement a where a.id = f.auditId "
        + "and f.systemId = :systemId order by a.openedAt, a.id, f.id")
public class Finding {

    public static final String OF_AUDIT = "Finding.ofAudit";
    public static final String COUNT_PENDING = "Finding.countPending";
    public static final String OF_ORGANIZATION = "Finding.ofOrganization";
    public static final String OF_SYSTEM = "Finding.ofSystem";

    public enum Status { PROPOSED, CONFIRMED, DISMISSED }

    public enum Origin { MANUAL, PROPOSED }

    public enum Action { CONFIRM, DISMISS, RESPOND }

    @Id
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long auditId;

    @Column(name = "ai_system_id", updatable = false)
    private Long systemId;

    @Column(name = "tracking_id", updatable = false)
    private Long trackingId;

    @Column(name = "obligation_code", updatable = false)
    private String obligationCode;

    @Column(name = "legal_ref", updatable = false)
    private String legalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String description;

    @Column(name = "evidence_reviewed")
    private String evidenceReviewed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_reason", updatable = false)
    private ProposalReason proposalReason;

    @Column(name = "dismissal_reason")
    private String dismissalReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    private String response;

    @Column(name = "response_by")
    private String responseBy;

    @Column(name = "response_at")
    private OffsetDateTime responseAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Finding() {
    }

    private Finding(long auditId, Long systemId, Long trackingId, String obligationCode, String legalRef, Severity severity, String description,
                    String evidenceReviewed, Status status, Origin origin, ProposalReason reason, String createdBy, OffsetDateTime now) {
        if (severity == null || description == null || description.isBlank()) {
            throw new IllegalArgumentException("a finding needs a severity and a description");
        }
        this.auditId = auditId;
        this.systemId = systemId;
        this.trackingId = trackingId;
        this.obligationCode = obligationCode;
        this.legalRef = legalRef;
        this.severity = severity;
        this.description = description;
        this.evidenceReviewed = evidenceReviewed;
        this.status = status;
        this.origin = origin;
        this.proposalReason = reason;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A finding the auditor writes: it is their statement from the start, so it is CONFIRMED (decided when written). */
    public static Finding recorded(long auditId, Long systemId, Long trackingId, String obligationCode, String legalRef, Severity severity,
                                   String description, String evidenceReviewed, String auditor, OffsetDateTime now) {
        Finding f = new Finding(auditId, systemId, trackingId, obligationCode, legalRef, severity, description, evidenceReviewed,
                Status.CONFIRMED, Origin.MANUAL, null, auditor, now);
        f.decidedAt = now;
        return f;
    }

    /** A finding Mizan suggests from an obligation's tracking; it waits for the auditor's decision. */
    public static Finding proposed(long auditId, Proposal p, String requestedBy, OffsetDateTime now) {
        return new Finding(auditId, p.systemId(), p.trackingId(), p.obligationCode(), p.legalRef(), p.severity(), p.description(), null,
                Status.PROPOSED, Origin.PROPOSED, p.reason(), requestedBy, now);
    }

    public Set<Action> allowedActions() {
        return switch (status) {
            case PROPOSED -> EnumSet.of(Action.CONFIRM, Action.DISMISS);
            case CONFIRMED -> EnumSet.of(Action.RESPOND);
            case DISMISSED -> EnumSet.noneOf(Action.class);
        };
    }

    private void require(Action action) {
        if (!allowedActions().contains(action)) {
            throw new ProblemException(409, "illegal-transition", "Conflict", "Finding " + id + " is " + status + ": " + action
                    + " is not allowed. Allowed now: " + allowedActions() + ".", List.of(), Map.of());
        }
    }

    /** The auditor adopts a proposal, optionally adjusting what it says (null keeps the proposed value). */
    public void confirm(Severity severity, String description, String evidenceReviewed, OffsetDateTime now) {
        require(Action.CONFIRM);
        if (severity != null) {
            this.severity = severity;
        }
        if (description != null && !description.isBlank()) {
            this.description = description;
        }
        if (evidenceReviewed != null) {
            this.evidenceReviewed = evidenceReviewed;
        }
        this.status = Status.CONFIRMED;
        this.decidedAt = now;
    }

    /** The auditor rejects a proposal; it stays on record (with the reason) so that proposing again does not bring it back. */
    public void dismiss(String reason, OffsetDateTime now) {
        require(Action.DISMISS);
        this.status = Status.DISMISSED;
        this.dismissalReason = reason;
        this.decidedAt = now;
    }

    /** The organization's answer; a later answer replaces the earlier one (the audit trail keeps both). */
    public void respond(String response, String by, OffsetDateTime now) {
        require(Action.RESPOND);
        if (response == null || response.isBlank()) {
            throw ProblemException.invalid("/response", "a response is required");
        }
        this.response = response;
        this.responseBy = by;
        this.responseAt = now;
    }

    public FindingView view() {
        return new FindingView(id, auditId, systemId, trackingId, obligationCode, legalRef, severity, description, evidenceReviewed, status,
                origin, createdBy, createdAt, decidedAt, response, responseBy, responseAt, proposalReason, dismissalReason, rowVersion);
    }

    public String snapshot() {
        return StrictJson.write(view());
    }

    public Long getId() { return id; }
    public long getAuditId() { return auditId; }
    public Long getSystemId() { return systemId; }
    public Long getTrackingId() { return trackingId; }
    public String getObligationCode() { return obligationCode; }
    public String getLegalRef() { return legalRef; }
    public Severity getSeverity() { return severity; }
    public String getDescription() { return description; }
    public String getEvidenceReviewed() { return evidenceReviewed; }
    public Status getStatus() { return status; }
    public Origin getOrigin() { return origin; }
    public ProposalReason getProposalReason() { return proposalReason; }
    public String getDismissalReason() { return dismissalReason; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getResponse() { return response; }
    public String getResponseBy() { return responseBy; }
    public OffsetDateTime getResponseAt() { return responseAt; }
    public long getRowVersion() { return rowVersion; }
}
