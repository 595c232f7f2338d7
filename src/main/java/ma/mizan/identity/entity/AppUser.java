package ma.mizan.identity.entity;

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
import java.time.Duration;
import java.time.OffsetDateTime;

/** A person who logs in. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
@NamedQuery(name = AppUser.ALL, query = "select u from AppUser u order by u.username")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String COUNT = "AppUser.count";
    public static final String ALL = "AppUser.all";

    /** After this many failed logins in a row, the account is locked for {@link #LOCK}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, Role role, Long organizationId, OffsetDateTime now) {
        if (role.belongsToAnOrganization() != (organizationId != null)) {
            throw new IllegalArgumentException("organization users, and only they, belong to an organization");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organizationId = organizationId;
        this.active = true;
        this.createdAt = now;
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void failedLogin(OffsetDateTime now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failedLogins = 0;
        }
    }

    public void loggedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Long getOrganizationId() { return organizationId; }
    public boolean isActive() { return active; }
    public OffsetDateTime getLockedUntil() { return lockedUntil; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
