package ma.mizan.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import ma.mizan.identity.entity.InstanceKey;

/**
 * The instance's key pairs, generated once and kept in the database, so that every node and every
 * restart signs and verifies with the same keys.
 */
@ApplicationScoped
@Transactional
public class InstanceKeys {

    public static final String TOKENS = "access-tokens";
    public static final String SIGNATURES = "signatures";

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    public record RsaKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
    }

    /** The instance's Ed25519 key pair for signatures (audit checkpoints, export manifests); built into JDK 17. */
    public KeyPair ed25519(String purpose) {
        InstanceKey key = em.find(InstanceKey.class, purpose);
        try {
            if (key == null) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                key = new InstanceKey(purpose, "Ed25519", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), OffsetDateTime.now(clock));
                em.persist(key);
                em.flush();
            }
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            return new KeyPair(ed.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.getPublicKey()))),
                    ed.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.getPrivateKey()))));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("instance key " + purpose + " is unusable", e);
        }
    }

    public RsaKeys rsa(String purpose) {
        InstanceKey key = em.find(InstanceKey.class, purpose);
        if (key == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
                KeyPair pair = generator.generateKeyPair();
                key = new InstanceKey(purpose, "RSA", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), OffsetDateTime.now(clock));
                em.persist(key);
                em.flush();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new RsaKeys((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.getPrivateKey()))),
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.getPublicKey()))));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("instance key " + purpose + " is unreadable", e);
        }
    }
}
