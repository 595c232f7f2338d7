package ma.mizan.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.DataCategory;
import ma.mizan.assessment.entity.DataSubject;
import ma.mizan.assessment.entity.LawEnforcementException;
import ma.mizan.assessment.entity.LegalBasis;
import ma.mizan.assessment.entity.Role;
import ma.mizan.assessment.entity.TransferGround;
import ma.mizan.assessment.entity.UseArea;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every enum value of the contract is accepted by the schema and assessed without error, and the Java
 * enums, the JSON Schema and the contract list the same values.
 */
class ContractEnumsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode schema() throws IOException {
        try (InputStream in = ContractEnumsTest.class.getClassLoader().getResourceAsStream("schemas/ai-system-profile.schema.json")) {
            return JSON.readTree(in);
        }
    }

    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    static List<String> schemaEnum(JsonNode node) {
        JsonNode values = node.has("items") ? node.get("items").get("enum") : node.get("enum");
        return Stream.of(JSON.convertValue(values, String[].class)).toList();
    }

    @Test
    void theSchemaAndTheJavaEnumsListTheSameValues() throws IOException {
        JsonNode p = schema().get("properties");
        assertThat(schemaEnum(p.get("role"))).containsExactlyElementsOf(names(Role.class));
        assertThat(schemaEnum(p.get("useAreas"))).containsExactlyElementsOf(names(UseArea.class));
        assertThat(schemaEnum(p.at("/biometrics/properties/lawEnforcementException"))).containsExactlyElementsOf(names(LawEnforcementException.class));
        JsonNode pd = p.at("/personalData/properties");
        assertThat(schemaEnum(pd.get("categories"))).containsExactlyElementsOf(names(DataCategory.class));
        assertThat(schemaEnum(pd.get("dataSubjects"))).containsExactlyElementsOf(names(DataSubject.class));
        assertThat(schemaEnum(pd.get("legalBasis"))).containsExactlyElementsOf(names(LegalBasis.class));
        assertThat(schemaEnum(pd.at("/transfers/items/properties/ground"))).containsExactlyElementsOf(names(TransferGround.class));
    }

    @TestFactory
    Stream<DynamicTest> everyEnumValueIsAcceptedAndAssessed() {
        record Use(String value, Function<String, String> profile) {
        }
        Stream<Use> uses = Stream.of(
                names(Role.class).stream().map(v -> new Use(v, x -> "{\"role\": \"" + x + "\"}")),
                names(UseArea.class).stream().map(v -> new Use(v, x -> "{\"useAreas\": [\"" + x + "\"]}")),
                names(LawEnforcementException.class).stream().map(v -> new Use(v,
                        x -> "{\"biometrics\": {\"remoteIdentification\": true, \"realTime\": true, \"lawEnforcementUse\": true, "
                                + "\"publiclyAccessibleSpace\": true, \"lawEnforcementException\": \"" + x + "\"}}")),
                names(DataCategory.class).stream().map(v -> new Use(v, x -> "{\"personalData\": {\"processed\": true, \"categories\": [\"" + x + "\"]}}")),
                names(DataSubject.class).stream().map(v -> new Use(v, x -> "{\"personalData\": {\"processed\": true, \"dataSubjects\": [\"" + x + "\"]}}")),
                names(LegalBasis.class).stream().map(v -> new Use(v, x -> "{\"personalData\": {\"processed\": true, \"legalBasis\": \"" + x + "\"}}")),
                names(TransferGround.class).stream().map(v -> new Use(v,
                        x -> "{\"personalData\": {\"processed\": true, \"transfers\": [{\"country\": \"SN\", \"ground\": \"" + x + "\"}]}}")))
                .flatMap(Function.identity());
        return uses.map(u -> DynamicTest.dynamicTest(u.value(), () -> {
            AssessmentResult r = RuleCasesTest.run(JSON.readTree(u.profile().apply(u.value())), "en");
            assertThat(r.riskLevel()).isNotNull();
            assertThat(r.trace()).isNotEmpty();
        }));
    }
}
