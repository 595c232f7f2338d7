package ma.mizan.exports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import ma.mizan.exports.entity.ExportTable;

/**
 * Tables as one XLSX workbook, one sheet per table, with a bold header row. Rows are flushed to the output every
 * {@value #FLUSH_EVERY} rows and strings are written inline rather than into the shared-strings table, which would
 * otherwise grow with every distinct value: memory stays constant however long the tables are.
 *
 * <p>Dates are real dates (formatted {@code yyyy-mm-dd}); instants and offset date-times are written in UTC
 * ({@code yyyy-mm-dd hh:mm:ss}), because a spreadsheet cell has no time zone and UTC is what the other formats
 * state explicitly.
 */
public final class XlsxExportWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's own limit on sheet names. */
    static final int MAX_SHEET_NAME = 31;

    private static final int FLUSH_EVERY = 1_000;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    /** Writes the workbook; {@code out} stays open (the ZIP is finished, not closed). */
    public void write(List<ExportTable> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one table");
        }
        Workbook workbook = new Workbook(new UnclosableOutputStream(out), "Mizan", "1.0");
        Set<String> usedNames = new HashSet<>();
        for (ExportTable table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name(), usedNames));
            writeSheet(table, sheet);
            sheet.finish();
        }
        workbook.finish();
        out.flush();
    }

    private static void writeSheet(ExportTable table, Worksheet sheet) throws IOException {
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
        }
        if (!columns.isEmpty()) {
            sheet.freezePane(0, 1);
        }
        int r = 0;
        while (table.rows().hasNext()) {
            List<?> row = table.rows().next();
            r++;
            if (r >= Worksheet.MAX_ROWS) {
                throw new IllegalArgumentException("table " + table.name() + " exceeds the "
                        + Worksheet.MAX_ROWS + " rows a sheet can hold");
            }
            CellText.checkWidth(table.name(), columns, row, r);
            for (int c = 0; c < row.size(); c++) {
                writeCell(sheet, r, c, row.get(c));
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
    }

    private static void writeCell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            sheet.inlineString(r, c, s);
        } else if (value instanceof BigDecimal d) {
            sheet.value(r, c, d);
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof OffsetDateTime t) {
            dateTime(sheet, r, c, t.toInstant());
        } else if (value instanceof ZonedDateTime t) {
            dateTime(sheet, r, c, t.toInstant());
        } else if (value instanceof Instant i) {
            dateTime(sheet, r, c, i);
        } else {
            sheet.inlineString(r, c, CellText.of(value));
        }
    }

    private static void dateTime(Worksheet sheet, int r, int c, Instant instant) {
        sheet.value(r, c, instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
        sheet.style(r, c).format(DATE_TIME_FORMAT).set();
    }

    /**
     * A name Excel accepts: without {@code []:*?/\}, not starting or ending with an apostrophe, at most 31
     * characters, and distinct (case-insensitively) from the sheets before it.
     */
    static String sheetName(String wanted, Set<String> used) {
        String name = wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
        name = name.replaceAll("^'+|'+$", "");
        if (name.isEmpty()) {
            name = "Sheet";
        }
        name = truncate(name, MAX_SHEET_NAME);
        String candidate = name;
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = truncate(name, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        // never split a surrogate pair: half an emoji is an invalid name
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
