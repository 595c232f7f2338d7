package ma.mizan.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import ma.mizan.audit.entity.AuditCheckpoint;
import ma.mizan.audit.entity.AuditEntry;
import ma.mizan.audit.entity.AuditHead;
import ma.mizan.audit.entity.Audited;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.control.InstanceKeys;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.platform.entity.Page;

/**
 * Appends every audited event to the hash chain, in the transaction of the action, and verifies the
 * chain. Appends lock the head row, so concurrent writers are serialised and the chain never forks;
 * each append also writes a checkpoint of the new head signed with the instance's Ed25519 key.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    InstanceKeys keys;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mizan.data.dir")
    String dataDir;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mizan.db.url")
    String dbUrl;

    private volatile KeyPair signing;

    /**
     * The newest signed checkpoint is also written, once its transaction commits, to a file outside the
     * database (mizan.data.dir/audit-anchor-<database>): someone who can rewrite the database (cut off the newest
     * entries and their checkpoints, rewind the head) still cannot make it agree with the anchor.
     */
    java.nio.file.Path anchorFile() {
        // one anchor per database, so that pointing the service at another database never mixes two chains
        String db = java.util.HexFormat.of().formatHex(sha256(dbUrl)).substring(0, 12);
        return java.nio.file.Path.of(dataDir).resolve("audit-anchor-" + db);
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void anchorAfterCommit(AuditCheckpoint c) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    writeAnchor(c);
                }
            }
        });
    }

    private synchronized void writeAnchor(AuditCheckpoint c) {
        try {
            java.nio.file.Path file = anchorFile();
            java.nio.file.Files.createDirectories(file.getParent());
            if (readAnchor().map(AuditCheckpoint::getSeq).orElse(0L) >= c.getSeq()) {
                return; // a later checkpoint is anchored already (commits can finish out of order)
            }
            java.nio.file.Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            java.nio.file.Files.writeString(tmp, c.getSeq() + " " + c.getHash() + " " + c.getSignature() + "\n");
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            java.util.logging.Logger.getLogger(AuditTrail.class.getName()).log(java.util.logging.Level.SEVERE, "cannot write the audit anchor", e);
        }
    }

    /** The anchored checkpoint, if any (and if its signature is valid; an invalid one is reported by verify). */
    java.util.Optional<AuditCheckpoint> readAnchor() {
        try {
            java.nio.file.Path file = anchorFile();
            if (!java.nio.file.Files.exists(file)) {
                return java.util.Optional.empty();
            }
            String[] parts = java.nio.file.Files.readString(file).strip().split(" ");
            return java.util.Optional.of(new AuditCheckpoint(Long.parseLong(parts[0]), parts[1], parts[2], null));
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private KeyPair signing() {
        KeyPair k = signing;
        if (k == null) {
            k = keys.ed25519(InstanceKeys.SIGNATURES);
            signing = k;
        }
        return k;
    }

    @Transactional
    void record(@Observes Audited event) {
        String actor = "system";
        String role = "SYSTEM";
        String source = "internal";
        try {
            CallerIdentity who = caller.get().identity().orElse(null);
            if (who != null) {
                actor = who.name();
                role = who.role().name();
            } else {
                actor = "anonymous";
                role = "ANONYMOUS";
            }
            String forwarded = request.get().getHeader("X-Forwarded-For");
            source = forwarded != null ? forwarded.split(",")[0].strip() : request.get().getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // a batch job or a start-up task: no caller
        }
        AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        AuditEntry entry = new AuditEntry(head.getLastSeq() + 1, now, actor, role, event.organizationId(), event.action(), event.entityType(),
                event.entityId(), event.before(), event.after(), source, head.getLastHash());
        em.persist(entry);
        head.advance(entry);
        AuditCheckpoint checkpoint = new AuditCheckpoint(entry.getSeq(), entry.getHash(), sign(AuditCheckpoint.payload(entry.getSeq(), entry.getHash())), now);
        em.persist(checkpoint);
        anchorAfterCommit(checkpoint);
    }

    private String sign(byte[] payload) {
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(signing().getPrivate());
            ed.update(payload);
            return Base64.getEncoder().encodeToString(ed.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean signatureValid(AuditCheckpoint c) {
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(signing().getPublic());
            ed.update(AuditCheckpoint.payload(c.getSeq(), c.getHash()));
            return ed.verify(Base64.getDecoder().decode(c.getSignature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(signing().getPublic().getEncoded());
    }

    /** The outcome of a verification: valid, or the first entry where the chain breaks and why. */
    public record Verification(boolean valid, long entries, long lastSeq, Long firstBrokenSeq, String problem, Long checkpointSeq) {
    }

    @Transactional
    public Verification verify() {
        String previous = AuditEntry.GENESIS;
        long expectedSeq = 1;
        long count = 0;
        AuditEntry last = null;
        int pageSize = 500;
        for (long after = 0; ; ) {
            List<AuditEntry> page = em.createQuery("select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(pageSize).getResultList();
            for (AuditEntry e : page) {
                if (e.getSeq() != expectedSeq) {
                    return new Verification(false, count, e.getSeq(), expectedSeq, "entry " + expectedSeq + " is missing", null);
                }
                if (!e.getPreviousHash().equals(previous)) {
                    return new Verification(false, count, e.getSeq(), e.getSeq(), "does not follow the previous entry (previous hash differs)", null);
                }
                if (!e.computeHash().equals(e.getHash())) {
                    return new Verification(false, count, e.getSeq(), e.getSeq(), "its content does not match its hash (changed after it was written)", null);
                }
                previous = e.getHash();
                expectedSeq++;
                count++;
                last = e;
                em.detach(e);
            }
            if (page.size() < pageSize) {
                break;
            }
            after = page.get(page.size() - 1).getSeq();
        }
        AuditHead head = em.find(AuditHead.class, 1);
        long lastSeq = last == null ? 0 : last.getSeq();
        if (head.getLastSeq() != lastSeq || !head.getLastHash().equals(previous)) {
            return new Verification(false, count, lastSeq, lastSeq + 1, "the newest entries were cut off (the head records entry "
                    + head.getLastSeq() + ")", null);
        }
        java.util.Optional<AuditCheckpoint> anchor = readAnchor();
        if (anchor.isPresent()) {
            AuditCheckpoint a = anchor.get();
            if (!signatureValid(a)) {
                return new Verification(false, count, lastSeq, a.getSeq(), "the anchor outside the database does not verify with this database's "
                        + "key: the database or its signing key was replaced", a.getSeq());
            }
            if (a.getSeq() > lastSeq) {
                return new Verification(false, count, lastSeq, lastSeq + 1, "entries " + (lastSeq + 1) + " to " + a.getSeq()
                        + " were cut off (the signed anchor outside the database records entry " + a.getSeq() + ")", a.getSeq());
            }
            AuditEntry anchored = em.find(AuditEntry.class, a.getSeq());
            if (anchored == null || !anchored.getHash().equals(a.getHash())) {
                return new Verification(false, count, lastSeq, a.getSeq(), "entry " + a.getSeq()
                        + " differs from the signed anchor outside the database (the chain was rewritten)", a.getSeq());
            }
        }
        List<AuditCheckpoint> newest = em.createQuery("select c from AuditCheckpoint c order by c.seq desc", AuditCheckpoint.class)
                .setMaxResults(1).getResultList();
        if (!newest.isEmpty()) {
            AuditCheckpoint c = newest.get(0);
            if (!signatureValid(c)) {
                return new Verification(false, count, lastSeq, c.getSeq(), "the newest checkpoint's signature is not valid", c.getSeq());
            }
            if (c.getSeq() != lastSeq || !c.getHash().equals(previous)) {
                return new Verification(false, count, lastSeq, Math.min(c.getSeq(), lastSeq + 1),
                        "the signed checkpoint of entry " + c.getSeq() + " does not match the chain (entries cut off or rewritten)", c.getSeq());
            }
            return new Verification(true, count, lastSeq, null, null, c.getSeq());
        }
        return new Verification(lastSeq == 0, count, lastSeq, lastSeq == 0 ? null : 1L, lastSeq == 0 ? null : "no signed checkpoint", null);
    }

    /** Entries, newest first; {@code organizations} limits them (null: all). */
    @Transactional
    public Page<AuditEntry> entries(List<Long> organizations, Long organizationId, String entityType, String entityId, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (organizations != null) {
            where.append(organizations.isEmpty() ? " and 1 = 0" : " and e.organizationId in :orgs");
        }
        if (organizationId != null) {
            where.append(" and e.organizationId = :org");
        }
        if (entityType != null) {
            where.append(" and e.entityType = :type");
        }
        if (entityId != null) {
            where.append(" and e.entityId = :id");
        }
        var q = em.createQuery("select e from AuditEntry e" + where + " order by e.seq desc", AuditEntry.class);
        var c = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        for (var query : List.of(q, c)) {
            if (organizations != null && !organizations.isEmpty()) {
                query.setParameter("orgs", organizations);
            }
            if (organizationId != null) {
                query.setParameter("org", organizationId);
            }
            if (entityType != null) {
                query.setParameter("type", entityType);
            }
            if (entityId != null) {
                query.setParameter("id", entityId);
            }
        }
        return new Page<>(q.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, c.getSingleResult());
    }
}
