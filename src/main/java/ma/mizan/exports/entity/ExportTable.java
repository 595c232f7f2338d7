package ma.mizan.exports.entity;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A named table whose rows are read once, lazily, by a writer. The rows are never collected: a writer takes one row,
 * writes it and forgets it, so a table streamed from the database costs the same memory at ten rows as at a million.
 *
 * <p>A cell is a {@link String}, a {@link Number}, a {@link Boolean}, a {@link java.time.LocalDate}, an
 * {@link java.time.OffsetDateTime}, an {@link java.time.Instant}, a {@link List} of strings, or {@code null}.
 * A row shorter than the header is padded with empty cells; a longer row is refused by the writer, because silently
 * dropping a value would make the export lie.
 *
 * @param name    the file name stem (CSV), sheet name (XLSX) or key (JSON)
 * @param columns the header, in order
 * @param rows    read exactly once
 */
public record ExportTable(String name, List<String> columns, Iterator<? extends List<?>> rows) {

    public ExportTable {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a table needs a name");
        }
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    /** A table over a stream; the stream is consumed by the writer, and closing it stays with the caller. */
    public static ExportTable of(String name, List<String> columns, Stream<? extends List<?>> rows) {
        return new ExportTable(name, columns, rows.iterator());
    }

    /** A table over rows already at hand (small tables: a summary, a legend). */
    public static ExportTable of(String name, List<String> columns, Iterable<? extends List<?>> rows) {
        return new ExportTable(name, columns, rows.iterator());
    }
}
