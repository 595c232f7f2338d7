package ma.mizan.systems.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.organizations.control.Organizations;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.AiSystemData;
import ma.mizan.systems.entity.Assessment;
import ma.mizan.systems.entity.Lifecycle;
import ma.mizan.systems.entity.RegistrationStatus;

/** Creates, lists, replaces and deletes AI systems, one transaction per operation. */
@ApplicationScoped
@Transactional
public class Systems {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;


    /** Filters of the system list; null means "any". */
    public record Filter(Long organizationId, Lifecycle lifecycle, RegistrationStatus registrationStatus, RiskLevel riskLevel, String text,
                         List<Long> readableOrganizations) {
    }

    public AiSystem create(AiSystemData data) {
        Organization owner = owner(data.organizationId());
        AiSystem s = new AiSystem(owner, data, now());
        em.persist(s);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("system.created", "ai_system", s.getId().toString(), owner.getId(), null, s.snapshot()));
        return s;
    }

    private Organization owner(long organizationId) {
        Organization o = em.find(Organization.class, organizationId);
        if (o == null) {
            throw ProblemException.invalid("/organizationId", "organization " + organizationId + " does not exist");
        }
        return o;
    }

    /** The organization's public-authority flag, to check a profile against it before binding (Decision 13). */
    public boolean ownerIsPublicAuthority(long organizationId) {
        return owner(organizationId).isPublicAuthority();
    }

    public AiSystem find(long id) {
        AiSystem s = em.find(AiSystem.class, id);
        if (s == null) {
            throw ProblemException.notFound("AI system " + id);
        }
        return s;
    }

    public Page<AiSystem> list(Filter filter, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AiSystem> q = cb.createQuery(AiSystem.class);
        Root<AiSystem> s = q.from(AiSystem.class);
        q.where(predicates(cb, s, filter)).orderBy(cb.asc(s.get("name")), cb.asc(s.get("id")));
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<AiSystem> cs = c.from(AiSystem.class);
        c.select(cb.count(cs)).where(predicates(cb, cs, filter));
        long total = em.createQuery(c).getSingleResult();
        TypedQuery<AiSystem> tq = em.createQuery(q).setFirstResult(page * size).setMaxResults(size);
        return new Page<>(tq.getResultList(), page, size, total);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AiSystem> s, Filter f) {
        List<Predicate> p = new ArrayList<>();
        if (f.readableOrganizations() != null) {
            p.add(f.readableOrganizations().isEmpty() ? cb.disjunction() : s.get("organization").get("id").in(f.readableOrganizations()));
        }
        if (f.organizationId() != null) {
            p.add(cb.equal(s.get("organization").get("id"), f.organizationId()));
        }
        if (f.lifecycle() != null) {
            p.add(cb.equal(s.get("lifecycle"), f.lifecycle()));
        }
        if (f.registrationStatus() != null) {
            p.add(cb.equal(s.get("registrationStatus"), f.registrationStatus()));
        }
        if (f.riskLevel() != null) {
            p.add(cb.equal(s.get("latestRiskLevel"), f.riskLevel()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            p.add(cb.or(cb.like(cb.lower(s.get("name")), like, '\\'), cb.like(cb.lower(s.get("intendedPurpose")), like, '\\')));
        }
        return p.toArray(Predicate[]::new);
    }

    public AiSystem replace(long id, AiSystemData data, long expectedVersion) {
        AiSystem s = find(id);
        Preconditions.check(expectedVersion, s.getRowVersion());
        if (!s.getOrganization().getId().equals(data.organizationId())) {
            throw ProblemException.invalid(List.of(new FieldError("/organizationId",
                    "a system cannot move to another organization (it belongs to " + s.getOrganization().getId() + ")")));
        }
        String before = s.snapshot();
        s.apply(data, now());
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("system.changed", "ai_system", s.getId().toString(), s.getOrganization().getId(), before,
                s.snapshot()));
        return s;
    }

    public void delete(long id, long expectedVersion) {
        AiSystem s = find(id);
        Preconditions.check(expectedVersion, s.getRowVersion());
        long assessments = em.createNamedQuery(Assessment.COUNT, Long.class).setParameter("systemId", id).getSingleResult();
        if (assessments > 0) {
            throw ProblemException.conflict("system-has-assessments", "AI system " + id + " has " + assessments
                    + " stored assessment(s), which are kept as records; set its lifecycle to RETIRED instead of deleting it.");
        }
        // audits and their findings are records too: a system an auditor has looked at is retired, not deleted
        long audits = ((Number) em.createNativeQuery("select count(*) from audit_engagement where ai_system_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue() + ((Number) em.createNativeQuery("select count(*) from finding where ai_system_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (audits > 0) {
            throw ProblemException.conflict("system-has-audits", "AI system " + id + " is named by auditors' audits or findings, which are kept "
                    + "as records; set its lifecycle to RETIRED instead of deleting it.");
        }
        audited.fire(new ma.mizan.audit.entity.Audited("system.deleted", "ai_system", s.getId().toString(), s.getOrganization().getId(),
                s.snapshot(), null));
        em.remove(s);
        em.flush();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
