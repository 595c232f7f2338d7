package ma.mizan.reassessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A rule base (by content hash) this database has run; a hash not seen before triggers a re-assessment. */
@Entity
@Table(name = "rule_base_release")
public class RuleBaseRelease {

    @Id
    private String hash;

    @Column(nullable = false)
    private String version;

    @Column(name = "first_seen", nullable = false)
    private OffsetDateTime firstSeen;

    protected RuleBaseRelease() {
    }

    public RuleBaseRelease(String hash, String version, OffsetDateTime firstSeen) {
        this.hash = hash;
        this.version = version;
        this.firstSeen = firstSeen;
    }

    public String getHash() { return hash; }
    public String getVersion() { return version; }
    public OffsetDateTime getFirstSeen() { return firstSeen; }
}
