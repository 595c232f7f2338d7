package ma.mizan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One entry of the append-only audit trail: who did what to which record, from where, with the state
 * before and after. Its hash covers every field and the previous entry's hash, so changing, removing
 * or inserting an entry breaks the chain from that point on. Nothing in the application updates or
 * deletes an entry (the entity has no setters and its columns are not updatable).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String GENESIS = "0".repeat(64);

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, OffsetDateTime occurredAt, String actor, String actorRole, Long organizationId, String action, String entityType,
                      String entityId, String before, String after, String source, String previousHash) {
        this.seq = seq;
        this.occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).withNano(occurredAt.getNano() / 1000 * 1000);
        this.actor = actor;
        this.actorRole = actorRole;
        this.organizationId = organizationId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
        this.source = source;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** SHA-256 over every field, each length-prefixed, and the previous hash. */
    public String computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {Long.toString(seq), occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT),
                    actor, actorRole, organizationId == null ? "" : organizationId.toString(), action, entityType, entityId,
                    before == null ? "\u0000" : before, after == null ? "\u0000" : after, source, previousHash}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long getSeq() { return seq; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public Long getOrganizationId() { return organizationId; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getSource() { return source; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
}
