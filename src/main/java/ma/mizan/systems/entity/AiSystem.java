package ma.mizan.systems.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.platform.control.StrictJson;

/**
 * An AI system registered by one organization, with the profile the rule base assesses. The profile is
 * kept as the JSON the contract defines (validated before it gets here), so it round-trips unchanged.
 */
@Entity
@Table(name = "ai_system")
@NamedQuery(name = AiSystem.COUNT_BY_ORGANIZATION, query = "select count(s) from AiSystem s where s.organization.id = :organizationId")
public class AiSystem {

    public static final String COUNT_BY_ORGANIZATION = "AiSystem.countByOrganization";

    @Id
    @SequenceGenerator(name = "ai_system_seq", sequenceName = "ai_system_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ai_system_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Column(nullable = false)
    private String name;

    @Column(name = "software_version")
    private String softwareVersion;

    private String description;

    @Column(name = "intended_purpose", nullable = false)
    private String intendedPurpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Lifecycle lifecycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false)
    private RegistrationStatus registrationStatus;

    @Column(nullable = false)
    private String profile;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_risk_level")
    private RiskLevel latestRiskLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "registration_number")
    private String registrationNumber;

    private String reviewer;

    @Column(name = "review_deadline")
    private java.time.LocalDate reviewDeadline;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "registered_profile")
    private String registeredProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_risk_level")
    private RiskLevel registeredRiskLevel;

    @Column(name = "substantial_change")
    private Boolean substantialChange;

    @Column(name = "status_reason")
    private String statusReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    /** Workflow actions on a system's registration. */
    public enum Action {
        SUBMIT, WITHDRAW, TAKE, REQUEST_CHANGES, REGISTER, REJECT, SUSPEND, REINSTATE;

        /** The organization's own actions; the others are the regulator's. */
        public boolean byOrganization() {
            return this == SUBMIT || this == WITHDRAW;
        }
    }

    private static final java.util.Map<RegistrationStatus, java.util.Set<Action>> ALLOWED = java.util.Map.of(
            RegistrationStatus.DRAFT, java.util.EnumSet.of(Action.SUBMIT, Action.WITHDRAW),
            RegistrationStatus.SUBMITTED, java.util.EnumSet.of(Action.TAKE, Action.WITHDRAW),
            RegistrationStatus.UNDER_REVIEW, java.util.EnumSet.of(Action.REQUEST_CHANGES, Action.REGISTER, Action.REJECT, Action.WITHDRAW),
            RegistrationStatus.CHANGES_REQUESTED, java.util.EnumSet.of(Action.SUBMIT, Action.WITHDRAW),
            RegistrationStatus.REGISTERED, java.util.EnumSet.of(Action.SUSPEND),
            RegistrationStatus.SUSPENDED, java.util.EnumSet.of(Action.REINSTATE),
            RegistrationStatus.REJECTED, java.util.EnumSet.noneOf(Action.class),
            RegistrationStatus.WITHDRAWN, java.util.EnumSet.noneOf(Action.class));

    protected AiSystem() {
    }

    public AiSystem(Organization organization, AiSystemData data, OffsetDateTime now) {
        this.organization = organization;
        this.registrationStatus = RegistrationStatus.DRAFT;
        this.createdAt = now;
        apply(data, now);
    }

    /**
     * Replaces every field (PUT semantics); a changed profile makes the latest assessment stale. A draft
     * (or a filing sent back for changes) is edited in place; a system under review cannot change; a
     * registered, suspended, rejected or withdrawn system becomes a new draft, while the registered
     * version stays public until the new one is registered. Whether the change is substantial (the
     * profile the rules read changed, not only names and texts) is recorded.
     */
    public final void apply(AiSystemData data, OffsetDateTime now) {
        String newProfile = StrictJson.write(normalised(data.profile(), data.name()));
        if (registrationStatus == RegistrationStatus.SUBMITTED || registrationStatus == RegistrationStatus.UNDER_REVIEW) {
            throw ma.mizan.platform.control.ProblemException.conflict("under-review",
                    "AI system " + id + " is " + registrationStatus + ": it cannot change during review (withdraw it first).");
        }
        boolean profileChanged = profile != null && !stripNames(newProfile).equals(stripNames(profile));
        if (registrationStatus != null && registrationStatus != RegistrationStatus.DRAFT
                && registrationStatus != RegistrationStatus.CHANGES_REQUESTED) {
            registrationStatus = RegistrationStatus.DRAFT;
            substantialChange = profileChanged;
            reviewer = null;
            reviewDeadline = null;
        }
        if (!newProfile.equals(profile)) {
            latestRiskLevel = null;
        }
        this.name = data.name();
        this.softwareVersion = data.version();
        this.description = data.description();
        this.intendedPurpose = data.intendedPurpose();
        this.lifecycle = data.lifecycle();
        this.profile = newProfile;
        this.updatedAt = now;
    }

    /** The profile without its free texts (name, description): what the rules read. */
    private static String stripNames(String json) {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) StrictJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        tree.remove("name");
        tree.remove("description");
        return tree.toString();
    }

    public java.util.Set<Action> allowedActions() {
        return ALLOWED.get(registrationStatus);
    }

    private void require(Action action) {
        if (!allowedActions().contains(action)) {
            throw new ma.mizan.platform.control.ProblemException(409, "illegal-transition", "Conflict",
                    "A system that is " + registrationStatus + " cannot be " + action + ". Allowed now: " + allowedActions() + ".",
                    java.util.List.of(), java.util.Map.of());
        }
    }

    /** The organization files the system: it needs an assessment of its current profile. */
    public void submit(OffsetDateTime now) {
        require(Action.SUBMIT);
        if (latestRiskLevel == null) {
            throw ma.mizan.platform.control.ProblemException.conflict("assessment-required",
                    "Assess the current profile (POST /api/v1/systems/" + id + "/assessments) before submitting it.");
        }
        registrationStatus = RegistrationStatus.SUBMITTED;
        submittedAt = now;
        reviewDeadline = null;
        statusReason = null;
    }

    public void withdraw(String reason) {
        require(Action.WITHDRAW);
        registrationStatus = RegistrationStatus.WITHDRAWN;
        statusReason = reason;
    }

    public void take(String regulator) {
        require(Action.TAKE);
        registrationStatus = RegistrationStatus.UNDER_REVIEW;
        reviewer = regulator;
    }

    public void requestChanges(java.time.LocalDate deadline) {
        require(Action.REQUEST_CHANGES);
        registrationStatus = RegistrationStatus.CHANGES_REQUESTED;
        reviewDeadline = deadline;
    }

    /** Registers the reviewed version; a system registered before keeps its number. */
    public void register(java.util.function.Supplier<String> nextNumber, OffsetDateTime now) {
        require(Action.REGISTER);
        if (registrationNumber == null) {
            registrationNumber = nextNumber.get();
        }
        registrationStatus = RegistrationStatus.REGISTERED;
        registeredAt = now;
        registeredProfile = profile;
        registeredRiskLevel = latestRiskLevel;
        substantialChange = null;
        reviewDeadline = null;
        statusReason = null;
    }

    public void reject(String reasons) {
        require(Action.REJECT);
        registrationStatus = RegistrationStatus.REJECTED;
        statusReason = reasons;
    }

    public void suspend(String reason) {
        require(Action.SUSPEND);
        registrationStatus = RegistrationStatus.SUSPENDED;
        statusReason = reason;
    }

    public void reinstate() {
        require(Action.REINSTATE);
        registrationStatus = RegistrationStatus.REGISTERED;
        statusReason = null;
    }

    /** Changes were requested and their deadline has passed. */
    public boolean overdue(java.time.LocalDate today) {
        return registrationStatus == RegistrationStatus.CHANGES_REQUESTED && reviewDeadline != null && reviewDeadline.isBefore(today);
    }

    private AiSystemProfile normalised(AiSystemProfile p, String systemName) {
        p.setName(systemName);
        p.setPublicAuthority(organization.isPublicAuthority());
        return p;
    }

    /** The profile to assess: the stored facts, with the current name and the organization's current flag (Decision 13). */
    public AiSystemProfile profile() {
        AiSystemProfile p = StrictJson.bind(StrictJson.parse(profile.getBytes(java.nio.charset.StandardCharsets.UTF_8)), AiSystemProfile.class);
        return normalised(p, name);
    }

    public void assessed(RiskLevel riskLevel) {
        this.latestRiskLevel = riskLevel;
    }

    /** The record's state as JSON, for the audit trail. */
    public String snapshot() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("version", softwareVersion);
        m.put("intendedPurpose", intendedPurpose);
        m.put("lifecycle", lifecycle.name());
        m.put("registrationStatus", registrationStatus.name());
        m.put("registrationNumber", registrationNumber);
        m.put("latestRiskLevel", latestRiskLevel == null ? null : latestRiskLevel.name());
        m.put("profile", profile);
        return StrictJson.write(m);
    }

    public Long getId() { return id; }
    public Organization getOrganization() { return organization; }
    public String getName() { return name; }
    public String getSoftwareVersion() { return softwareVersion; }
    public String getDescription() { return description; }
    public String getIntendedPurpose() { return intendedPurpose; }
    public Lifecycle getLifecycle() { return lifecycle; }
    public RegistrationStatus getRegistrationStatus() { return registrationStatus; }
    public String getProfileJson() { return profile; }
    public RiskLevel getLatestRiskLevel() { return latestRiskLevel; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public long getRowVersion() { return rowVersion; }
    public String getRegistrationNumber() { return registrationNumber; }
    public String getReviewer() { return reviewer; }
    public java.time.LocalDate getReviewDeadline() { return reviewDeadline; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public OffsetDateTime getRegisteredAt() { return registeredAt; }
    public String getRegisteredProfile() { return registeredProfile; }
    public RiskLevel getRegisteredRiskLevel() { return registeredRiskLevel; }
    public Boolean getSubstantialChange() { return substantialChange; }
    public String getStatusReason() { return statusReason; }
}
