package ma.mizan.findings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.audit.entity.Audited;
import ma.mizan.compliance.control.Compliance;
import ma.mizan.compliance.entity.ObligationTracking;
import ma.mizan.compliance.entity.TrackedObligation;
import ma.mizan.findings.entity.AuditData;
import ma.mizan.findings.entity.AuditEngagement;
import ma.mizan.findings.entity.AuditFinding;
import ma.mizan.findings.entity.AuditView;
import ma.mizan.findings.entity.Finding;
import ma.mizan.findings.entity.FindingData;
import ma.mizan.findings.entity.FindingView;
import ma.mizan.findings.entity.Opinion;
import ma.mizan.findings.entity.Proposal;
import ma.mizan.findings.entity.ProposalRun;
import ma.mizan.findings.entity.Severity;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.systems.entity.AiSystem;

/**
 * Audits and their findings. Every change takes the audit's row with a pessimistic lock that also raises
 * its version: actions on one audit are serialised (closing cannot slip between a proposal run and its
 * commit, two proposal runs cannot both add the same proposal), and the audit's ETag changes whenever
 * anything it shows, findings included, changes.
 */
@ApplicationScoped
@Transactional
public class Findings {

    public static final String AUDIT = "audit";
    public static final String FINDING = "finding";

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Compliance compliance;

    @Inject
    RuleEngine rules;

    @Inject
    Event<Audited> audited;

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Filters of the audit list; null means any. {@code readableOrganizations} null: every organization. */
    public record Filter(Long organizationId, Long systemId, AuditEngagement.Status status, List<Long> readableOrganizations) {
    }

    public AuditEngagement open(AuditData data, long auditorUserId, String auditorName) {
        if (data.systemId() != null) {
            AiSystem s = em.find(AiSystem.class, data.systemId());
            if (s == null || s.getOrganization().getId() != data.organizationId()) {
                throw ProblemException.invalid("/systemId", "AI system " + data.systemId() + " is not a system of organization " + data.organizationId());
            }
        }
        AuditEngagement a = new AuditEngagement(data.organizationId(), data.systemId(), data.title(), data.scope(), auditorUserId, auditorName, now());
        em.persist(a);
        em.flush();
        audited.fire(new Audited("audit.opened", AUDIT, a.getId().toString(), a.getOrganizationId(), null, a.snapshot()));
        return a;
    }

    public AuditEngagement find(long id) {
        AuditEngagement a = em.find(AuditEngagement.class, id);
        if (a == null) {
            throw ProblemException.notFound("Audit " + id);
        }
        return a;
    }

    /** The audit, locked for a change (see the class comment). */
    private AuditEngagement lock(long id) {
        AuditEngagement a = em.find(AuditEngagement.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (a == null) {
            throw ProblemException.notFound("Audit " + id);
        }
        return a;
    }

    /** A finding of that audit; a finding of another audit does not exist here. */
    public Finding finding(long auditId, long findingId) {
        Finding f = em.find(Finding.class, findingId);
        if (f == null || f.getAuditId() != auditId) {
            throw ProblemException.notFound("Finding " + findingId + " of audit " + auditId);
        }
        return f;
    }

    public Page<AuditEngagement> list(Filter filter, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEngagement> q = cb.createQuery(AuditEngagement.class);
        Root<AuditEngagement> a = q.from(AuditEngagement.class);
        q.where(predicates(cb, a, filter)).orderBy(cb.desc(a.get("openedAt")), cb.desc(a.get("id")));
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<AuditEngagement> ca = c.from(AuditEngagement.class);
        c.select(cb.count(ca)).where(predicates(cb, ca, filter));
        return new Page<>(em.createQuery(q).setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                em.createQuery(c).getSingleResult());
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEngagement> a, Filter f) {
        List<Predicate> p = new ArrayList<>();
        if (f.readableOrganizations() != null) {
            p.add(f.readableOrganizations().isEmpty() ? cb.disjunction() : a.get("organizationId").in(f.readableOrganizations()));
        }
        if (f.organizationId() != null) {
            p.add(cb.equal(a.get("organizationId"), f.organizationId()));
        }
        if (f.systemId() != null) {
            p.add(cb.equal(a.get("systemId"), f.systemId()));
        }
        if (f.status() != null) {
            p.add(cb.equal(a.get("status"), f.status()));
        }
        return p.toArray(Predicate[]::new);
    }

    /**
     * Records a CONFIRMED finding. A tracking row names the obligation: its system, code and first legal
     * reference are the defaults, and a code that contradicts it is refused. Every bad field is reported at once.
     */
    public Finding record(long auditId, FindingData data, String auditor) {
        AuditEngagement a = lock(auditId);
        a.require(AuditEngagement.Action.RECORD_FINDING);
        List<FieldError> errors = new ArrayList<>();
        Long systemId = data.systemId();
        if (systemId != null) {
            AiSystem s = em.find(AiSystem.class, systemId);
            if (s == null || s.getOrganization().getId() != a.getOrganizationId()) {
                errors.add(new FieldError("/systemId", "AI system " + systemId + " is not a system of organization " + a.getOrganizationId()));
            } else if (a.getSystemId() != null && !a.getSystemId().equals(systemId)) {
                errors.add(new FieldError("/systemId", "this audit covers AI system " + a.getSystemId() + " only"));
            }
        }
        String code = data.obligationCode();
        String ref = data.legalRef();
        if (data.trackingId() != null) {
            ObligationTracking t = em.find(ObligationTracking.class, data.trackingId());
            if (t == null || t.getOrganizationId() != a.getOrganizationId()
                    || (a.getSystemId() != null && t.getSystemId() != a.getSystemId())) {
                errors.add(new FieldError("/trackingId", "obligation tracking " + data.trackingId() + " is not one of this audit's scope"));
            } else {
                if (systemId != null && systemId != t.getSystemId()) {
                    errors.add(new FieldError("/trackingId", "obligation tracking " + t.getId() + " belongs to AI system " + t.getSystemId()
                            + ", not " + systemId));
                }
                if (code != null && !code.equals(t.getCode())) {
                    errors.add(new FieldError("/obligationCode", "must be " + t.getCode() + ", the code of obligation tracking " + t.getId()
                            + " (or be omitted)"));
                }
                systemId = t.getSystemId();
                code = t.getCode();
                if (ref == null && !t.getLegalRefs().isEmpty()) {
                    ref = t.getLegalRefs().get(0);
                }
            }
        }
        if (data.legalRef() != null && !rules.ruleBase().catalogue().contains(data.legalRef())) {
            errors.add(new FieldError("/legalRef", "'" + data.legalRef() + "' is not a unit of the legal catalogue (GET /api/v1/legal-texts)"));
        }
        if (errors.isEmpty() && systemId == null) {
            systemId = a.getSystemId();
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Finding f = Finding.recorded(a.getId(), systemId, data.trackingId(), code, ref, data.severity(), data.description(),
                data.evidenceReviewed(), auditor, now());
        em.persist(f);
        em.flush();
        audited.fire(new Audited("finding.recorded", FINDING, f.getId().toString(), a.getOrganizationId(), null, f.snapshot()));
        return f;
    }

    /**
     * Proposes findings from the obligation tracking of the audit's scope (see {@link Proposal#from} for the
     * rule). Idempotent: a tracking row already proposed for the same reason in this audit (pending,
     * confirmed or dismissed: a dismissed proposal must not come back) is skipped, and so is a tracking row
     * on which the auditor already wrote a finding of their own (the obligation is covered).
     */
    public ProposalRun propose(long auditId, String requestedBy) {
        AuditEngagement a = lock(auditId);
        a.require(AuditEngagement.Action.PROPOSE);
        List<Finding> existing = findingsOf(a.getId());
        Set<String> proposed = new HashSet<>();
        Set<Long> covered = new HashSet<>();
        for (Finding f : existing) {
            if (f.getTrackingId() == null) {
                continue;
            }
            if (f.getOrigin() == Finding.Origin.PROPOSED) {
                proposed.add(f.getTrackingId() + "/" + f.getProposalReason());
            } else {
                covered.add(f.getTrackingId());
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<TrackedObligation> scope = a.getSystemId() == null ? compliance.ofOrganization(a.getOrganizationId(), today)
                : compliance.ofSystem(a.getSystemId(), today);
        int created = 0;
        for (TrackedObligation t : scope) {
            Optional<Proposal> p = Proposal.from(t, today);
            if (p.isEmpty() || covered.contains(t.id()) || !proposed.add(t.id() + "/" + p.get().reason())) {
                continue;
            }
            Finding f = Finding.proposed(a.getId(), p.get(), requestedBy, now());
            em.persist(f);
            em.flush();
            audited.fire(new Audited("finding.proposed", FINDING, f.getId().toString(), a.getOrganizationId(), null, f.snapshot()));
            created++;
        }
        List<FindingView> pending = findingsOf(a.getId()).stream().filter(f -> f.getStatus() == Finding.Status.PROPOSED).map(Finding::view).toList();
        return new ProposalRun(created, pending);
    }

    public Finding confirm(long auditId, long findingId, Severity severity, String description, String evidenceReviewed) {
        AuditEngagement a = lock(auditId);
        a.require(AuditEngagement.Action.DECIDE);
        Finding f = finding(auditId, findingId);
        String before = f.snapshot();
        f.confirm(severity, description, evidenceReviewed, now());
        return changed(a, f, "finding.confirmed", before);
    }

    public Finding dismiss(long auditId, long findingId, String reason) {
        AuditEngagement a = lock(auditId);
        a.require(AuditEngagement.Action.DECIDE);
        Finding f = finding(auditId, findingId);
        String before = f.snapshot();
        f.dismiss(reason, now());
        return changed(a, f, "finding.dismissed", before);
    }

    /** The organization answers a confirmed finding, also after the audit is closed (it answers the final report). */
    public Finding respond(long auditId, long findingId, String response, String by, long expectedVersion) {
        AuditEngagement a = lock(auditId);
        Finding f = finding(auditId, findingId);
        Preconditions.check(expectedVersion, f.getRowVersion());
        String before = f.snapshot();
        f.respond(response, by, now());
        return changed(a, f, "finding.responded", before);
    }

    private Finding changed(AuditEngagement a, Finding f, String action, String before) {
        em.flush();
        audited.fire(new Audited(action, FINDING, f.getId().toString(), a.getOrganizationId(), before, f.snapshot()));
        return f;
    }

    public AuditEngagement close(long auditId, String conclusion, Opinion opinion) {
        AuditEngagement a = lock(auditId);
        String before = a.snapshot();
        long pending = em.createNamedQuery(Finding.COUNT_PENDING, Long.class).setParameter("auditId", auditId)
                .setParameter("status", Finding.Status.PROPOSED).getSingleResult();
        a.close(conclusion, opinion, pending, now());
        em.flush();
        audited.fire(new Audited("audit.closed", AUDIT, a.getId().toString(), a.getOrganizationId(), before, a.snapshot()));
        return a;
    }

    private List<Finding> findingsOf(long auditId) {
        return em.createNamedQuery(Finding.OF_AUDIT, Finding.class).setParameter("auditId", auditId).getResultList();
    }

    // Read models for other components (exports). They check no access: the caller's boundary does.

    /** One audit; 404 problem if there is none. */
    public AuditView audit(long id) {
        return find(id).view();
    }

    /** An audit's findings, every status, in the order they were made. */
    public List<FindingView> findings(long auditId) {
        return findingsOf(auditId).stream().map(Finding::view).toList();
    }

    /** Every finding of every audit of the organization, oldest audit first, each with its audit and whether it is confirmed. */
    public List<AuditFinding> ofOrganization(long organizationId) {
        return withAudits(em.createNamedQuery(Finding.OF_ORGANIZATION, Finding.class).setParameter("organizationId", organizationId).getResultList());
    }

    /** Every finding about the system (in an audit of the system, or of its organization citing it), with its audit. */
    public List<AuditFinding> ofSystem(long systemId) {
        return withAudits(em.createNamedQuery(Finding.OF_SYSTEM, Finding.class).setParameter("systemId", systemId).getResultList());
    }

    private List<AuditFinding> withAudits(List<Finding> findings) {
        Map<Long, AuditView> audits = new HashMap<>();
        List<AuditFinding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            AuditView audit = audits.computeIfAbsent(f.getAuditId(), id -> find(id).view());
            out.add(new AuditFinding(audit, f.view(), f.getStatus() == Finding.Status.CONFIRMED));
        }
        return out;
    }
}
