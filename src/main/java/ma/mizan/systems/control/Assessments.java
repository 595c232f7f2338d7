package ma.mizan.systems.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import ma.mizan.assessment.control.Messages;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.Assessment;

/** Assesses stored systems and keeps every assessment as an immutable record. */
@ApplicationScoped
@Transactional
public class Assessments {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Systems systems;

    @Inject
    RuleEngine engine;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.systems.entity.AssessmentStored> stored;

    @Inject
    jakarta.enterprise.inject.Instance<ma.mizan.identity.control.Caller> caller;


    public Assessment assess(long systemId, LocalDate asAt, Messages messages) {
        AiSystem system = systems.find(systemId);
        // The system row is locked so that the profile assessed is the profile stored when the record is written.
        em.lock(system, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        AiSystemProfile profile = system.profile();
        String snapshot = StrictJson.write(profile);
        AssessmentResult result = engine.assessor().assess(profile, asAt, messages);
        system.assessed(result.riskLevel());
        Assessment a = new Assessment(system, snapshot, result, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        em.persist(a);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("system.assessed", "assessment", a.getId().toString(), system.getOrganization().getId(), null,
                "{\"systemId\":" + systemId + ",\"riskLevel\":\"" + a.getRiskLevel() + "\",\"cndpFiling\":\"" + a.getCndpFiling()
                        + "\",\"ruleBaseHash\":\"" + a.getRuleBaseHash() + "\"}"));
        stored.fire(new ma.mizan.systems.entity.AssessmentStored(a, result, actor()));
        return a;
    }

    /** Who asked for the assessment: the caller, or "system" at start-up (sample data) where there is no request. */
    private String actor() {
        try {
            return caller.get().identity().map(c -> c.name()).orElse("system");
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return "system";
        }
    }

    public Page<Assessment> history(long systemId, int page, int size) {
        systems.find(systemId);
        long total = em.createNamedQuery(Assessment.COUNT, Long.class).setParameter("systemId", systemId).getSingleResult();
        var items = em.createNamedQuery(Assessment.HISTORY, Assessment.class).setParameter("systemId", systemId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    public Assessment find(long systemId, long id) {
        systems.find(systemId);
        return em.createNamedQuery(Assessment.FIND, Assessment.class).setParameter("systemId", systemId).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("Assessment " + id + " of AI system " + systemId));
    }
}
