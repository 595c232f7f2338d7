package ma.mizan.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import ma.mizan.assessment.entity.Obligation;
import ma.mizan.compliance.entity.Evidence;
import ma.mizan.compliance.entity.ObligationEvent;
import ma.mizan.compliance.entity.ObligationTracking;
import ma.mizan.compliance.entity.TrackedObligation;
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
            } else if (t.isClosed()) {
                var before = t.getStatus();
                t.listedBy(o, a.getId(), now);
                t.reopen(now);
                event(t, stored.actor(), ObligationEvent.Action.REOPENED, before, t.getStatus(), "Listed again by " + source + ".");
            } else {
                t.listedBy(o, a.getId(), now);
            }
        }
        for (ObligationTracking gone : existing.values()) {
            if (!gone.isClosed()) {
                String reason = "No longer listed by " + source + ".";
                gone.close(reason, now);
                event(gone, stored.actor(), ObligationEvent.Action.CLOSED, gone.getStatus(), gone.getStatus(), reason);
            }
        }
    }

    void event(ObligationTracking t, String actor, ObligationEvent.Action action, ma.mizan.compliance.entity.ObligationStatus from,
               ma.mizan.compliance.entity.ObligationStatus to, String detail) {
        em.persist(new ObligationEvent(t.getId(), now(), actor, action, from, to, detail));
    }

    /** A system's obligations (open and closed), with their evidence, as read on {@code day}. */
    public List<TrackedObligation> ofSystem(long systemId, LocalDate day) {
        return view(em.createNamedQuery(ObligationTracking.OF_SYSTEM, ObligationTracking.class).setParameter("systemId", systemId)
                .getResultList(), day);
    }

    /** Every obligation of an organization's systems, ordered by system. */
    public List<TrackedObligation> ofOrganization(long organizationId, LocalDate day) {
        return view(em.createNamedQuery(ObligationTracking.OF_ORGANIZATION, ObligationTracking.class)
                .setParameter("organizationId", organizationId).getResultList(), day);
    }

    private List<TrackedObligation> view(List<ObligationTracking> trackings, LocalDate day) {
        List<TrackedObligation> out = new ArrayList<>(trackings.size());
        for (ObligationTracking t : trackings) {
            List<Evidence> evidence = em.createNamedQuery(Evidence.OF_TRACKING, Evidence.class).setParameter("trackingId", t.getId()).getResultList();
            out.add(TrackedObligation.of(t, evidence, day));
        }
        return out;
    }
}
