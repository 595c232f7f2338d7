package ma.mizan.reassessment.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.assessment.entity.RuleBaseIdentity;
import ma.mizan.reassessment.entity.ReassessmentRun;
import ma.mizan.reassessment.entity.ReassessmentRun.Reason;

/**
 * Starts re-assessment runs: on demand, and at start-up when the rule base is one this database has
 * not seen (a run interrupted by a stop or a crash is continued first). Each run is executed by the
 * Jakarta Batch job {@code reassessment} (META-INF/batch-jobs/reassessment.xml); its progress lives in
 * Mizan's database (see {@link ReassessmentStore}).
 */
@ApplicationScoped
public class Reassessments {

    public static final String JOB = "reassessment";
    private static final Logger LOG = Logger.getLogger(Reassessments.class.getName());

    @Inject
    ReassessmentStore store;

    @Inject
    RuleEngine engine;

    /** At start-up: remember the rule base, continue interrupted runs, start a run for a rule base not seen before. */
    public void onStartup() {
        RuleBaseIdentity id = engine.ruleBase().identity();
        boolean unseen = store.recordRelease(id);
        List<ReassessmentRun> interrupted = store.running();
        for (ReassessmentRun run : interrupted) {
            if (run.getRuleBaseHash().equals(id.hash())) {
                LOG.info(() -> "Continuing re-assessment run " + run.getId() + ", interrupted before it finished");
                execute(run.getId());
            } else {
                // Finishing it on another rule base would mix two rule bases in one report: a new run replaces it.
                store.finished(run.getId(), false, "interrupted, then superseded by rule base " + id.version() + " (" + id.hash() + ")");
            }
        }
        if (unseen && store.running().isEmpty() && store.assessedUnderOtherRuleBases(id.hash())) {
            LOG.info(() -> "Rule base " + id.version() + " (" + id.hash() + ") is new: re-assessing every stored system");
            start(Reason.RULE_BASE_CHANGED);
        }
    }

    /** Starts a run (one at a time); returns it. */
    public ReassessmentRun start(Reason reason) {
        ReassessmentRun run = store.create(reason);
        execute(run.getId());
        return store.find(run.getId());
    }

    private void execute(long runId) {
        Properties params = new Properties();
        params.setProperty("runId", String.valueOf(runId));
        long executionId = BatchRuntime.getJobOperator().start(JOB, params);
        store.executedBy(runId, executionId);
    }

}
