package ma.mizan.exports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ma.mizan.exports.entity.ExportTable;

/**
 * Tables as one JSON document, {@code {"meta": {...}, "tables": {"<name>": [{"<column>": value, ...}, ...]}}},
 * written token by token with Jackson's streaming generator: no tree of the rows is ever built.
 * Dates are ISO-8601 strings (instants in UTC with a Z), lists are arrays, a null cell is {@code null}.
 */
public final class JsonExportWriter {

    public static final String CONTENT_TYPE = "application/json";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /**
     * Writes the document and flushes; {@code out} stays open.
     *
     * @param meta   written first when not null: a map of strings, numbers, booleans, dates, lists and nested maps
     * @param tables written in order; two tables may not share a name
     */
    public void write(Map<String, ?> meta, List<ExportTable> tables, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            if (meta != null) {
                json.writeFieldName("meta");
                writeValue(json, meta);
            }
            json.writeObjectFieldStart("tables");
            Set<String> names = new HashSet<>();
            for (ExportTable table : tables) {
                if (!names.add(table.name())) {
                    throw new IllegalArgumentException("two tables are named " + table.name());
                }
                writeTable(json, table);
            }
            json.writeEndObject();
            json.writeEndObject();
            // flushed rows every few kilobytes already (the generator's buffer); this flushes the tail
            json.flush();
        }
    }

    private static void writeTable(JsonGenerator json, ExportTable table) throws IOException {
        List<String> columns = table.columns();
        json.writeArrayFieldStart(table.name());
        long rowNumber = 0;
        while (table.rows().hasNext()) {
            List<?> row = table.rows().next();
            rowNumber++;
            CellText.checkWidth(table.name(), columns, row, rowNumber);
            json.writeStartObject();
            for (int c = 0; c < columns.size(); c++) {
                json.writeFieldName(columns.get(c));
                writeValue(json, c < row.size() ? row.get(c) : null);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Writes one value of the kinds a cell or the meta object may hold. */
    static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                // JSON has no NaN; a string keeps the fact visible instead of writing invalid JSON
                json.writeString(Double.toString(d));
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof Number n) {
            json.writeNumber(new BigDecimal(n.toString()));
        } else if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof ZonedDateTime
                || value instanceof Instant) {
            json.writeString(CellText.of(value));
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                writeValue(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else {
            throw new IllegalArgumentException("unsupported value type " + value.getClass().getName());
        }
    }
}
