package ma.mizan.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A member of the public reports an error in a register entry; the organization and the regulator read it. */
@Entity
@Table(name = "register_report")
public class RegisterReport {

    @Id
    @SequenceGenerator(name = "register_report_seq", sequenceName = "register_report_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_report_seq")
    private Long id;

    @Column(name = "registration_number", nullable = false)
    private String registrationNumber;

    @Column(name = "ai_system_id", nullable = false)
    private long systemId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false)
    private String message;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RegisterReport() {
    }

    public RegisterReport(String registrationNumber, long systemId, long organizationId, String message, String contactEmail, OffsetDateTime now) {
        this.registrationNumber = registrationNumber;
        this.systemId = systemId;
        this.organizationId = organizationId;
        this.message = message;
        this.contactEmail = contactEmail;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getRegistrationNumber() { return registrationNumber; }
    public long getSystemId() { return systemId; }
    public long getOrganizationId() { return organizationId; }
    public String getMessage() { return message; }
    public String getContactEmail() { return contactEmail; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
