package ma.mizan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The head of the chain at one entry, signed with the instance's Ed25519 key: cutting off newer entries is detected. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    private long seq;

    @Column(nullable = false)
    private String hash;

    @Column(nullable = false)
    private String signature;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected AuditCheckpoint() {
    }

    public AuditCheckpoint(long seq, String hash, String signature, OffsetDateTime createdAt) {
        this.seq = seq;
        this.hash = hash;
        this.signature = signature;
        this.createdAt = createdAt;
    }

    /** What is signed: the sequence number and the hash of the entry. */
    public static byte[] payload(long seq, String hash) {
        return (seq + ":" + hash).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public long getSeq() { return seq; }
    public String getHash() { return hash; }
    public String getSignature() { return signature; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
