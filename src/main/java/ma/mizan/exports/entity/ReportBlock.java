package ma.mizan.exports.entity;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * One block of a PDF report, laid out top to bottom. Texts are given already translated by the caller (French or
 * English labels, Arabic names as recorded); the renderer only wraps, shapes and orders them.
 */
public sealed interface ReportBlock {

    /** A section title; level 1 is a chapter (one per system in an organization report), level 2 a section. */
    record Heading(String text, int level) implements ReportBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level is 1 or 2, not " + level);
            }
        }
    }

    /** Running text; line breaks in the text start a new line. Mainly Arabic text is right-aligned. */
    record Paragraph(String text) implements ReportBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Label and value pairs shown as two columns: an identity card, a classification summary. */
    record KeyValues(List<KeyValue> entries) implements ReportBlock {
        public KeyValues {
            entries = List.copyOf(entries);
        }
    }

    /** A label and its value; a null value is shown as an em dash so that "not recorded" is visible. */
    record KeyValue(String key, String value) {
        public KeyValue {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A bulleted list: reasons, citations, evidence. */
    record Bullets(List<String> items) implements ReportBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header repeated on every page it spans. The rows are read once, lazily, so a register listing of
     * any length is rendered without holding it.
     */
    record Table(List<Column> columns, Iterator<? extends List<String>> rows) implements ReportBlock {
        public Table {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            Objects.requireNonNull(rows, "rows");
        }

        public static Table of(List<Column> columns, Iterable<? extends List<String>> rows) {
            return new Table(columns, rows.iterator());
        }
    }

    /** A column header and its share of the table width (weights are relative, e.g. 1, 3, 1). */
    record Column(String header, float weight) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be positive");
            }
        }

        public static Column of(String header) {
            return new Column(header, 1f);
        }
    }

    /** Starts the next block on a new page (each system of an organization report, for instance). */
    record PageBreak() implements ReportBlock {
    }

    /**
     * Blocks produced while the report is rendered, read once: an organization's systems one chapter at a time, so that
     * a report on many systems never holds them all.
     */
    record Sequence(Iterator<? extends ReportBlock> blocks) implements ReportBlock {
        public Sequence {
            Objects.requireNonNull(blocks, "blocks");
        }
    }
}
