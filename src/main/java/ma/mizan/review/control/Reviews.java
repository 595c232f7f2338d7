package ma.mizan.review.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.assessment.entity.UseArea;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Page;
import ma.mizan.review.entity.RegistrationCounter;
import ma.mizan.review.entity.ReviewComment;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.AiSystem.Action;
import ma.mizan.systems.entity.RegistrationStatus;

/**
 * The registration workflow: each action is a transition of the {@link AiSystem} aggregate, taken with
 * its comments in one transaction; two reviewers acting at once on one filing cannot both succeed (the
 * row version decides, the loser gets 409).
 */
@ApplicationScoped
@Transactional
public class Reviews {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;


    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Takes {@code action} on the system, as {@code actor}, with the request's body (comments, deadline, reasons). */
    public AiSystem act(AiSystem detached, Action action, JsonNode body, String actor) {
        AiSystem s = em.find(AiSystem.class, detached.getId());
        String before = s.snapshot();
        String reason = body.path("reason").asText(null);
        switch (action) {
            case SUBMIT -> s.submit(now());
            case WITHDRAW -> s.withdraw(reason);
            case TAKE -> s.take(actor);
            case REQUEST_CHANGES -> {
                LocalDate deadline = LocalDate.parse(body.get("deadline").asText());
                if (deadline.isBefore(today())) {
                    throw ProblemException.invalid("/deadline", "must not be in the past");
                }
                s.requestChanges(deadline);
                for (JsonNode c : body.get("comments")) {
                    em.persist(new ReviewComment(s.getId(), action.name(), c.get("pointer").asText(), c.get("text").asText(), actor, deadline, now()));
                }
            }
            case REGISTER -> s.register(() -> nextNumber(today().getYear()), now());
            case REJECT -> s.reject(reason);
            case SUSPEND -> s.suspend(reason);
            case REINSTATE -> s.reinstate();
        }
        if (reason != null && action != Action.REQUEST_CHANGES) {
            em.persist(new ReviewComment(s.getId(), action.name(), null, reason, actor, null, now()));
        }
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("review." + action.name().toLowerCase(java.util.Locale.ROOT), "ai_system",
                s.getId().toString(), s.getOrganization().getId(), before, s.snapshot()));
        return s;
    }

    private String nextNumber(int year) {
        RegistrationCounter counter = em.find(RegistrationCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new RegistrationCounter(year);
            em.persist(counter);
        }
        return counter.next();
    }

    public List<ReviewComment> comments(long systemId) {
        return em.createNamedQuery(ReviewComment.OF_SYSTEM, ReviewComment.class).setParameter("systemId", systemId).getResultList();
    }

    /** Filters of the regulator's queue; null means any. */
    public record QueueFilter(RegistrationStatus status, RiskLevel riskLevel, UseArea useArea, String sector, Long organizationId,
                              Boolean overdue, LocalDate deadlineBefore) {
    }

    public enum Sort { DEADLINE, SUBMITTED, NAME }

    public Page<AiSystem> queue(QueueFilter f, Sort sort, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AiSystem> q = cb.createQuery(AiSystem.class);
        Root<AiSystem> s = q.from(AiSystem.class);
        q.where(predicates(cb, s, f));
        q.orderBy(switch (sort) {
            case DEADLINE -> List.of(cb.asc(s.get("reviewDeadline")), cb.asc(s.get("id")));
            case SUBMITTED -> List.of(cb.asc(s.get("submittedAt")), cb.asc(s.get("id")));
            case NAME -> List.of(cb.asc(s.get("name")), cb.asc(s.get("id")));
        });
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<AiSystem> cs = c.from(AiSystem.class);
        c.select(cb.count(cs)).where(predicates(cb, cs, f));
        return new Page<>(em.createQuery(q).setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                em.createQuery(c).getSingleResult());
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<AiSystem> s, QueueFilter f) {
        List<Predicate> p = new ArrayList<>();
        // the queue holds filings: drafts stay with their organization
        p.add(cb.notEqual(s.get("registrationStatus"), RegistrationStatus.DRAFT));
        if (f.status() != null) {
            p.add(cb.equal(s.get("registrationStatus"), f.status()));
        }
        if (f.riskLevel() != null) {
            p.add(cb.equal(s.get("latestRiskLevel"), f.riskLevel()));
        }
        if (f.useArea() != null) {
            // the profile is stored as the contract's JSON: an area appears as "AREA" in the useAreas array only
            p.add(cb.like(s.get("profile"), "%\"" + f.useArea().name() + "\"%"));
        }
        if (f.sector() != null && !f.sector().isBlank()) {
            p.add(cb.equal(cb.lower(s.get("organization").get("sector")), f.sector().toLowerCase(java.util.Locale.ROOT)));
        }
        if (f.organizationId() != null) {
            p.add(cb.equal(s.get("organization").get("id"), f.organizationId()));
        }
        if (f.deadlineBefore() != null) {
            p.add(cb.lessThanOrEqualTo(s.get("reviewDeadline"), f.deadlineBefore()));
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            p.add(cb.equal(s.get("registrationStatus"), RegistrationStatus.CHANGES_REQUESTED));
            p.add(cb.lessThan(s.get("reviewDeadline"), today()));
        }
        return p.toArray(Predicate[]::new);
    }

    /** Counts for the regulator's dashboard: every system by registration status, and filings by tier. */
    public Map<String, Map<String, Long>> counts() {
        Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (Object[] row : em.createQuery("select s.registrationStatus, count(s) from AiSystem s group by s.registrationStatus", Object[].class)
                .getResultList()) {
            byStatus.put((RegistrationStatus) row[0], (Long) row[1]);
        }
        Map<String, Long> byTier = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select s.latestRiskLevel, count(s) from AiSystem s where s.registrationStatus <> :draft "
                + "group by s.latestRiskLevel", Object[].class).setParameter("draft", RegistrationStatus.DRAFT).getResultList()) {
            byTier.put(row[0] == null ? "NOT_ASSESSED" : row[0].toString(), (Long) row[1]);
        }
        long overdue = em.createQuery("select count(s) from AiSystem s where s.registrationStatus = :cr and s.reviewDeadline < :today", Long.class)
                .setParameter("cr", RegistrationStatus.CHANGES_REQUESTED).setParameter("today", today()).getSingleResult();
        Map<String, Long> status = new java.util.LinkedHashMap<>();
        byStatus.forEach((k, v) -> status.put(k.name(), v));
        return Map.of("byStatus", status, "byTier", byTier, "overdue", Map.of("overdue", overdue));
    }
}
