package ma.mizan.exports.control;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import ma.mizan.exports.control.ExportRecords.SystemDossier;

/**
 * The systems an export covers, read one dossier at a time: ids are fetched a page at a time (keyset
 * on id), each dossier is loaded when it is reached and dropped once the next is asked for.
 */
final class Dossiers implements Iterator<SystemDossier> {

    /** Fetches the ids after a given id, one page at a time. */
    interface IdPages {
        List<Long> after(long afterId);
    }

    private final IdPages pages;
    private final LongFunction<SystemDossier> load;
    private final Runnable advanced;
    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;
    private SystemDossier next;

    Dossiers(IdPages pages, LongFunction<SystemDossier> load, Runnable advanced) {
        this.pages = pages;
        this.load = load;
        this.advanced = advanced;
    }

    static Dossiers of(ExportData data, long organizationId, LocalDate day, Long auditId, Runnable advanced) {
        return new Dossiers(after -> data.systemIdsOf(organizationId, after, ExportData.PAGE), id -> data.dossier(id, day, auditId), advanced);
    }

    static Dossiers single(ExportData data, long systemId, LocalDate day, Long auditId, Runnable advanced) {
        return new Dossiers(after -> after < systemId ? List.of(systemId) : List.of(), id -> data.dossier(id, day, auditId), advanced);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (buffer.isEmpty()) {
                if (exhausted) {
                    return false;
                }
                List<Long> page = pages.after(lastId);
                if (page.isEmpty()) {
                    exhausted = true;
                    return false;
                }
                buffer.addAll(page);
                lastId = page.get(page.size() - 1);
            }
            next = load.apply(buffer.poll());
            advanced.run();
        }
        return true;
    }

    @Override
    public SystemDossier next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SystemDossier d = next;
        next = null;
        return d;
    }

}
