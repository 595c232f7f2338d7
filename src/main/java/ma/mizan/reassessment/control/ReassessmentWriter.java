package ma.mizan.reassessment.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores each system's new assessment and what changed, in the chunk's transaction; then pauses for
 * mizan.reassessment.pause-ms (default 0), which spreads a large run's load over time.
 */
@Dependent
@Named("reassessmentWriter")
public class ReassessmentWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    ReassessmentStore store;

    @Inject
    @ConfigProperty(name = "mizan.reassessment.pause-ms", defaultValue = "0")
    long pauseMs;

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        long run = Long.parseLong(runId);
        for (Object item : items) {
            store.record(run, (ReassessmentStore.Evaluated) item);
        }
        if (pauseMs > 0) {
            Thread.sleep(pauseMs);
        }
    }
}
