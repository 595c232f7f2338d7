package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public self-check, the legal texts, the rule-base identity, health and the OpenAPI document. */
class SelfCheckAndLawIT extends MizanIT {

    static final String RECRUITMENT = """
            {"name": "Tri de CV — فرز السير الذاتية", "role": "PROVIDER", "useAreas": ["EMPLOYMENT_RECRUITMENT"],
             "description": "Classe les candidatures pour un ministère", "personalData": {"processed": true, "categories": ["IDENTITY", "PROFESSIONAL"]}}
            """;

    @Test
    void aRecruitmentToolIsHighRiskWithItsCitationAndTrace() {
        Api.Reply r = api.post("api/v1/self-check?asAt=2026-11-22", RECRUITMENT);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(a.get("highRiskBasis").toString()).isEqualTo("[\"EMPLOYMENT_RECRUITMENT\"]");
        assertThat(a.get("derogationApplied").asBoolean()).isFalse();
        assertThat(a.get("generalPurposeModel").asText()).isEqualTo("NONE");
        assertThat(a.at("/cndp/applies").asBoolean()).isTrue();
        assertThat(a.get("asAt").asText()).isEqualTo("2026-11-22");
        assertThat(a.at("/ruleBase/version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(a.at("/ruleBase/hash").asText()).matches("[0-9a-f]{64}");
        boolean citesAnnex = false;
        for (JsonNode t : a.get("trace")) {
            assertThat(t.get("rule").asText()).isNotBlank();
            assertThat(t.get("legalRefs").size()).isPositive();
            citesAnnex |= t.get("legalRefs").toString().contains("ma-ai-draft/annex-iii.4.a");
        }
        assertThat(citesAnnex).as("the trace cites Annex III point 4(a)").isTrue();
        for (JsonNode o : a.get("obligations")) {
            assertThat(o.get("title").asText()).isNotBlank();
            assertThat(o.get("because").asText()).isNotBlank();
            assertThat(o.get("appliesFrom").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(o.has("inForce")).isTrue();
            for (JsonNode ref : o.get("legalRefs")) {
                assertThat(api.get("api/v1/legal-texts/" + ref.asText()).status()).as("citation %s resolves", ref).isEqualTo(200);
            }
        }
    }

    @Test
    void theSelfCheckIsDeterministicAndStoresNothing() {
        long before = api.get("api/v1/systems").json().get("total").asLong();
        JsonNode a = api.post("api/v1/self-check?asAt=2026-11-22", RECRUITMENT).json();
        JsonNode b = api.post("api/v1/self-check?asAt=2026-11-22", RECRUITMENT).json();
        assertThat(a).isEqualTo(b);
        assertThat(api.get("api/v1/systems").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void theAnswerIsInFrenchWhenAskedAndEnglishOtherwise() {
        JsonNode fr = api.post("api/v1/self-check", RECRUITMENT, "Accept-Language", "fr").json();
        JsonNode en = api.post("api/v1/self-check", RECRUITMENT, "Accept-Language", "de, en;q=0.5").json();
        JsonNode none = api.post("api/v1/self-check", RECRUITMENT).json();
        assertThat(fr.get("language").asText()).isEqualTo("fr");
        assertThat(en.get("language").asText()).isEqualTo("en");
        assertThat(none.get("language").asText()).isEqualTo("en");
        String literacyFr = title(fr, "AI-LITERACY");
        String literacyEn = title(en, "AI-LITERACY");
        assertThat(literacyFr).contains("maîtrise");
        assertThat(literacyEn).contains("literacy");
        assertThat(fr.get("riskLevel")).isEqualTo(en.get("riskLevel"));
        assertThat(fr.at("/trace/0/rule")).as("rule names are stable identifiers").isEqualTo(en.at("/trace/0/rule"));
        assertThat(fr.at("/trace/0/explanation").asText()).isNotEqualTo(en.at("/trace/0/explanation").asText());
    }

    private static String title(JsonNode a, String code) {
        for (JsonNode o : a.get("obligations")) {
            if (o.get("code").asText().equals(code)) {
                return o.get("title").asText();
            }
        }
        throw new AssertionError(code + " not in " + a.get("obligations"));
    }

    @Test
    void obligationsSayWhetherTheyAreInForceAtTheAssessmentDate() {
        JsonNode early = api.post("api/v1/self-check?asAt=2020-01-01", RECRUITMENT).json();
        JsonNode late = api.post("api/v1/self-check?asAt=2030-01-01", RECRUITMENT).json();
        assertThat(early.get("riskLevel")).as("dates never change the tier").isEqualTo(late.get("riskLevel"));
        for (JsonNode o : early.get("obligations")) {
            // the working model assumes dates from 2025 on; Law 09-08 applies since 2009
            boolean aiLaw = o.get("legalRefs").toString().contains("ma-ai-draft/");
            assertThat(o.get("inForce").asBoolean()).as("%s in 2020", o.get("code")).isEqualTo(!aiLaw);
        }
        for (JsonNode o : late.get("obligations")) {
            assertThat(o.get("inForce").asBoolean()).as("%s in 2030", o.get("code")).isTrue();
        }
    }

    @Test
    void badProfilesGetEveryErrorAndNeverA5xx() {
        Api.Reply r = api.post("api/v1/self-check", """
                {"role": "PROVIDER", "publicAuthority": "false", "useAreas": "CREDITWORTHINESS", "practices": {"socialScoring": 1},
                 "generalPurposeModel": {"trainingComputeFlop": -1}, "personalData": {"categories": ["DNA"], "transfers": [{"ground": "NONE"}]},
                 "extra": true}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        Set<String> pointers = new HashSet<>();
        r.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertThat(pointers).contains("/name", "/publicAuthority", "/useAreas", "/practices/socialScoring",
                "/generalPurposeModel/trainingComputeFlop", "/personalData/categories/0", "/personalData/transfers/0/country", "/extra");
        assertThat(api.post("api/v1/self-check", "{\"name\": \"x\", \"role\": \"PROVIDER\"}", "Content-Type", "text/plain").status()).isEqualTo(415);
        assertThat(api.post("api/v1/self-check", "{\"name\": \"x\",").status()).isEqualTo(400);
        assertThat(api.post("api/v1/self-check?asAt=tomorrow", "{\"name\": \"x\", \"role\": \"PROVIDER\"}").status()).isEqualTo(400);
        assertThat(api.post("api/v1/self-check", "{\"name\": \"x\", \"role\": \"PROVIDER\", \"generalPurposeModel\": {\"trainingComputeFlop\": 1e400}}")
                .status()).isLessThan(500);
    }

    @Test
    void legalTextsAreListedAndReadByIdsContainingASlash() {
        Api.Reply all = api.get("api/v1/legal-texts");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().size()).isGreaterThan(100);
        Api.Reply art11 = api.get("api/v1/legal-texts/ma-law-09-08/art-11");
        assertThat(art11.status()).isEqualTo(200);
        JsonNode t = art11.json();
        assertThat(t.get("status").asText()).isEqualTo("in-force");
        assertThat(t.at("/title/fr").asText()).isNotBlank();
        assertThat(t.at("/summary/en").asText()).hasSizeGreaterThan(200);
        assertThat(t.get("source").asText()).contains("5714");
        JsonNode draft = api.get("api/v1/legal-texts/ma-ai-draft/art-5").json();
        assertThat(draft.get("status").asText()).isEqualTo("draft-working-model");
        assertThat(draft.get("follows").asText()).isEqualTo("eu-ai-act/art-5");
        assertThat(api.get("api/v1/legal-texts?instrument=ma-cndp-350-2013").json().size()).isEqualTo(1);
        assertThat(api.get("api/v1/legal-texts/ma-law-09-08/art-999").status()).isEqualTo(404);
    }

    @Test
    void theRuleBaseReportsItsVersionHashAndRules() {
        JsonNode rb = api.get("api/v1/rule-base").json();
        assertThat(rb.get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(rb.get("rules").size()).isPositive();
        for (JsonNode rule : rb.get("rules")) {
            assertThat(rule.get("legalRefs").size()).as(rule.get("name").asText()).isPositive();
        }
        JsonNode check = api.post("api/v1/self-check", RECRUITMENT).json();
        assertThat(check.at("/ruleBase/hash").asText()).isEqualTo(rb.get("hash").asText());
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertThat(api.get(root + "/health/ready").body()).contains(rb.get("hash").asText());
        assertThat(api.get(root + "/health/live").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Api.Reply doc = api.get(root + "/openapi", "Accept", "application/json");
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            names.add(it.next().replaceFirst("^/mizan", ""));
        }
        assertThat(names).contains("/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/systems", "/api/v1/systems/{id}",
                "/api/v1/systems/{systemId}/assessments", "/api/v1/systems/{systemId}/assessments/{id}", "/api/v1/self-check",
                "/api/v1/legal-texts", "/api/v1/rule-base");
        assertThat(api.get(root + "/metrics").status()).isEqualTo(200);
    }
}
