package ma.mizan.organizations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/** A company or public body that registers AI systems. */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.FIND_BY_ICE, query = "select o from Organization o where o.ice = :ice")
@NamedQuery(name = Organization.COUNT, query = "select count(o) from Organization o")
@NamedQuery(name = Organization.PAGE, query = "select o from Organization o order by o.name, o.id")
public class Organization {

    public static final String FIND_BY_ICE = "Organization.findByIce";
    public static final String COUNT = "Organization.count";
    public static final String PAGE = "Organization.page";

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    private LegalForm legalForm;

    @Convert(converter = IceConverter.class)
    @Column(nullable = false, unique = true)
    private Ice ice;

    @Column(name = "rc_number")
    private String rcNumber;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String sector;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "public_authority", nullable = false)
    private boolean publicAuthority;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Organization() {
    }

    public Organization(OrganizationData data, OffsetDateTime now) {
        apply(data, now);
        this.createdAt = now;
    }

    /** Replaces every field (PUT semantics). */
    public final void apply(OrganizationData data, OffsetDateTime now) {
        this.name = data.name();
        this.legalForm = data.legalForm();
        this.ice = new Ice(data.ice());
        this.rcNumber = data.rcNumber();
        this.city = data.city();
        this.sector = data.sector();
        this.contactEmail = data.contactEmail();
        this.publicAuthority = data.publicAuthority();
        this.updatedAt = now;
    }

    /** The record's state as JSON, for the audit trail. */
    public String snapshot() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("legalForm", legalForm.name());
        m.put("ice", ice.value());
        m.put("rcNumber", rcNumber);
        m.put("city", city);
        m.put("sector", sector);
        m.put("contactEmail", contactEmail);
        m.put("publicAuthority", publicAuthority);
        return ma.mizan.platform.control.StrictJson.write(m);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public LegalForm getLegalForm() { return legalForm; }
    public Ice getIce() { return ice; }
    public String getRcNumber() { return rcNumber; }
    public String getCity() { return city; }
    public String getSector() { return sector; }
    public String getContactEmail() { return contactEmail; }
    public boolean isPublicAuthority() { return publicAuthority; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public long getRowVersion() { return rowVersion; }
}
