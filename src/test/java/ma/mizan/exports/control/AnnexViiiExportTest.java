package ma.mizan.exports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.mizan.exports.control.AnnexViiiExport.Section;
import ma.mizan.exports.entity.AnnexViiiInput;

class AnnexViiiExportTest {

    final AnnexViiiExport export = new AnnexViiiExport();

    static AnnexViiiInput input(String lifecycle, List<String> basis, List<String> codes) {
        return new AnnexViiiInput(
                new AnnexViiiInput.Organization("Atlas Assurances", "SA", "001234567000089", "RC 12345", "Casablanca",
                        "insurance", "conformite@atlas.ma", true),
                new AnnexViiiInput.SystemRecord("sys-42", "ScoreCrédit", "2.1.0", "Classement des demandes de crédit",
                        "Évaluer la solvabilité des demandeurs", lifecycle, "REGISTERED", "MA-AI-2026-000042"),
                new AnnexViiiInput.AssessmentRecord("HIGH", "PROVIDER", basis, false, codes, "0.1.0", "ab12cd34",
                        Instant.parse("2026-12-02T10:00:00Z")));
    }

    static AnnexViiiInput withCodes(String... codes) {
        return input("IN_SERVICE", List.of("ma-ai-draft/annex-iii.5.b"), List.of(codes));
    }

    @Test
    void aProviderWithTheRegistrationDutyGetsSectionAOnly() {
        assertThat(export.sections(withCodes("RISK-MANAGEMENT", "REGISTRATION"))).containsExactly(Section.A);
    }

    @Test
    void aProviderRelyingOnTheDerogationGetsSectionBOnly() {
        assertThat(export.sections(withCodes("NOT-HIGH-RISK-DOCUMENTATION"))).containsExactly(Section.B);
    }

    @Test
    void aPublicDeployerGetsSectionCOnly() {
        assertThat(export.sections(withCodes("DEPLOYER-REGISTRATION", "HUMAN-OVERSIGHT"))).containsExactly(Section.C);
    }

    @Test
    void anOrganizationThatIsBothProviderAndPublicDeployerGetsAAndC() throws IOException {
        JsonNode json = export.toJson(withCodes("DEPLOYER-REGISTRATION", "REGISTRATION"));
        assertThat(json.path("applicableSections").toString()).isEqualTo("[\"A\",\"C\"]");
        assertThat(json.path("sections").has("B")).isFalse();
    }

    @Test
    void aSystemWithoutARegistrationDutyNeedNotBeRegisteredAndIsRefused() {
        AnnexViiiInput input = withCodes("TRANSPARENCY-INTERACTION", "AI-LITERACY");
        assertThat(export.mustRegister(input)).isFalse();
        assertThat(export.mustRegister(withCodes("REGISTRATION"))).isTrue();
        assertThatThrownBy(() -> export.toJson(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sys-42").hasMessageContaining("Annex VIII does not apply");
    }

    @Test
    void everyItemOfEachSectionIsPresentAndNumberedAsInTheAnnex() {
        JsonNode json = export.toJson(withCodes("REGISTRATION", "NOT-HIGH-RISK-DOCUMENTATION", "DEPLOYER-REGISTRATION"));
        assertThat(numbers(json, Section.A)).isEqualTo(IntStream.rangeClosed(1, 13).boxed().toList());
        assertThat(numbers(json, Section.B)).isEqualTo(IntStream.rangeClosed(1, 9).boxed().toList());
        assertThat(numbers(json, Section.C)).isEqualTo(IntStream.rangeClosed(1, 5).boxed().toList());
        for (Section s : Section.values()) {
            for (JsonNode item : AnnexViiiExport.items(json, s)) {
                assertThat(item.path("item").asText()).isEqualTo(s.name() + "." + item.path("number").asInt());
                assertThat(item.path("label").asText()).isNotBlank();
                assertThat(item.has("value")).isTrue();
                assertThat(item.path("notRecordedInMizan").isBoolean()).as(item.toString()).isTrue();
                // the marker and the value never contradict each other
                assertThat(item.path("value").isNull()).isEqualTo(item.path("notRecordedInMizan").asBoolean());
            }
            assertThat(json.at("/sections/" + s.name() + "/legalBasis/id").asText()).isEqualTo(s.article());
        }
        assertThat(json.at("/sections/A/legalBasis/follows").asText()).isEqualTo("eu-ai-act/art-49.1");
        assertThat(json.at("/legalBasis/id").asText()).isEqualTo("ma-ai-draft/annex-viii");
    }

    @Test
    void whatMizanHoldsIsFilledInAndWhatItLacksIsMarkedNeverInvented() {
        JsonNode a = AnnexViiiExport.items(export.toJson(withCodes("REGISTRATION")), Section.A);
        JsonNode provider = a.get(0);
        assertThat(provider.at("/value/name").asText()).isEqualTo("Atlas Assurances");
        assertThat(provider.at("/value/ice").asText()).isEqualTo("001234567000089");
        assertThat(provider.at("/value/city").asText()).isEqualTo("Casablanca");
        assertThat(provider.path("fieldsNotRecordedInMizan").toString()).isEqualTo("[\"streetAddress\"]");
        assertThat(a.get(3).at("/value/tradeName").asText()).isEqualTo("ScoreCrédit");
        assertThat(a.get(3).at("/value/softwareVersion").asText()).isEqualTo("2.1.0");
        assertThat(a.get(4).at("/value/intendedPurpose").asText()).isEqualTo("Évaluer la solvabilité des demandeurs");
        assertThat(a.get(6).at("/value/annexStatus").asText()).isEqualTo("IN_SERVICE");
        for (int n : new int[] {2, 3, 6, 8, 9, 10, 11, 12, 13}) {
            JsonNode item = a.get(n - 1);
            assertThat(item.path("value").isNull()).as("A.%d", n).isTrue();
            assertThat(item.path("notRecordedInMizan").asBoolean()).as("A.%d", n).isTrue();
        }
    }

    @Test
    void theDerogationIsRecordedButNotTheConditionReliedOn() {
        JsonNode b = AnnexViiiExport.items(export.toJson(withCodes("NOT-HIGH-RISK-DOCUMENTATION")), Section.B);
        JsonNode conditions = b.get(5);
        assertThat(conditions.path("item").asText()).isEqualTo("B.6");
        assertThat(conditions.at("/value/conditionsReliedOn").isNull()).isTrue();
        assertThat(conditions.path("fieldsNotRecordedInMizan").toString()).isEqualTo("[\"conditionsReliedOn\"]");
    }

    @Test
    void lifecycleValuesMapToAnnexStatusesAndUnknownOnesAreCarriedWithoutAStatus() {
        assertThat(status("RETIRED").at("/value/annexStatus").asText()).isEqualTo("NO_LONGER_ON_THE_MARKET_OR_IN_SERVICE");
        assertThat(status("withdrawn").at("/value/annexStatus").asText()).isEqualTo("NO_LONGER_ON_THE_MARKET_OR_IN_SERVICE");
        JsonNode development = status("IN_DEVELOPMENT");
        assertThat(development.at("/value/annexStatus").isNull()).isTrue();
        assertThat(development.path("note").asText()).contains("still in development");
        JsonNode unknown = status("PILOT");
        assertThat(unknown.at("/value/annexStatus").isNull()).isTrue();
        assertThat(unknown.at("/value/mizanLifecycle").asText()).isEqualTo("PILOT");
        assertThat(unknown.path("note").asText()).contains("PILOT");
        assertThat(status(null).path("notRecordedInMizan").asBoolean()).isTrue();
    }

    @Test
    void instructionsForUseCarryTheLawEnforcementNoteOnlyForAnnexIiiPointsOneSixAndSeven() {
        JsonNode biometric = AnnexViiiExport.items(export.toJson(input("IN_SERVICE",
                List.of("ma-ai-draft/annex-iii.1.a"), List.of("REGISTRATION"))), Section.A).get(11);
        assertThat(biometric.path("note").asText()).contains("not required");
        JsonNode credit = AnnexViiiExport.items(export.toJson(withCodes("REGISTRATION")), Section.A).get(11);
        assertThat(credit.has("note")).isFalse();
    }

    @Test
    void theCitedLegalTextsExistInTheRepository() {
        Path root = Path.of(System.getProperty("mizan.repo", "."), "legal-texts");
        List<String> ids = new ArrayList<>(List.of(AnnexViiiExport.ANNEX, AnnexViiiExport.ANNEX_FOLLOWS));
        for (Section s : Section.values()) {
            ids.add(s.article());
            ids.add(s.article().replace("ma-ai-draft/", "eu-ai-act/"));
        }
        for (String id : ids) {
            assertThat(Files.exists(root.resolve(id + ".md"))).as(id).isTrue();
        }
    }

    @Test
    void theWrittenDocumentIsJsonWithArabicAndAccentsIntact() throws IOException {
        AnnexViiiInput input = new AnnexViiiInput(
                new AnnexViiiInput.Organization("شركة الأطلس للتأمين", null, null, null, null, null, null, false),
                new AnnexViiiInput.SystemRecord("sys-1", "Tri des CV", null, null, null, null, null, null),
                new AnnexViiiInput.AssessmentRecord("HIGH", "PROVIDER", null, false, List.of("REGISTRATION"), "0.1.0",
                        "ab", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(input, out);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.at("/sections/A/items/0/value/name").asText()).isEqualTo("شركة الأطلس للتأمين");
        assertThat(json.at("/sections/A/items/6/notRecordedInMizan").asBoolean()).isTrue();
        assertThat(json.at("/assessment/assessedAt").isNull()).isTrue();
    }

    private JsonNode status(String lifecycle) {
        return AnnexViiiExport.items(export.toJson(input(lifecycle, List.of(), List.of("REGISTRATION"))), Section.A)
                .get(6);
    }

    private static List<Integer> numbers(JsonNode json, Section section) {
        List<Integer> numbers = new ArrayList<>();
        AnnexViiiExport.items(json, section).forEach(i -> numbers.add(i.path("number").asInt()));
        return numbers;
    }
}
