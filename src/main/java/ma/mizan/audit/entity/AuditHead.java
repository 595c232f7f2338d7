package ma.mizan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain; appends lock this row, so concurrent writers never fork the chain. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {
    }

    public void advance(AuditEntry entry) {
        lastSeq = entry.getSeq();
        lastHash = entry.getHash();
    }

    public long getLastSeq() { return lastSeq; }
    public String getLastHash() { return lastHash; }
}
