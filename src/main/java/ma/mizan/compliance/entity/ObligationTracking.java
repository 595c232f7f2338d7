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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import ma.mizan.assessment.entity.Addressee;
import ma.mizan.assessment.entity.Obligation;

/**
 * The organization's progress on one obligation of one system: status, owner, due date, notes. It follows
 * the system's assessments: opened when an assessment first lists the obligation (NOT_STARTED, due from
 * the date the obligation applies), refreshed by later assessments, closed with the reason when an
 * assessment no longer lists it, and reopened if a later one lists it again; its history is kept in
 * {@link ObligationEvent}.
 */
@Entity
@Table(name = "obligation_tracking")
@NamedQuery(name = ObligationTracking.OF_SYSTEM, query = "select t from ObligationTracking t where t.systemId = :systemId order by t.code, t.addressee")
@NamedQuery(name = ObligationTracking.OF_ORGANIZATION, query = "select t from ObligationTracking t where t.organizationId = :organizationId "
        + "order by t.systemId, t.code, t.addressee")
public class ObligationTracking {

    public static final String OF_SYSTEM = "ObligationTracking.ofSystem";
    public static final String OF_ORGANIZATION = "ObligationTracking.ofOrganization";

    @Id
    @SequenceGenerator(name = "obligation_tracking_seq", sequenceName = "obligation_tracking_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_tracking_seq")
    private Long id;

    @Column(name = "ai_system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Addressee addressee;

    private String title;

    /** The cited units, space-separated, as the latest assessment listing the obligation gave them. */
    @Column(name = "legal_refs", nullable = false)
    private String legalRefs;

    private String because;

    @Column(name = "applies_from")
    private LocalDate appliesFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationStatus status;

    private String justification;

    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String notes;

    /** The latest assessment that listed the obligation. */
    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_reason")
    private String closedReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ObligationTracking() {
    }

    public ObligationTracking(long systemId, long organizationId, Obligation o, long assessmentId, OffsetDateTime now) {
        this.systemId = systemId;
        this.organizationId = organizationId;
        this.code = o.code();
        this.addressee = o.addressee();
        this.status = ObligationStatus.NOT_STARTED;
        this.dueDate = o.appliesFrom();
        this.createdAt = now;
        listedBy(o, assessmentId, now);
    }

    /**
     * A later assessment lists the obligation again: its citations, reason and date are the newest ones. A due
     * date still at its default (the date the obligation applied from) follows a changed application date
     * (e.g. a rule-base release that moves it); one the organization chose stays.
     */
    public void listedBy(Obligation o, long assessmentId, OffsetDateTime now) {
        if (dueDate != null && dueDate.equals(appliesFrom)) {
            this.dueDate = o.appliesFrom();
        }
        this.title = o.title();
        this.legalRefs = String.join(" ", o.legalRefs());
        this.because = o.because();
        this.appliesFrom = o.appliesFrom();
        this.assessmentId = assessmentId;
        this.updatedAt = now;
    }

    /** The obligation is no longer owed (a later assessment does not list it); the record and its history stay. */
    public void close(String reason, OffsetDateTime now) {
        this.closedAt = now;
        this.closedReason = reason;
        this.updatedAt = now;
    }

    /** Owed again after having been closed: the work starts over. */
    public void reopen(OffsetDateTime now) {
        this.closedAt = null;
        this.closedReason = null;
        this.status = ObligationStatus.NOT_STARTED;
        this.justification = null;
        if (dueDate == null || (appliesFrom != null && dueDate.isBefore(appliesFrom))) {
            this.dueDate = appliesFrom;
        }
        this.updatedAt = now;
    }

    /**
     * Sets the organization's part. NOT_APPLICABLE requires a justification (the caller reports a missing one
     * as a field error first; this is the invariant's last line). A missing due date falls back to the date
     * the obligation applies from. A closed obligation is no longer owed, so it cannot be worked on.
     */
    public void update(ObligationStatus status, String justification, String owner, LocalDate dueDate, String notes, OffsetDateTime now) {
        if (isClosed()) {
            throw new IllegalStateException("obligation " + id + " is closed");
        }
        if (status == ObligationStatus.NOT_APPLICABLE && (justification == null || justification.isBlank())) {
            throw new IllegalArgumentException("NOT_APPLICABLE needs a justification");
        }
        this.status = status;
        this.justification = status == ObligationStatus.NOT_APPLICABLE ? justification : null;
        this.owner = owner;
        this.dueDate = dueDate == null ? appliesFrom : dueDate;
        this.notes = notes;
        this.updatedAt = now;
    }

    /** The fields the organization changes, as JSON for the audit trail. */
    public String snapshot() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("systemId", systemId);
        m.put("code", code);
        m.put("addressee", addressee.name());
        m.put("status", status.name());
        m.put("justification", justification);
        m.put("owner", owner);
        m.put("dueDate", dueDate == null ? null : dueDate.toString());
        m.put("notes", notes);
        m.put("closed", isClosed());
        m.put("closedReason", closedReason);
        return ma.mizan.platform.control.StrictJson.write(m);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() { return id; }
    public long getSystemId() { return systemId; }
    public long getOrganizationId() { return organizationId; }
    public String getCode() { return code; }
    public Addressee getAddressee() { return addressee; }
    public String getTitle() { return title; }
    public List<String> getLegalRefs() { return legalRefs.isBlank() ? List.of() : Arrays.asList(legalRefs.split(" ")); }
    public String getBecause() { return because; }
    public LocalDate getAppliesFrom() { return appliesFrom; }
    public ObligationStatus getStatus() { return status; }
    public String getJustification() { return justification; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public String getNotes() { return notes; }
    public long getAssessmentId() { return assessmentId; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getClosedReason() { return closedReason; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public long getRowVersion() { return rowVersion; }
}
