package ma.mizan.exports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.mizan.exports.entity.ExportTable;

class TabularWritersTest {

    static final List<String> COLUMNS = List.of("registration", "name", "note", "score", "active", "registered",
            "assessedAt", "bases", "empty");

    static final String TRICKY = "a, \"quoted\" word\nand a second line; réglementé";
    static final String ARABIC = "شركة الأطلس للتأمين";

    static List<List<Object>> sourceRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("MA-AI-2026-000001", ARABIC, TRICKY, 42, true, LocalDate.of(2026, 12, 2),
                OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
                List.of("ma-ai-draft/annex-iii.4.a", "ma-ai-draft/art-6.2"), null));
        rows.add(Arrays.asList("MA-AI-2026-000002", "Société Générale Maroc", "Évaluation des crédits",
                new BigDecimal("1234.50"), false, LocalDate.of(2027, 1, 31),
                Instant.parse("2027-01-31T23:59:59Z"), List.of(), "x"));
        return rows;
    }

    static ExportTable table() {
        return ExportTable.of("register", COLUMNS, sourceRows());
    }

    @Test
    void csvKeepsCommasQuotesNewlinesArabicAndAccentsBehindAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExportWriter().write(table(), out);
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).isEqualTo(COLUMNS);
        assertThat(records.get(1).toList()).containsExactly("MA-AI-2026-000001", ARABIC, TRICKY, "42", "true",
                "2026-12-02", "2026-12-02T10:00:00+01:00",
                "ma-ai-draft/annex-iii.4.a; ma-ai-draft/art-6.2", "");
        assertThat(records.get(2).toList()).containsExactly("MA-AI-2026-000002", "Société Générale Maroc",
                "Évaluation des crédits", "1234.50", "false", "2027-01-31", "2027-01-31T23:59:59Z", "", "x");
        assertThat(text).contains("\r\n");
    }

    @Test
    void csvLeavesTheCallersStreamOpen() throws IOException {
        CloseTrackingStream out = new CloseTrackingStream();
        new CsvExportWriter().write(table(), out);
        new XlsxExportWriter().write(List.of(table()), out);
        new JsonExportWriter().write(null, List.of(table()), out);
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void aRowWiderThanTheHeaderIsRefused() {
        ExportTable wide = ExportTable.of("t", List.of("a"), List.of(List.of("1", "2")));
        assertThatThrownBy(() -> new CsvExportWriter().write(wide, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 2 cells");
    }

    @Test
    void xlsxReadsBackWithTheSameValuesAndRealDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportTable second = ExportTable.of("register", List.of("n"), List.of(List.of(1)));
        new XlsxExportWriter().write(List.of(table(), second), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
            assertThat(sheets).extracting(Sheet::getName).containsExactly("register", "register (2)");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).stream().map(Cell::getText).collect(Collectors.toList())).isEqualTo(COLUMNS);

            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo("MA-AI-2026-000001");
            assertThat(first.getCellText(1)).isEqualTo(ARABIC);
            assertThat(first.getCellText(2)).isEqualTo(TRICKY);
            assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("42");
            assertThat(first.getCell(4).asBoolean()).isTrue();
            assertThat(first.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2026, 12, 2, 0, 0));
            assertThat(first.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            // 10:00 at +01:00 is 09:00 UTC
            assertThat(first.getCell(6).asDate()).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 0));
            assertThat(first.getCellText(7)).isEqualTo("ma-ai-draft/annex-iii.4.a; ma-ai-draft/art-6.2");
            assertThat(first.getOptionalCell(8).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);

            Row secondRow = rows.get(2);
            assertThat(secondRow.getCell(3).asNumber()).isEqualByComparingTo("1234.5");
            assertThat(secondRow.getCell(4).asBoolean()).isFalse();
            assertThat(secondRow.getCell(6).asDate()).isEqualTo(LocalDateTime.of(2027, 1, 31, 23, 59, 59));
        }
    }

    @Test
    void sheetNamesAreSanitizedShortenedAndUnique() {
        Set<String> used = new HashSet<>();
        assertThat(XlsxExportWriter.sheetName("Obligations: [2026] / Q4?", used))
                .isEqualTo("Obligations_ _2026_ _ Q4_");
        String longName = "Registre des systèmes d'intelligence artificielle";
        String first = XlsxExportWriter.sheetName(longName, used);
        String second = XlsxExportWriter.sheetName(longName, used);
        assertThat(first).hasSize(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualToIgnoringCase(first);
        assertThat(XlsxExportWriter.sheetName("'''", used)).isEqualTo("Sheet");
    }

    @Test
    void jsonHoldsMetaThenEveryRowKeyedByColumn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("ruleBase", Map.of("version", "0.1.0"));
        meta.put("generatedAt", Instant.parse("2026-12-02T10:00:00Z"));
        new JsonExportWriter().write(meta, List.of(table()), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"meta\":");
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.at("/meta/ruleBase/version").asText()).isEqualTo("0.1.0");
        assertThat(root.at("/meta/generatedAt").asText()).isEqualTo("2026-12-02T10:00:00Z");
        JsonNode rows = root.at("/tables/register");
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("name").asText()).isEqualTo(ARABIC);
        assertThat(first.get("note").asText()).isEqualTo(TRICKY);
        assertThat(first.get("score").isIntegralNumber()).isTrue();
        assertThat(first.get("score").asInt()).isEqualTo(42);
        assertThat(first.get("active").isBoolean()).isTrue();
        assertThat(first.get("registered").asText()).isEqualTo("2026-12-02");
        assertThat(first.get("assessedAt").asText()).isEqualTo("2026-12-02T10:00:00+01:00");
        assertThat(first.get("bases").isArray()).isTrue();
        assertThat(first.get("bases").get(1).asText()).isEqualTo("ma-ai-draft/art-6.2");
        assertThat(first.get("empty").isNull()).isTrue();
        JsonNode second = rows.get(1);
        assertThat(second.get("score").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(second.get("bases")).isEmpty();
        assertThat(new ArrayList<String>() {{ first.fieldNames().forEachRemaining(this::add); }})
                .isEqualTo(COLUMNS);
    }

    static final class CloseTrackingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
