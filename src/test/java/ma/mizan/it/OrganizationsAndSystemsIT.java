package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Organizations, systems and stored assessments over HTTP: the life of a record, every error path of
 * the inputs, optimistic locking, and the immutable assessment history.
 */
class OrganizationsAndSystemsIT extends MizanIT {

    static final String CREDIT_PROFILE = """
            {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"], "description": "نموذج تقييم الملاءة الائتمانية — modèle de score",
             "personalData": {"processed": true, "categories": ["FINANCIAL", "IDENTITY"], "dataSubjects": ["CUSTOMERS"], "legalBasis": "CONTRACT"}}
            """;

    String system(String organizationId, String name, String profile) {
        String body = """
                {"organizationId": %s, "name": "%s", "version": "2.1", "intendedPurpose": "Score retail credit applications",
                 "lifecycle": "IN_SERVICE", "profile": %s}
                """.formatted(organizationId, name, profile);
        Api.Reply r = as(organizationId).post("api/v1/systems", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    static void assertProblem(Api.Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).startsWith("https://mizan.ma/problems/");
        assertThat(p.has("title")).isTrue();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static List<String> pointers(Api.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.get("pointer").asText()));
        return out;
    }

    @Test
    void anOrganizationIsCreatedReadListedReplacedAndDeleted() {
        String id = organization(false);
        Api.Reply read = api.get("api/v1/organizations/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"v1\"");
        assertThat(read.json().get("name").asText()).isEqualTo("Banque Atlas SA");
        assertThat(read.json().get("legalForm").asText()).isEqualTo("SA");

        Api.Reply list = api.get("api/v1/organizations?page=0&size=100");
        assertThat(list.json().get("total").asLong()).isPositive();
        assertThat(list.json().get("size").asInt()).isEqualTo(100);

        String ice = read.json().get("ice").asText();
        String replacement = """
                {"name": "Banque Atlas", "legalForm": "SA", "ice": "%s", "city": "Rabat", "sector": "Banking",
                 "contactEmail": "dpo@atlas.ma", "publicAuthority": false}""".formatted(ice);
        Api.Reply put = api.put("api/v1/organizations/" + id, replacement, "If-Match", read.header("ETag"));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.header("ETag")).isEqualTo("\"v2\"");
        assertThat(put.json().get("city").asText()).isEqualTo("Rabat");
        assertThat(put.json().has("rcNumber")).as("rcNumber was left out of the replacement").isFalse();

        assertThat(api.delete("api/v1/organizations/" + id, "If-Match", "\"v2\"").status()).isEqualTo(204);
        assertProblem(api.get("api/v1/organizations/" + id), 404);
    }

    @Test
    void everyBadFieldOfAnOrganizationIsReportedAtOnce() {
        Api.Reply r = api.post("api/v1/organizations", """
                {"name": "", "legalForm": "LLC", "ice": "12345", "city": "Fès", "sector": "Retail",
                 "contactEmail": "not-an-email", "publicAuthority": "yes", "website": "https://x.ma"}""");
        assertProblem(r, 400);
        assertThat(pointers(r)).contains("/name", "/legalForm", "/ice", "/contactEmail", "/publicAuthority", "/website");
        assertThat(r.body()).contains("unknown field 'website'");
    }

    @Test
    void aMissingRequiredFieldIsReportedWithItsPointer() {
        Api.Reply r = api.post("api/v1/organizations", "{\"name\": \"X\"}");
        assertProblem(r, 400);
        assertThat(pointers(r)).contains("/legalForm", "/ice", "/city", "/sector", "/contactEmail");
    }

    @Test
    void aSecondOrganizationWithTheSameIceIsRefused() {
        String id = organization(false);
        String ice = api.get("api/v1/organizations/" + id).json().get("ice").asText();
        Api.Reply r = api.post("api/v1/organizations", """
                {"name": "Copy", "legalForm": "SARL", "ice": "%s", "city": "Tanger", "sector": "Retail", "contactEmail": "a@b.ma"}"""
                .formatted(ice));
        assertProblem(r, 409);
        assertThat(pointers(r)).containsExactly("/ice");
    }

    @Test
    void malformedJsonWrongMediaTypeAndEmptyBodiesAreClientErrors() {
        assertProblem(api.post("api/v1/organizations", "{\"name\": "), 400);
        assertProblem(api.post("api/v1/organizations", "{} {}"), 400);
        assertProblem(api.post("api/v1/organizations", "[1, 2]"), 400);
        assertProblem(api.post("api/v1/organizations", "name=x", "Content-Type", "application/x-www-form-urlencoded"), 415);
        assertProblem(api.post("api/v1/organizations", "", "Content-Type", "application/json"), 400);
        assertProblem(api.send("PATCH", "api/v1/organizations/1", "{}"), 405);
        assertProblem(api.get("api/v1/no-such-resource"), 404);
        assertProblem(api.get("api/v1/organizations/abc"), 404);
        assertProblem(api.get("api/v1/organizations?size=1000&page=-1"), 400);
    }

    @Test
    void aBodyOverTheLimitIsRejectedWith413() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(api.post("api/v1/organizations", big), 413);
        assertProblem(api.post("api/v1/self-check", big), 413);
        assertProblem(api.postChunked("api/v1/self-check", big.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 413);
        String almost = "{\"name\": \"" + "x".repeat(1_000_000) + "\", \"role\": \"PROVIDER\"}";
        Api.Reply underTheLimit = api.post("api/v1/self-check", almost);
        assertProblem(underTheLimit, 400);
        assertThat(pointers(underTheLimit)).containsExactly("/name");
    }

    @Test
    void aStaleOrMissingIfMatchNeverOverwrites() {
        String id = organization(false);
        Api.Reply read = api.get("api/v1/organizations/" + id);
        String change = """
                {"name": "Renamed", "legalForm": "SA", "ice": "%s", "city": "Casablanca", "sector": "Banking", "contactEmail": "a@b.ma"}"""
                .formatted(read.json().get("ice").asText());
        assertProblem(api.put("api/v1/organizations/" + id, change), 428);
        assertThat(api.put("api/v1/organizations/" + id, change, "If-Match", "\"v1\"").status()).isEqualTo(200);
        Api.Reply stale = api.put("api/v1/organizations/" + id, change.replace("Renamed", "Lost update"), "If-Match", "\"v1\"");
        assertProblem(stale, 412);
        assertThat(stale.header("ETag")).isEqualTo("\"v2\"");
        assertThat(api.get("api/v1/organizations/" + id).json().get("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void twoConcurrentWritesWithTheSameETagNeverBothSucceed() throws Exception {
        String id = organization(false);
        String ice = api.get("api/v1/organizations/" + id).json().get("ice").asText();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Reply>> writes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String change = """
                    {"name": "Writer %d", "legalForm": "SA", "ice": "%s", "city": "Casablanca", "sector": "Banking", "contactEmail": "a@b.ma"}"""
                    .formatted(i, ice);
            writes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return api.put("api/v1/organizations/" + id, change, "If-Match", "\"v1\"");
            }));
        }
        start.countDown();
        List<Integer> statuses = writes.stream().map(CompletableFuture::join).map(Api.Reply::status).toList();
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 412, "200, 409 or 412");
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(api.get("api/v1/organizations/" + id).header("ETag")).isEqualTo("\"v2\"");
    }

    @Test
    void aSystemIsRegisteredWithItsProfileAndArabicTextSurvives() {
        String org = organization(false);
        String id = system(org, "Score Crédit نقاط", CREDIT_PROFILE);
        Api.Reply r = api.get("api/v1/systems/" + id);
        assertThat(r.status()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("organizationId").asText()).isEqualTo(org);
        assertThat(s.get("lifecycle").asText()).isEqualTo("IN_SERVICE");
        assertThat(s.get("registrationStatus").asText()).isEqualTo("DRAFT");
        assertThat(s.get("version").asText()).isEqualTo("2.1");
        assertThat(s.get("name").asText()).isEqualTo("Score Crédit نقاط");
        assertThat(s.at("/profile/name").asText()).as("Decision 13: the profile's name is the system's").isEqualTo("Score Crédit نقاط");
        assertThat(s.at("/profile/description").asText()).isEqualTo("نموذج تقييم الملاءة الائتمانية — modèle de score");
        assertThat(s.at("/profile/useAreas/0").asText()).isEqualTo("CREDITWORTHINESS");
        assertThat(s.has("latestRiskLevel")).isFalse();
    }

    @Test
    void everyBadFieldOfASystemAndItsProfileIsReportedWithPointersIntoTheProfile() {
        String org = organization(false);
        Api.Reply r = as(org).post("api/v1/systems", """
                {"organizationId": %s, "name": "X", "intendedPurpose": "p", "lifecycle": "LIVE",
                 "profile": {"role": "OWNER", "publicAuthority": true, "useAreas": ["CREDIT"], "scope": {"availableInMorocco": "true"},
                             "generalPurposeModel": {"trainingComputeFlop": "1e25"},
                             "personalData": {"transfers": [{"country": "XX"}, {"country": "fr"}]}, "colour": "blue"}}"""
                .formatted(org));
        assertProblem(r, 400);
        assertThat(pointers(r)).contains("/lifecycle", "/profile/role", "/profile/publicAuthority", "/profile/useAreas/0",
                "/profile/scope/availableInMorocco", "/profile/generalPurposeModel/trainingComputeFlop",
                "/profile/personalData/transfers/0/country", "/profile/personalData/transfers/1/country", "/profile/colour");
        assertThat(api.get("api/v1/systems?organizationId=" + org).json().get("total").asLong())
                .as("nothing half-written").isZero();
    }

    @Test
    void aProfileNameThatDisagreesWithTheSystemIsRefused() {
        String org = organization(false);
        Api.Reply r = as(org).post("api/v1/systems", """
                {"organizationId": %s, "name": "A", "intendedPurpose": "p", "lifecycle": "IN_DEVELOPMENT", "profile": {"name": "B", "role": "PROVIDER"}}"""
                .formatted(org));
        assertProblem(r, 400);
        assertThat(pointers(r)).containsExactly("/profile/name");
        Api.Reply unknownOrg = as(org).post("api/v1/systems", """
                {"organizationId": 999999999, "name": "A", "intendedPurpose": "p", "lifecycle": "IN_DEVELOPMENT", "profile": {"role": "PROVIDER"}}""");
        assertProblem(unknownOrg, 404);
    }

    @Test
    void systemsAreFilteredAndPaginated() {
        String org = organization(false);
        for (int i = 0; i < 3; i++) {
            system(org, "Chatbot " + i, "{\"role\": \"PROVIDER\", \"transparency\": {\"interactsWithNaturalPersons\": true}}");
        }
        String credit = system(org, "Zeta credit", CREDIT_PROFILE);
        Api.Reply page = api.get("api/v1/systems?organizationId=" + org + "&size=2&page=1");
        assertThat(page.json().get("total").asInt()).isEqualTo(4);
        assertThat(page.json().get("items").size()).isEqualTo(2);
        assertThat(page.json().at("/items/0/name").asText()).isEqualTo("Chatbot 2");
        assertThat(api.get("api/v1/systems?organizationId=" + org + "&q=zeta").json().get("total").asInt()).isEqualTo(1);
        as(org).post("api/v1/systems/" + credit + "/assessments", null);
        Api.Reply high = api.get("api/v1/systems?organizationId=" + org + "&riskLevel=HIGH");
        assertThat(high.json().get("total").asInt()).isEqualTo(1);
        assertThat(high.json().at("/items/0/id").asText()).isEqualTo(credit);
        Api.Reply bad = api.get("api/v1/systems?riskLevel=SEVERE&lifecycle=x&organizationId=-4");
        assertProblem(bad, 400);
        assertThat(pointers(bad)).containsExactlyInAnyOrder("?riskLevel", "?lifecycle", "?organizationId");
    }

    @Test
    void anAssessmentIsStoredImmutablyWithItsProfileSnapshotAndRuleBase() {
        String org = organization(false);
        String id = system(org, "Score crédit", CREDIT_PROFILE);
        Api.Reply first = as(org).post("api/v1/systems/" + id + "/assessments?asAt=2026-11-22", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).endsWith("/systems/" + id + "/assessments/" + first.json().get("id").asText());
        JsonNode a = first.json();
        assertThat(a.at("/result/riskLevel").asText()).isEqualTo("HIGH");
        assertThat(a.at("/result/highRiskBasis/0").asText()).isEqualTo("CREDITWORTHINESS");
        assertThat(a.at("/result/asAt").asText()).isEqualTo("2026-11-22");
        assertThat(a.at("/ruleBase/hash").asText()).hasSize(64).isEqualTo(a.at("/result/ruleBase/hash").asText());
        assertThat(a.at("/profile/useAreas/0").asText()).isEqualTo("CREDITWORTHINESS");
        assertThat(a.at("/result/trace").size()).isPositive();
        JsonNode citations = a.at("/result/citations");
        assertThat(citations.findValuesAsText("id")).contains("ma-ai-draft/annex-iii.5.b");

        // The profile changes: the old assessment keeps the old snapshot.
        Api.Reply current = api.get("api/v1/systems/" + id);
        assertThat(current.json().get("latestRiskLevel").asText()).isEqualTo("HIGH");
        String changed = """
                {"organizationId": %s, "name": "Score crédit", "intendedPurpose": "Marketing segmentation", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER", "useAreas": ["OTHER"]}}""".formatted(org);
        Api.Reply put = as(org).put("api/v1/systems/" + id, changed, "If-Match", current.header("ETag"));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().has("latestRiskLevel")).as("a changed profile makes the latest tier stale").isFalse();
        Api.Reply second = as(org).post("api/v1/systems/" + id + "/assessments", null, "Accept-Language", "fr-MA, fr;q=0.9");
        assertThat(second.json().at("/result/riskLevel").asText()).isEqualTo("LOW");
        assertThat(second.json().at("/result/language").asText()).isEqualTo("fr");

        Api.Reply history = api.get("api/v1/systems/" + id + "/assessments");
        assertThat(history.json().get("total").asInt()).isEqualTo(2);
        assertThat(history.json().at("/items/0/id").asText()).as("newest first").isEqualTo(second.json().get("id").asText());
        Api.Reply old = api.get("api/v1/systems/" + id + "/assessments/" + a.get("id").asText());
        assertThat(old.json().at("/result/riskLevel").asText()).isEqualTo("HIGH");
        assertThat(old.json().at("/profile/useAreas/0").asText()).isEqualTo("CREDITWORTHINESS");

        assertProblem(api.send("PUT", "api/v1/systems/" + id + "/assessments/" + a.get("id").asText(), "{}"), 405);
        assertProblem(as(org).delete("api/v1/systems/" + id + "/assessments/" + a.get("id").asText()), 405);
        assertProblem(as(org).post("api/v1/systems/" + id + "/assessments?asAt=22/11/2026", null), 400);
        assertProblem(api.get("api/v1/systems/999999999/assessments"), 404);
        assertProblem(api.get("api/v1/systems/" + id + "/assessments/999999999"), 404);
    }

    @Test
    void aSystemWithAssessmentsCannotBeDeletedNorAnOrganizationWithSystems() {
        String org = organization(false);
        String id = system(org, "Kept", CREDIT_PROFILE);
        as(org).post("api/v1/systems/" + id + "/assessments", null);
        Api.Reply s = api.get("api/v1/systems/" + id);
        assertProblem(as(org).delete("api/v1/systems/" + id, "If-Match", s.header("ETag")), 409);
        Api.Reply o = api.get("api/v1/organizations/" + org);
        assertProblem(api.delete("api/v1/organizations/" + org, "If-Match", o.header("ETag")), 409);
        String draft = system(org, "Draft only", "{\"role\": \"PROVIDER\"}");
        Api.Reply d = api.get("api/v1/systems/" + draft);
        assertThat(as(org).delete("api/v1/systems/" + draft, "If-Match", d.header("ETag")).status()).isEqualTo(204);
    }

    @Test
    void aPublicAuthoritysFlagReachesTheProfile() {
        String org = organization(true);
        String id = system(org, "Allocation des aides", """
                {"role": "DEPLOYER", "useAreas": ["PUBLIC_BENEFITS"]}""");
        assertThat(api.get("api/v1/systems/" + id).json().at("/profile/publicAuthority").asBoolean()).isTrue();
        Api.Reply a = as(org).post("api/v1/systems/" + id + "/assessments", null);
        assertThat(a.json().at("/profile/publicAuthority").asBoolean()).isTrue();
        assertThat(a.json().at("/result/riskLevel").asText()).isEqualTo("HIGH");
    }

    @Test
    void anOnDemandReassessmentReportsEverySystemWithItsProgress() throws Exception {
        String org = organization(false);
        String id = system(org, "Re-assessed", CREDIT_PROFILE);
        as(org).post("api/v1/systems/" + id + "/assessments", null);
        Api.Reply started = api.post("api/v1/reassessments", null);
        assertThat(started.status()).as(started.toString()).isIn(202, 409);
        JsonNode run = null;
        for (int i = 0; i < 100; i++) {
            JsonNode latest = api.get("api/v1/reassessments").json().at("/items/0");
            if (latest.get("status").asText().equals("COMPLETED")) {
                run = latest;
                break;
            }
            Thread.sleep(200);
        }
        assertThat(run).as("the run completes").isNotNull();
        assertThat(run.get("processed").asLong()).isEqualTo(run.get("totalSystems").asLong());
        assertThat(run.get("batchStatus").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("ruleBaseHash").asText()).isEqualTo(api.get("api/v1/rule-base").json().get("hash").asText());
        Api.Reply report = api.get("api/v1/reassessments/" + run.get("id").asText() + "/changes?size=100");
        assertThat(report.json().get("total").asLong()).isEqualTo(run.get("processed").asLong());
        assertThat(api.get("api/v1/systems/" + id + "/assessments").json().get("total").asInt()).isEqualTo(2);
        assertProblem(api.get("api/v1/reassessments/999999"), 404);
        assertProblem(api.get("api/v1/reassessments/" + run.get("id").asText() + "/changes?changedOnly=maybe"), 400);
    }
}
