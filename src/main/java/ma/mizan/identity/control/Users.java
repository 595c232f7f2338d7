package ma.mizan.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import ma.mizan.identity.entity.AppUser;
import ma.mizan.identity.entity.AuditorAssignment;
import ma.mizan.identity.entity.Role;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Problem.FieldError;

/**
 * Users, their passwords (PBKDF2 with HMAC-SHA256, the platform's {@link Pbkdf2PasswordHash}) and
 * auditors' assignments. Repeated failed logins lock the account for a while.
 */
@ApplicationScoped
@Transactional
public class Users {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;


    /** A hash of a password nobody has, checked when the user does not exist, so that both cases take as long. */
    private volatile String decoy;

    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public String hashOf(char[] password) {
        configure();
        return hash.generate(password);
    }

    public long count() {
        return em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult();
    }

    public AppUser create(String username, char[] password, Role role, Long organizationId) {
        if (!em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getResultList().isEmpty()) {
            throw new ProblemException(409, "duplicate-username", "Conflict", "User " + username + " exists already.",
                    List.of(new FieldError("/username", "already taken")), Map.of());
        }
        if (role.belongsToAnOrganization()) {
            if (organizationId == null) {
                throw ProblemException.invalid("/organizationId", "required for " + role);
            }
            if (em.find(Organization.class, organizationId) == null) {
                throw ProblemException.invalid("/organizationId", "organization " + organizationId + " does not exist");
            }
        } else if (organizationId != null) {
            throw ProblemException.invalid("/organizationId", "only organization users belong to an organization");
        }
        AppUser user = new AppUser(username, hashOf(password), role, organizationId, now());
        em.persist(user);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("user.created", "app_user", user.getId().toString(), organizationId, null,
                ma.mizan.platform.control.StrictJson.write(java.util.Map.of("username", username, "role", role.name()))));
        return user;
    }

    public enum Outcome { OK, BAD_CREDENTIALS, LOCKED }

    public record Login(Outcome outcome, AppUser user) {
    }

    /** Checks a password; five failures in a row lock the account for 15 minutes (the row is locked while counting). */
    public Login authenticate(String username, char[] password) {
        configure();
        List<AppUser> found = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            if (decoy == null) {
                decoy = hash.generate("decoy".toCharArray());
            }
            hash.verify(password, decoy);
            return new Login(Outcome.BAD_CREDENTIALS, null);
        }
        AppUser user = found.get(0);
        if (user.lockedAt(now())) {
            return new Login(Outcome.LOCKED, user);
        }
        if (!hash.verify(password, user.getPasswordHash())) {
            user.failedLogin(now());
            return new Login(user.lockedAt(now()) ? Outcome.LOCKED : Outcome.BAD_CREDENTIALS, user);
        }
        user.loggedIn();
        return new Login(Outcome.OK, user);
    }

    public boolean active(long userId) {
        AppUser u = em.find(AppUser.class, userId);
        return u != null && u.isActive();
    }

    public void changePassword(long userId, char[] current, char[] next) {
        configure();
        AppUser user = em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || !hash.verify(current, user.getPasswordHash())) {
            throw ProblemException.invalid("/currentPassword", "is not your current password");
        }
        user.changePassword(hash.generate(next));
    }

    public List<AppUser> all() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    public AppUser find(long id) {
        AppUser u = em.find(AppUser.class, id);
        if (u == null) {
            throw ProblemException.notFound("User " + id);
        }
        return u;
    }

    public void deactivate(long id) {
        AppUser u = find(id);
        u.deactivate();
        audited.fire(new ma.mizan.audit.entity.Audited("user.deactivated", "app_user", u.getId().toString(), u.getOrganizationId(),
                "{\"active\":true}", "{\"active\":false}"));
    }

    public AuditorAssignment assign(long userId, long organizationId, LocalDate from, LocalDate to) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null || user.getRole() != Role.AUDITOR) {
            throw ProblemException.invalid("/userId", "not an auditor");
        }
        if (em.find(Organization.class, organizationId) == null) {
            throw ProblemException.invalid("/organizationId", "organization " + organizationId + " does not exist");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("/validTo", "ends before validFrom");
        }
        AuditorAssignment a = new AuditorAssignment(userId, organizationId, from, to, now());
        em.persist(a);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("auditor.assigned", "auditor_assignment", a.getId().toString(), organizationId, null,
                "{\"userId\":" + userId + ",\"validFrom\":\"" + from + "\",\"validTo\":\"" + to + "\"}"));
        return a;
    }

    public List<AuditorAssignment> assignments() {
        return em.createNamedQuery(AuditorAssignment.ALL, AuditorAssignment.class).getResultList();
    }

    /** The organizations an auditor may read today. */
    public List<Long> auditedOrganizations(long userId) {
        return em.createNamedQuery(AuditorAssignment.ACTIVE_ORGANIZATIONS, Long.class).setParameter("userId", userId)
                .setParameter("today", LocalDate.now(clock)).getResultList();
    }
}
