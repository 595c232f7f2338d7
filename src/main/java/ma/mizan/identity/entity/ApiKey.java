package ma.mizan.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A key a machine client of one organization uses instead of a login. The key is {@code prefix.secret};
 * only the prefix (to find it) and the SHA-256 of the secret are stored, so it is shown once, at creation.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "select k from ApiKey k where k.prefix = :prefix")
@NamedQuery(name = ApiKey.OF_ORGANIZATION, query = "select k from ApiKey k where k.organizationId = :organizationId order by k.id")
public class ApiKey {

    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String OF_ORGANIZATION = "ApiKey.ofOrganization";

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiKey() {
    }

    public ApiKey(long organizationId, String name, String prefix, String secretHash, String createdBy, OffsetDateTime now) {
        this.organizationId = organizationId;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public String getName() { return name; }
    public String getPrefix() { return prefix; }
    public String getSecretHash() { return secretHash; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getRevokedAt() { return revokedAt; }
}
