package ma.mizan.exports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import ma.mizan.exports.entity.ExportTable;

/**
 * The writers must hold no more than a few rows whatever the length of the table. Each test streams 200,000 rows of
 * about half a kilobyte of distinct text (some 100 MB if they were kept) from a generator, and checks twice, late in
 * the run: the very first row handed out has been garbage-collected, and the heap has not grown by anything like
 * the volume written.
 */
class StreamingWritersTest {

    static final int ROWS = 200_000;
    static final long ALLOWED_GROWTH = 40L * 1024 * 1024;

    @Test
    @Timeout(20)
    void csvWriterHoldsNoRows() throws IOException {
        GeneratedRows rows = new GeneratedRows();
        CountingStream out = new CountingStream();
        new CsvExportWriter().write(new ExportTable("big", GeneratedRows.COLUMNS, rows), out);
        rows.assertStreamed(out);
    }

    @Test
    @Timeout(20)
    void xlsxWriterHoldsNoRows() throws IOException {
        GeneratedRows rows = new GeneratedRows();
        CountingStream out = new CountingStream();
        new XlsxExportWriter().write(List.of(new ExportTable("big", GeneratedRows.COLUMNS, rows)), out);
        rows.assertStreamed(out);
    }

    @Test
    @Timeout(20)
    void jsonWriterHoldsNoRows() throws IOException {
        GeneratedRows rows = new GeneratedRows();
        CountingStream out = new CountingStream();
        new JsonExportWriter().write(null, List.of(new ExportTable("big", GeneratedRows.COLUMNS, rows)), out);
        rows.assertStreamed(out);
    }

    /** Makes each row on demand and watches, near the end, whether the writer let the earlier ones go. */
    static final class GeneratedRows implements Iterator<List<Object>> {
        static final List<String> COLUMNS = List.of("n", "text", "date", "at", "tags");
        private static final String PADDING = "x".repeat(500);
        private static final int EARLY = 10_000;
        private static final int LATE = ROWS - 10_000;

        private int produced;
        private WeakReference<List<Object>> firstRow;
        private long heapEarly;
        private long heapLate;
        private boolean firstRowCollected;

        @Override
        public boolean hasNext() {
            return produced < ROWS;
        }

        @Override
        public List<Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            produced++;
            if (produced == EARLY) {
                heapEarly = usedHeapAfterGc();
            } else if (produced == LATE) {
                heapLate = usedHeapAfterGc();
                firstRowCollected = firstRow.get() == null;
            }
            List<Object> row = List.of(produced, produced + " " + PADDING + " سطر " + produced,
                    LocalDate.of(2026, 1, 1).plusDays(produced % 3000),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(produced), List.of("a" + produced, "b"));
            if (produced == 1) {
                firstRow = new WeakReference<>(row);
            }
            return row;
        }

        void assertStreamed(CountingStream out) {
            assertThat(produced).isEqualTo(ROWS);
            assertThat(out.count).as("bytes written (XLSX compresses the padding)").isGreaterThan(ROWS * 10L);
            assertThat(firstRowCollected).as("the first row was let go").isTrue();
            assertThat(heapLate - heapEarly).as("heap growth while writing 180,000 rows")
                    .isLessThan(ALLOWED_GROWTH);
        }

        private static long usedHeapAfterGc() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
