package ma.mizan.exports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ma.mizan.exports.entity.ExportTable;

/**
 * One table as one CSV file: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark and a header row.
 * The byte-order mark is there because spreadsheet programs otherwise guess a legacy code page and garble Arabic
 * names and French accents.
 */
public final class CsvExportWriter {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Writes the table and flushes; {@code out} stays open. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(new UnclosableOutputStream(out), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.columns());
        long rowNumber = 0;
        String[] cells = new String[table.columns().size()];
        while (table.rows().hasNext()) {
            List<?> row = table.rows().next();
            rowNumber++;
            CellText.checkWidth(table.name(), table.columns(), row, rowNumber);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = i < row.size() ? CellText.of(row.get(i)) : "";
            }
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
    }
}
