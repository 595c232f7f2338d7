package ma.mizan.exports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How a cell reads as text, the same in CSV and wherever a cell has no native type. */
final class CellText {

    /** The separator for list cells; a semicolon, because commas are common inside the items themselves. */
    static final String LIST_SEPARATOR = "; ";

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            // toString() would give 1E+3 for some values; a spreadsheet user expects plain digits
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof ZonedDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof Instant i) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CellText::of).collect(Collectors.joining(LIST_SEPARATOR));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        throw new IllegalArgumentException("unsupported cell type " + value.getClass().getName());
    }

    /** Checks a row against its header and tells how many cells to write. */
    static void checkWidth(String table, List<String> columns, List<?> row, long rowNumber) {
        if (row == null) {
            throw new IllegalArgumentException("table " + table + ": row " + rowNumber + " is null");
        }
        if (row.size() > columns.size()) {
            throw new IllegalArgumentException("table " + table + ": row " + rowNumber + " has " + row.size()
                    + " cells for " + columns.size() + " columns");
        }
    }
}
