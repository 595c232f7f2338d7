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

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected AiSystem() {
    }

    public AiSystem(Organization organization, AiSystemData data, OffsetDateTime now) {
        this.organization = organization;
        this.registrationStatus = RegistrationStatus.DRAFT;
        this.createdAt = now;
        apply(data, now);
    }

    /** Replaces every field (PUT semantics); a changed profile makes the latest assessment stale. */
    public final void apply(AiSystemData data, OffsetDateTime now) {
        String newProfile = StrictJson.write(normalised(data.profile(), data.name()));
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
}
