package ma.mizan.reassessment.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
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
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ma.mizan.assessment.control.Messages;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Obligation;
import ma.mizan.assessment.entity.RuleBaseIdentity;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import ma.mizan.reassessment.entity.ReassessmentChange;
import ma.mizan.reassessment.entity.ReassessmentRun;
import ma.mizan.reassessment.entity.ReassessmentRun.Reason;
import ma.mizan.reassessment.entity.ReassessmentRun.Status;
import ma.mizan.reassessment.entity.RuleBaseRelease;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.Assessment;

/**
 * The data side of re-assessment. Called from the batch job, it joins the chunk's transaction: the batch
 * runtime keeps its job repository in the same database (post-boot-commands.txt), so a chunk's new
 * assessments, their report lines and the checkpoint commit together. Each system is also recorded at
 * most once per run, which is what lets a run cut off by a crash be continued by a new execution. Re-assessment of every stored system on the current rule base, as the Jakarta Batch job
 * {@code reassessment} (META-INF/batch-jobs/reassessment.xml). The run and its per-system results are
 * kept in Mizan's database and each system is recorded once per run, in the same transaction as its new
 * assessment; so a run cut off by a crash is continued at the next start by a new execution that skips
 * the systems already done, and nothing is lost or counted twice.
 */
@ApplicationScoped
@Transactional
public class ReassessmentStore {


    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    RuleEngine engine;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.systems.entity.AssessmentStored> stored;


    /** One system assessed by the processor, waiting for the writer. */
    public record Evaluated(long systemId, String profileJson, AssessmentResult result) {
    }

    /** Progress of a run, for the API. */
    public record Progress(ReassessmentRun run, long processed, long changed, String batchStatus) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public boolean recordRelease(RuleBaseIdentity id) {
        if (em.find(RuleBaseRelease.class, id.hash()) != null) {
            return false;
        }
        em.persist(new RuleBaseRelease(id.hash(), id.version(), now()));
        return true;
    }

    public List<ReassessmentRun> running() {
        return em.createNamedQuery(ReassessmentRun.BY_STATUS, ReassessmentRun.class).setParameter("status", Status.RUNNING).getResultList();
    }

    public boolean assessedUnderOtherRuleBases(String hash) {
        return em.createNamedQuery(Assessment.COUNT_ALL_OTHER_RULE_BASES, Long.class).setParameter("hash", hash).getSingleResult() > 0;
    }

    public ReassessmentRun create(Reason reason) {
        List<ReassessmentRun> running = running();
        if (!running.isEmpty()) {
            throw ProblemException.conflict("reassessment-running", "Re-assessment run " + running.get(0).getId()
                    + " is still running; wait for it to finish.");
        }
        long systems = em.createQuery("select count(s) from AiSystem s", Long.class).getSingleResult();
        RuleBaseIdentity id = engine.ruleBase().identity();
        ReassessmentRun run = new ReassessmentRun(reason, id.version(), id.hash(), LocalDate.now(clock), systems, now());
        em.persist(run);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("reassessment.started", "reassessment_run", run.getId().toString(), null, null,
                "{\"reason\":\"" + reason + "\",\"ruleBaseHash\":\"" + id.hash() + "\"}"));
        return run;
    }

    public void executedBy(long runId, long executionId) {
        ReassessmentRun run = em.find(ReassessmentRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        run.executedBy(executionId);
    }

    /** The next system ids of the run still to do, after {@code afterId}. */
    public List<Long> pending(long runId, long afterId, int max) {
        return em.createQuery("select s.id from AiSystem s where s.id > :after and not exists "
                        + "(select c.id from ReassessmentChange c where c.runId = :run and c.systemId = s.id) order by s.id", Long.class)
                .setParameter("after", afterId).setParameter("run", runId).setMaxResults(max).getResultList();
    }

    /** Assesses the system's current profile; null when the system was deleted meanwhile. */
    public Evaluated evaluate(long runId, long systemId) {
        ReassessmentRun run = em.find(ReassessmentRun.class, runId);
        AiSystem system = em.find(AiSystem.class, systemId);
        if (system == null) {
            return null;
        }
        AiSystemProfile profile = system.profile();
        AssessmentResult result = engine.assessor().assess(profile, run.getAsAt(), Messages.forLanguages(List.of(Locale.ENGLISH)));
        return new Evaluated(systemId, StrictJson.write(profile), result);
    }

    /**
     * Stores the new assessment and what changed, once per run and system: a system already recorded
     * for this run (by an execution cut off after its commit) is left as it is.
     */
    public void record(long runId, Evaluated e) {
        long done = em.createNamedQuery(ReassessmentChange.EXISTS, Long.class).setParameter("runId", runId)
                .setParameter("systemId", e.systemId()).getSingleResult();
        AiSystem system = em.find(AiSystem.class, e.systemId());
        if (done > 0 || system == null) {
            return;
        }
        Assessment previous = em.createNamedQuery(Assessment.HISTORY, Assessment.class).setParameter("systemId", e.systemId())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        Assessment next = new Assessment(system, e.profileJson(), e.result(), now());
        system.assessed(e.result().riskLevel());
        em.persist(next);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("system.reassessed", "assessment", next.getId().toString(), system.getOrganization().getId(),
                null, StrictJson.write(java.util.Map.of("systemId", e.systemId(), "runId", runId, "riskLevel", e.result().riskLevel().name()))));
        stored.fire(new ma.mizan.systems.entity.AssessmentStored(next, e.result(), "re-assessment run " + runId));
        Set<String> before = previous == null ? Set.of() : codes(StrictJson.bind(StrictJson.parse(
                previous.getResultJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)), AssessmentResult.class));
        Set<String> after = codes(e.result());
        em.persist(new ReassessmentChange(runId, e.systemId(), previous == null ? null : previous.getId(), next.getId(),
                previous == null ? null : previous.getRiskLevel(), e.result().riskLevel(),
                previous == null ? null : previous.getCndpFiling(), e.result().cndp().filing(),
                previous == null ? null : previous.getCndpTransfer(), e.result().cndp().transfer(),
                after.stream().filter(c -> !before.contains(c)).toList(), before.stream().filter(c -> !after.contains(c)).toList(), now()));
    }

    private static Set<String> codes(AssessmentResult r) {
        return r.obligations().stream().map(Obligation::code).collect(Collectors.toCollection(TreeSet::new));
    }

    public void finished(long runId, boolean completed, String failure) {
        ReassessmentRun run = em.find(ReassessmentRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getStatus() != Status.RUNNING) {
            return;
        }
        if (completed && pending(runId, 0, 1).isEmpty()) {
            run.completed(now());
        } else if (!completed) {
            run.failed(failure, now());
        }
    }

    public ReassessmentRun find(long id) {
        ReassessmentRun run = em.find(ReassessmentRun.class, id);
        if (run == null) {
            throw ProblemException.notFound("Re-assessment run " + id);
        }
        return run;
    }

    public Progress progress(long id) {
        ReassessmentRun run = find(id);
        long processed = em.createNamedQuery(ReassessmentChange.COUNT_OF_RUN, Long.class).setParameter("runId", id).getSingleResult();
        long changed = em.createNamedQuery(ReassessmentChange.CHANGED_OF_RUN, Long.class).setParameter("runId", id).getSingleResult();
        return new Progress(run, processed, changed, batchStatus(run.currentExecutionId()));
    }

    private static String batchStatus(long executionId) {
        if (executionId < 0) {
            return "NOT_STARTED";
        }
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            return operator.getJobExecution(executionId).getBatchStatus().name();
        } catch (NoSuchJobExecutionException | jakarta.batch.operations.JobSecurityException e) {
            // an execution of another deployment of the application (the batch runtime keys executions by application)
            return "UNKNOWN";
        }
    }

    public Page<Progress> list(int page, int size) {
        long total = em.createNamedQuery(ReassessmentRun.COUNT, Long.class).getSingleResult();
        List<ReassessmentRun> runs = em.createNamedQuery(ReassessmentRun.ALL, ReassessmentRun.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(runs.stream().map(r -> progress(r.getId())).toList(), page, size, total);
    }

    public Page<ReassessmentChange> changes(long runId, boolean changedOnly, int page, int size) {
        find(runId);
        String where = "where c.runId = :runId" + (changedOnly ? " and c.changed = true" : "");
        long total = em.createQuery("select count(c) from ReassessmentChange c " + where, Long.class).setParameter("runId", runId).getSingleResult();
        List<ReassessmentChange> items = em.createQuery("select c from ReassessmentChange c " + where + " order by c.systemId", ReassessmentChange.class)
                .setParameter("runId", runId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }
}
