package ma.mizan.reassessment.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Closes the run when its execution ends: completed when every system is done, failed with the reason otherwise. */
@Dependent
@Named("reassessmentJobListener")
public class ReassessmentJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    JobContext job;

    @Inject
    ReassessmentStore store;

    @Override
    public void afterJob() {
        boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
        store.finished(Long.parseLong(runId), completed, "batch execution " + job.getExecutionId() + " ended " + job.getBatchStatus()
                + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")"));
    }
}
