package ma.mizan.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A key pair of this Mizan instance (e.g. the one that signs access tokens), generated at first start. */
@Entity
@Table(name = "instance_key")
public class InstanceKey {

    @Id
    private String purpose;

    @Column(nullable = false)
    private String algorithm;

    @Column(name = "private_key", nullable = false)
    private String privateKey;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected InstanceKey() {
    }

    public InstanceKey(String purpose, String algorithm, String privateKey, String publicKey, OffsetDateTime now) {
        this.purpose = purpose;
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.createdAt = now;
    }

    public String getPurpose() { return purpose; }
    public String getAlgorithm() { return algorithm; }
    public String getPrivateKey() { return privateKey; }
    public String getPublicKey() { return publicKey; }
}
