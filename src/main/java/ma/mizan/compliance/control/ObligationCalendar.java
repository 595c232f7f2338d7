package ma.mizan.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.mizan.compliance.entity.CalendarEntry;
import ma.mizan.compliance.entity.ObligationStatus;
import ma.mizan.compliance.entity.TrackedObligation;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.systems.entity.AiSystem;

/**
 * What is due when, for a system or an organization: the due date of every open obligation still being
 * worked on, and the expiry of every piece of evidence that counts (after which a met obligation is due
 * again). Closed obligations and NOT_APPLICABLE ones owe nothing and are left out.
 */
@ApplicationScoped
@Transactional
public class ObligationCalendar {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Compliance compliance;

    public List<CalendarEntry> ofSystem(long systemId, LocalDate from, LocalDate to) {
        AiSystem s = em.find(AiSystem.class, systemId);
        if (s == null) {
            throw ProblemException.notFound("AI system " + systemId);
        }
        return entries(compliance.ofSystem(systemId, compliance.today()), Map.of(systemId, s.getName()), from, to);
    }

    public List<CalendarEntry> ofOrganization(long organizationId, LocalDate from, LocalDate to) {
        if (em.find(Organization.class, organizationId) == null) {
            throw ProblemException.notFound("Organization " + organizationId);
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select s.id, s.name from AiSystem s where s.organization.id = :organizationId", Object[].class)
                .setParameter("organizationId", organizationId).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return entries(compliance.ofOrganization(organizationId, compliance.today()), names, from, to);
    }

    /** The entries of {@code obligations} between {@code from} and {@code to} (inclusive, either may be null), by date. */
    public static List<CalendarEntry> entries(List<TrackedObligation> obligations, Map<Long, String> systemNames, LocalDate from, LocalDate to) {
        List<CalendarEntry> out = new ArrayList<>();
        for (TrackedObligation o : obligations) {
            if (o.closed() || o.status() == ObligationStatus.NOT_APPLICABLE) {
                continue;
            }
            String system = systemNames.getOrDefault(o.systemId(), "AI system " + o.systemId());
            boolean working = o.status() == ObligationStatus.NOT_STARTED || o.status() == ObligationStatus.IN_PROGRESS;
            if (working && o.dueDate() != null) {
                out.add(new CalendarEntry(o.dueDate(), CalendarEntry.Kind.DUE, o.systemId(), system, o.id(), null, o.code(), o.title(),
                        o.addressee(), o.status(), o.overdue(), o.dueAgain(), o.legalRefs(), o.because()));
            }
            for (TrackedObligation.EvidenceItem e : o.evidence()) {
                if (!e.withdrawn() && e.expiresOn() != null) {
                    out.add(new CalendarEntry(e.expiresOn(), CalendarEntry.Kind.EVIDENCE_EXPIRES, o.systemId(), system, o.id(), e.id(), o.code(),
                            o.title(), o.addressee(), o.status(), o.overdue(), o.dueAgain(), o.legalRefs(), o.because()));
                }
            }
        }
        return out.stream().filter(e -> (from == null || !e.date().isBefore(from)) && (to == null || !e.date().isAfter(to)))
                .sorted(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::systemId).thenComparing(CalendarEntry::code)
                        .thenComparing(CalendarEntry::kind).thenComparing(CalendarEntry::uid))
                .toList();
    }
}
