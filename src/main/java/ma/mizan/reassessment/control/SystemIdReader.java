package ma.mizan.reassessment.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads, in id order, the systems the run has not done yet, a page at a time; the checkpoint is the last id read. */
@Dependent
@Named("systemIdReader")
public class SystemIdReader extends AbstractItemReader {

    private static final int PAGE = 50;

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    ReassessmentStore store;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(store.pending(Long.parseLong(runId), lastId, PAGE));
        }
        Long next = buffer.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
