package ma.mizan.platform.control;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.mizan.platform.entity.Problem.FieldError;

/**
 * Reads request bodies strictly: the raw JSON is checked against the JSON Schema of the resource, every
 * violation reported at once with its JSON pointer, and only a body that passes is bound to Java. The
 * platform's default binding would ignore unknown fields and coerce wrong types; a typo in a profile must
 * never change a classification silently (contract: unknown fields are rejected).
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    private StrictJson() {
    }

    /** Parses and validates; throws a 400 problem listing every violation. */
    public static JsonNode validate(byte[] body, String schemaName) {
        JsonNode tree = parse(body);
        List<FieldError> errors = violations(tree, schemaName);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return tree;
    }

    public static <T> T read(byte[] body, String schemaName, Class<T> type) {
        JsonNode tree = validate(body, schemaName);
        return bind(tree, type);
    }

    public static <T> T bind(JsonNode tree, Class<T> type) {
        return JSONB.fromJson(tree.toString(), type);
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("", "The request body is empty; a JSON object is expected.");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonParseException e) {
            var loc = e.getLocation();
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + "): "
                            + e.getOriginalMessage(), List.of(), Map.of());
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the schema, plus the checks JSON Schema cannot express (ISO country codes). */
    public static List<FieldError> violations(JsonNode tree, String schemaName) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaName, StrictJson::load);
        List<FieldError> errors = new ArrayList<>();
        for (ValidationMessage m : schema.validate(tree)) {
            String pointer = m.getInstanceLocation().toString();
            if (("additionalProperties".equals(m.getType()) || "required".equals(m.getType())) && m.getProperty() != null) {
                pointer = pointer + "/" + m.getProperty();
            }
            String detail = switch (m.getType()) {
                case "additionalProperties" -> "unknown field '" + m.getProperty() + "'";
                case "required" -> "required field '" + m.getProperty() + "' is missing";
                default -> m.getError();
            };
            errors.add(new FieldError(pointer, detail));
        }
        countries(tree, "", errors);
        errors.sort(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail));
        return errors;
    }

    /** Any string field named "country" must be an ISO 3166-1 alpha-2 code known to the JDK. */
    private static void countries(JsonNode node, String pointer, List<FieldError> errors) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                JsonNode v = e.getValue();
                if ("country".equals(e.getKey()) && v.isTextual() && v.asText().matches("[A-Z]{2}") && !COUNTRIES.contains(v.asText())) {
                    errors.add(new FieldError(p, "'" + v.asText() + "' is not an ISO 3166-1 alpha-2 country code"));
                } else {
                    countries(v, p, errors);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                countries(node.get(i), pointer + "/" + i, errors);
            }
        }
    }

    private static JsonSchema load(String name) {
        String path = "schemas/" + name + ".schema.json";
        try (InputStream in = StrictJson.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + path);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
