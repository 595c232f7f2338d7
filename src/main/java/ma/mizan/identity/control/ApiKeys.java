package ma.mizan.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.mizan.identity.entity.ApiKey;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.control.ProblemException;

/**
 * Organizations' API keys: {@code mzk_<prefix>.<secret>}, 256 random bits of secret, stored as SHA-256
 * (a random 256-bit secret needs no slow hash), compared in constant time, revocable.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;


    public record Created(ApiKey key, String secret) {
    }

    public Created create(long organizationId, String name, String createdBy) {
        String prefix = "mzk_" + random(6);
        String secret = random(32);
        ApiKey key = new ApiKey(organizationId, name, prefix, sha256(secret), createdBy, OffsetDateTime.now(clock));
        em.persist(key);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("api-key.created", "api_key", key.getId().toString(), organizationId, null,
                ma.mizan.platform.control.StrictJson.write(java.util.Map.of("name", name, "prefix", prefix))));
        return new Created(key, prefix + "." + secret);
    }

    public List<ApiKey> of(long organizationId) {
        return em.createNamedQuery(ApiKey.OF_ORGANIZATION, ApiKey.class).setParameter("organizationId", organizationId).getResultList();
    }

    public void revoke(long organizationId, long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || key.getOrganizationId() != organizationId) {
            throw ProblemException.notFound("API key " + keyId);
        }
        key.revoke(OffsetDateTime.now(clock));
        audited.fire(new ma.mizan.audit.entity.Audited("api-key.revoked", "api_key", key.getId().toString(), organizationId, null,
                "{\"prefix\":\"" + key.getPrefix() + "\"}"));
    }

    /** The organization's machine client the key stands for, if the key exists and is not revoked. */
    public Optional<CallerIdentity> verify(String presented) {
        int dot = presented.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        List<ApiKey> found = em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class).setParameter("prefix", presented.substring(0, dot)).getResultList();
        if (found.isEmpty() || found.get(0).getRevokedAt() != null) {
            return Optional.empty();
        }
        ApiKey key = found.get(0);
        boolean same = MessageDigest.isEqual(key.getSecretHash().getBytes(StandardCharsets.US_ASCII),
                sha256(presented.substring(dot + 1)).getBytes(StandardCharsets.US_ASCII));
        return same ? Optional.of(new CallerIdentity("api-key:" + key.getPrefix(), Role.ORG_MEMBER, null, key.getOrganizationId(), true))
                : Optional.empty();
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
