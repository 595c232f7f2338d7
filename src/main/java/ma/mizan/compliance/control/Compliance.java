package ma.mizan.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ma.mizan.assessment.entity.Obligation;
import ma.mizan.audit.entity.Audited;
import ma.mizan.compliance.entity.Evidence;
import ma.mizan.compliance.entity.ObligationEvent;
import ma.mizan.compliance.entity.ObligationStatus;
import ma.mizan.compliance.entity.ObligationTracking;
import ma.mizan.compliance.entity.StoreCheck;
import ma.mizan.compliance.entity.TrackedObligation;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.Assessment;
import ma.mizan.systems.entity.AssessmentStored;

/**
 * Obligation tracking: follows every stored assessment (in its transaction) and reads a system's or an
 * organization's obligations with their evidence as at a day.
 */
@ApplicationScoped
@Transactional
public class Compliance {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EvidenceStore store;

    @Inject
    jakarta.enterprise.event.Event<Audited> audited;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A new assessment decides what is owed: obligations it lists are opened (NOT_STARTED, due when they
     * apply) or refreshed or reopened; open ones it no longer lists are closed with the reason. Runs in the
     * transaction that stores the assessment.
     */
    void follow(@Observes AssessmentStored stored) {
        Assessment a = stored.assessment();
        long systemId = a.getSystem().getId();
        long organizationId = a.getSystem().getOrganization().getId();
        OffsetDateTime now = now();
        Map<String, ObligationTracking> existing = new HashMap<>();
        for (ObligationTracking t : em.createNamedQuery(ObligationTracking.OF_SYSTEM, ObligationTracking.class)
                .setParameter("systemId", systemId).getResultList()) {
            existing.put(t.getCode() + "/" + t.getAddressee(), t);
        }
        String source = "assessment " + a.getId() + " (rule base " + a.getRuleBaseVersion() + ")";
        for (Obligation o : stored.result().obligations()) {
            ObligationTracking t = existing.remove(o.code() + "/" + o.addressee());
            if (t == null) {
                t = new ObligationTracking(systemId, organizationId, o, a.getId(), now);
                em.persist(t);
                em.flush();
                event(t, stored.actor(), ObligationEvent.Action.OPENED, null, t.getStatus(), "Listed by " + source + ".");
                audited.fire(new Audited("obligation.opened", "obligation", t.getId().toString(), organizationId, null, t.snapshot()));
            } else if (t.isClosed()) {
                var before = t.getStatus();
                String snapshot = t.snapshot();
                t.listedBy(o, a.getId(), now);
                t.reopen(now);
                event(t, stored.actor(), ObligationEvent.Action.REOPENED, before, t.getStatus(), "Listed again by " + source + ".");
                audited.fire(new Audited("obligation.reopened", "obligation", t.getId().toString(), organizationId, snapshot, t.snapshot()));
            } else {
                LocalDate due = t.getDueDate();
                String snapshot = t.snapshot();
                t.listedBy(o, a.getId(), now);
                if (due != null && !due.equals(t.getDueDate())) {
                    // the obligation now applies from another date (a new rule-base release): its default due date followed
                    event(t, stored.actor(), ObligationEvent.Action.UPDATED, t.getStatus(), t.getStatus(),
                            "Due date " + due + " -> " + t.getDueDate() + ": " + source + " says it applies from " + t.getAppliesFrom() + ".");
                    audited.fire(new Audited("obligation.updated", "obligation", t.getId().toString(), organizationId, snapshot, t.snapshot()));
                }
            }
        }
        for (ObligationTracking gone : existing.values()) {
            if (!gone.isClosed()) {
                String reason = "No longer listed by " + source + ".";
                String snapshot = gone.snapshot();
                gone.close(reason, now);
                event(gone, stored.actor(), ObligationEvent.Action.CLOSED, gone.getStatus(), gone.getStatus(), reason);
                audited.fire(new Audited("obligation.closed", "obligation", gone.getId().toString(), organizationId, snapshot, gone.snapshot()));
            }
        }
    }

    void event(ObligationTracking t, String actor, ObligationEvent.Action action, ObligationStatus from, ObligationStatus to, String detail) {
        em.persist(new ObligationEvent(t.getId(), now(), actor, action, from, to, detail));
    }

    /** A system's obligations (open and closed), with their evidence, as read on {@code day}. */
    public List<TrackedObligation> ofSystem(long systemId, LocalDate day) {
        return view(em.createNamedQuery(ObligationTracking.OF_SYSTEM, ObligationTracking.class).setParameter("systemId", systemId)
                .getResultList(), em.createNamedQuery(Evidence.OF_SYSTEM, Evidence.class).setParameter("systemId", systemId).getResultList(), day);
    }

    /** Every obligation of an organization's systems, ordered by system. */
    public List<TrackedObligation> ofOrganization(long organizationId, LocalDate day) {
        return view(em.createNamedQuery(ObligationTracking.OF_ORGANIZATION, ObligationTracking.class)
                .setParameter("organizationId", organizationId).getResultList(),
                em.createNamedQuery(Evidence.OF_ORGANIZATION, Evidence.class).setParameter("organizationId", organizationId).getResultList(), day);
    }

    /**
     * The views of {@code trackings} with their evidence, read in one query (not one per obligation: an
     * organization's calendar covers all its systems).
     */
    private List<TrackedObligation> view(List<ObligationTracking> trackings, List<Evidence> evidence, LocalDate day) {
        Map<Long, List<Evidence>> byTracking = new HashMap<>();
        for (Evidence e : evidence) {
            byTracking.computeIfAbsent(e.getTrackingId(), k -> new ArrayList<>()).add(e);
        }
        List<TrackedObligation> out = new ArrayList<>(trackings.size());
        for (ObligationTracking t : trackings) {
            out.add(TrackedObligation.of(t, byTracking.getOrDefault(t.getId(), List.of()), day));
        }
        return out;
    }

    /** The organization owning the system (to check the caller's access first); 404 for no such system. */
    public long organizationOf(long systemId) {
        AiSystem s = em.find(AiSystem.class, systemId);
        if (s == null) {
            throw ProblemException.notFound("AI system " + systemId);
        }
        return s.getOrganization().getId();
    }

    /** The tracking {@code trackingId} of system {@code systemId}; 404 when it belongs to no such system. */
    public ObligationTracking tracking(long systemId, long trackingId) {
        ObligationTracking t = em.find(ObligationTracking.class, trackingId);
        if (t == null || t.getSystemId() != systemId) {
            throw ProblemException.notFound("Obligation " + trackingId + " of AI system " + systemId);
        }
        return t;
    }

    public TrackedObligation one(long systemId, long trackingId, LocalDate day) {
        ObligationTracking t = tracking(systemId, trackingId);
        return TrackedObligation.of(t, evidenceOf(t), day);
    }

    public List<ObligationEvent> history(long systemId, long trackingId) {
        tracking(systemId, trackingId);
        return em.createNamedQuery(ObligationEvent.OF_TRACKING, ObligationEvent.class).setParameter("trackingId", trackingId).getResultList();
    }

    private List<Evidence> evidenceOf(ObligationTracking t) {
        return em.createNamedQuery(Evidence.OF_TRACKING, Evidence.class).setParameter("trackingId", t.getId()).getResultList();
    }

    /** The organization's part of an obligation, as the PUT body gives it. */
    public record Change(ObligationStatus status, String justification, String owner, LocalDate dueDate, String notes) {
    }

    /** Applies {@code change} if the client saw the current version (412 otherwise); a closed obligation is 409. */
    public TrackedObligation update(long systemId, long trackingId, long expectedVersion, Change change, String actor) {
        ObligationTracking t = tracking(systemId, trackingId);
        Preconditions.check(expectedVersion, t.getRowVersion());
        open(t);
        if (change.status() == ObligationStatus.NOT_APPLICABLE && (change.justification() == null || change.justification().isBlank())) {
            throw ProblemException.invalid("/justification", "required (and not blank) when the status is NOT_APPLICABLE");
        }
        String before = t.snapshot();
        ObligationStatus from = t.getStatus();
        t.update(change.status(), change.justification(), change.owner(), change.dueDate(), change.notes(), now());
        em.flush();
        event(t, actor, ObligationEvent.Action.UPDATED, from, t.getStatus(), from == t.getStatus()
                ? "Details changed (status stays " + from + ")." : "Status " + from + " -> " + t.getStatus() + ".");
        audited.fire(new Audited("obligation.updated", "obligation", t.getId().toString(), t.getOrganizationId(), before, t.snapshot()));
        return TrackedObligation.of(t, evidenceOf(t), today());
    }

    private static void open(ObligationTracking t) {
        if (t.isClosed()) {
            throw ProblemException.conflict("obligation-closed", "Obligation " + t.getId() + " (" + t.getCode() + ") was closed: "
                    + t.getClosedReason() + " It is kept for the record and can no longer change.");
        }
    }

    /** Fails early (before an upload is read) when the obligation cannot take evidence. */
    public ObligationTracking openTracking(long systemId, long trackingId) {
        ObligationTracking t = tracking(systemId, trackingId);
        open(t);
        return t;
    }

    /**
     * Records a file whose bytes were staged and sniffed: the file is moved into the store first (atomic,
     * fsynced), then the row is written in this transaction; a rollback leaves an orphan file, never a row
     * without its file.
     */
    public Evidence addFile(long systemId, long trackingId, EvidenceStore.Staged staged, String fileName, String contentType,
                            String description, LocalDate expiresOn, String actor) {
        ObligationTracking t = changing(systemId, trackingId);
        store.put(staged);
        Evidence e = Evidence.file(t.getId(), fileName, contentType, staged.size(), staged.sha256(), description, expiresOn, actor, now());
        return added(t, e, actor, "File " + fileName + " (" + contentType + ", " + staged.size() + " bytes, SHA-256 " + staged.sha256() + ")");
    }

    public Evidence addLink(long systemId, long trackingId, String url, String description, LocalDate expiresOn, String actor) {
        ObligationTracking t = changing(systemId, trackingId);
        Evidence e = Evidence.link(t.getId(), url, description, expiresOn, actor, now());
        return added(t, e, actor, "Link " + url);
    }

    /**
     * The tracking about to change through its evidence, locked with a version increment: its view (evidence,
     * missing-evidence and due-again flags) changes, so its ETag must change too, and a concurrent status
     * update made on the old view gets 412. The lock is taken in the database (row lock) rather than checked
     * at commit, so that two uploads to one obligation wait for each other instead of one failing.
     */
    private ObligationTracking changing(long systemId, long trackingId) {
        tracking(systemId, trackingId);
        ObligationTracking t = em.find(ObligationTracking.class, trackingId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        open(t);
        return t;
    }

    private Evidence added(ObligationTracking t, Evidence e, String actor, String what) {
        em.persist(e);
        em.flush();
        event(t, actor, ObligationEvent.Action.EVIDENCE_ADDED, t.getStatus(), t.getStatus(), what + " added as evidence " + e.getId()
                + (e.getExpiresOn() == null ? "" : ", valid through " + e.getExpiresOn()) + ".");
        audited.fire(new Audited(e.getKind() == Evidence.Kind.FILE ? "evidence.added" : "evidence.link-added", "evidence",
                e.getId().toString(), t.getOrganizationId(), null, e.snapshot()));
        return e;
    }

    public Evidence evidence(long systemId, long trackingId, long evidenceId) {
        tracking(systemId, trackingId);
        Evidence e = em.find(Evidence.class, evidenceId);
        if (e == null || e.getTrackingId() != trackingId) {
            throw ProblemException.notFound("Evidence " + evidenceId + " of obligation " + trackingId);
        }
        return e;
    }

    /**
     * Withdraws evidence: it stays (and its file too) for the record but no longer counts. Withdrawing
     * withdrawn evidence changes nothing, so a repeated DELETE is harmless.
     */
    public void withdraw(long systemId, long trackingId, long evidenceId, String actor) {
        Evidence e = evidence(systemId, trackingId, evidenceId);
        if (e.isWithdrawn()) {
            return;
        }
        ObligationTracking t = changing(systemId, trackingId);
        String before = e.snapshot();
        e.withdraw(actor, now());
        em.flush();
        event(t, actor, ObligationEvent.Action.EVIDENCE_WITHDRAWN, t.getStatus(), t.getStatus(), "Evidence " + e.getId() + " withdrawn.");
        audited.fire(new Audited("evidence.withdrawn", "evidence", e.getId().toString(), t.getOrganizationId(), before, e.snapshot()));
    }

    /**
     * Compares the file store with the rows: referenced files missing or corrupt, and orphan files. Reads
     * every file; reports only, never deletes or repairs.
     */
    public StoreCheck check() {
        Map<String, List<Long>> referenced = new TreeMap<>();
        for (Evidence e : em.createNamedQuery(Evidence.FILES, Evidence.class).setParameter("kind", Evidence.Kind.FILE).getResultList()) {
            referenced.computeIfAbsent(e.getSha256(), k -> new ArrayList<>()).add(e.getId());
        }
        Set<String> stored = store.storedHashes();
        List<StoreCheck.Problem> missing = new ArrayList<>();
        List<StoreCheck.Problem> corrupt = new ArrayList<>();
        referenced.forEach((sha, ids) -> {
            switch (store.verify(sha)) {
                case MISSING -> missing.add(new StoreCheck.Problem(sha, ids));
                case CORRUPT -> corrupt.add(new StoreCheck.Problem(sha, ids));
                case INTACT -> { }
            }
        });
        Set<String> orphans = new TreeSet<>(stored);
        orphans.removeAll(referenced.keySet());
        return new StoreCheck(now(), store.root().toAbsolutePath().toString(), referenced.size(), stored.size(), missing, corrupt,
                List.copyOf(orphans), missing.isEmpty() && corrupt.isEmpty());
    }
}
