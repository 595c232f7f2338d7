package ma.mizan.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An auditor may read one organization from {@code validFrom} to {@code validTo}, both included. */
@Entity
@Table(name = "auditor_assignment")
@NamedQuery(name = AuditorAssignment.ACTIVE_ORGANIZATIONS, query = "select a.organizationId from AuditorAssignment a "
        + "where a.userId = :userId and a.validFrom <= :today and a.validTo >= :today")
@NamedQuery(name = AuditorAssignment.ALL, query = "select a from AuditorAssignment a order by a.id")
public class AuditorAssignment {

    public static final String ACTIVE_ORGANIZATIONS = "AuditorAssignment.activeOrganizations";
    public static final String ALL = "AuditorAssignment.all";

    @Id
    @SequenceGenerator(name = "auditor_assignment_seq", sequenceName = "auditor_assignment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditor_assignment_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected AuditorAssignment() {
    }

    public AuditorAssignment(long userId, long organizationId, LocalDate validFrom, LocalDate validTo, OffsetDateTime now) {
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("the window ends before it starts");
        }
        this.userId = userId;
        this.organizationId = organizationId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public long getOrganizationId() { return organizationId; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
