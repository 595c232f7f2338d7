package ma.mizan.reassessment.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Assesses one system's current profile with the current rule base (a system deleted meanwhile is skipped). */
@Dependent
@Named("reassessProcessor")
public class ReassessProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    ReassessmentStore store;

    @Override
    public Object processItem(Object systemId) {
        return store.evaluate(Long.parseLong(runId), (Long) systemId);
    }
}
