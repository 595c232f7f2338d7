package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix: every operation of the OpenAPI document, called as every kind of caller, on
 * organization A's records, with the exact outcome of each cell. The operations come from the OpenAPI
 * document, so an operation without a row fails the test; access is denied by default and every
 * denial is asserted.
 */
class AccessIT extends MizanIT {

    /** The callers, in the order of the expected statuses of each row. */
    static final List<String> CALLERS = List.of("anonymous", "admin", "regulator", "auditor of A", "auditor after window",
            "org admin of A", "org member of A", "org admin of B", "API key of A");

    record Call(String method, String path, String body, String... headers) {
    }

    record Row(Supplier<Call> call, int... expected) {
    }

    private Map<String, Api> callers;
    private String orgA;
    private String systemA;
    private String assessmentA;
    private String runId;
    private String registrationNumber;

    private Map<String, Api> callers() throws Exception {
        if (callers != null) {
            return callers;
        }
        orgA = organization(false);
        String orgB = organization(false);
        Api adminA = as(orgA);
        systemA = adminA.post("api/v1/systems", """
                {"organizationId": %s, "name": "Matrix system", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"]}}""".formatted(orgA)).json().get("id").asText();
        assessmentA = adminA.post("api/v1/systems/" + systemA + "/assessments", null).json().get("id").asText();
        Api auditor = user("AUDITOR", null);
        Api late = user("AUDITOR", null);
        assign(auditor, orgA, "2000-01-01", "2999-12-31");
        assign(late, orgA, "2000-01-01", "2000-12-31");
        String key = adminA.post("api/v1/organizations/" + orgA + "/api-keys", "{\"name\": \"ci\"}").json().get("key").asText();
        api.post("api/v1/reassessments", null);
        for (int i = 0; i < 100 && runId == null; i++) {
            JsonNode latest = api.get("api/v1/reassessments").json().at("/items/0");
            if (!latest.isMissingNode() && !latest.get("status").asText().equals("RUNNING")) {
                runId = latest.get("id").asText();
            }
            Thread.sleep(200);
        }
        Api regulator = user("REGULATOR", null);
        adminA.post("api/v1/systems/" + systemA + "/review/submit", null);
        regulator.post("api/v1/systems/" + systemA + "/review/take", null);
        registrationNumber = regulator.post("api/v1/systems/" + systemA + "/review/register", null).json().get("registrationNumber").asText();
        callers = new LinkedHashMap<>();
        callers.put("anonymous", anonymous);
        callers.put("admin", api);
        callers.put("regulator", regulator);
        callers.put("auditor of A", auditor);
        callers.put("auditor after window", late);
        callers.put("org admin of A", adminA);
        callers.put("org member of A", user("ORG_MEMBER", orgA));
        callers.put("org admin of B", as(orgB));
        callers.put("API key of A", anonymous.withApiKey(key));
        return callers;
    }

    private void assign(Api auditor, String organizationId, String from, String to) {
        long userId = auditorId(auditor);
        Api.Reply r = api.post("api/v1/auditor-assignments", """
                {"userId": %d, "organizationId": %s, "validFrom": "%s", "validTo": "%s"}""".formatted(userId, organizationId, from, to));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private long auditorId(Api auditor) {
        String name = auditor.get("api/v1/auth/me").json().get("name").asText();
        for (JsonNode u : api.get("api/v1/users").json()) {
            if (u.get("username").asText().equals(name)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }

    private String newOrganizationBody() {
        return """
                {"name": "New", "legalForm": "SARL", "ice": "%s", "city": "Agadir", "sector": "Tourism", "contactEmail": "a@b.ma"}"""
                .formatted(freshIce());
    }

    private String systemBody() {
        return """
                {"organizationId": %s, "name": "Matrix system", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"]}}""".formatted(orgA);
    }

    private Map<String, Row> matrix() {
        JsonNode o = api.get("api/v1/organizations/" + orgA).json();
        String replaceOrg = """
                {"name": "%s", "legalForm": "SA", "ice": "%s", "city": "Casablanca", "sector": "Banking", "contactEmail": "a@b.ma"}"""
                .formatted(o.get("name").asText(), o.get("ice").asText());
        int[] readA = {401, 200, 200, 200, 404, 200, 200, 404, 200};
        int[] writeA = {401, 403, 403, 403, 403, 200, 200, 404, 200};
        int[] everyone = {200, 200, 200, 200, 200, 200, 200, 200, 200};
        int[] loggedIn = {401, 200, 200, 200, 200, 200, 200, 200, 200};
        int[] adminOnly = {401, 200, 403, 403, 403, 403, 403, 403, 403};
        int[] regulators = {401, 200, 200, 403, 403, 403, 403, 403, 403};
        int[] orgAdminOfA = {401, 403, 403, 403, 403, 200, 403, 404, 403};
        Map<String, Row> m = new LinkedHashMap<>();
        m.put("POST /api/v1/auth/login", new Row(() -> new Call("POST", "api/v1/auth/login", "{\"username\": \"nobody\", \"password\": \"wrong\"}"),
                401, 401, 401, 401, 401, 401, 401, 401, 401));
        m.put("GET /api/v1/auth/me", new Row(() -> new Call("GET", "api/v1/auth/me", null), loggedIn));
        m.put("POST /api/v1/auth/password", new Row(() -> new Call("POST", "api/v1/auth/password",
                "{\"currentPassword\": \"not-the-password\", \"newPassword\": \"a-new-long-password\"}"), 401, 400, 400, 400, 400, 400, 400, 400, 403));
        m.put("GET /api/v1/organizations", new Row(() -> new Call("GET", "api/v1/organizations", null), loggedIn));
        m.put("POST /api/v1/organizations", new Row(() -> new Call("POST", "api/v1/organizations", newOrganizationBody()),
                401, 201, 403, 403, 403, 403, 403, 403, 403));
        m.put("GET /api/v1/organizations/{id}", new Row(() -> new Call("GET", "api/v1/organizations/" + orgA, null), readA));
        m.put("PUT /api/v1/organizations/{id}", new Row(() -> new Call("PUT", "api/v1/organizations/" + orgA, replaceOrg, "If-Match", "*"),
                401, 200, 403, 403, 403, 200, 403, 404, 403));
        m.put("DELETE /api/v1/organizations/{id}", new Row(() -> new Call("DELETE", "api/v1/organizations/" + orgA, null, "If-Match", "*"),
                401, 409, 403, 403, 403, 403, 403, 403, 403));
        m.put("GET /api/v1/organizations/{organizationId}/api-keys", new Row(() -> new Call("GET", "api/v1/organizations/" + orgA + "/api-keys", null),
                orgAdminOfA));
        m.put("POST /api/v1/organizations/{organizationId}/api-keys", new Row(() -> new Call("POST", "api/v1/organizations/" + orgA + "/api-keys",
                "{\"name\": \"matrix\"}"), 401, 403, 403, 403, 403, 201, 403, 404, 403));
        m.put("DELETE /api/v1/organizations/{organizationId}/api-keys/{id}", new Row(() -> new Call("DELETE",
                "api/v1/organizations/" + orgA + "/api-keys/" + as(orgA).post("api/v1/organizations/" + orgA + "/api-keys", "{\"name\": \"x\"}")
                        .json().get("id").asText(), null), 401, 403, 403, 403, 403, 204, 403, 404, 403));
        m.put("GET /api/v1/systems", new Row(() -> new Call("GET", "api/v1/systems", null), loggedIn));
        m.put("POST /api/v1/systems", new Row(() -> new Call("POST", "api/v1/systems", systemBody()), 401, 403, 403, 403, 403, 201, 201, 404, 201));
        m.put("GET /api/v1/systems/{id}", new Row(() -> new Call("GET", "api/v1/systems/" + systemA, null), readA));
        m.put("PUT /api/v1/systems/{id}", new Row(() -> new Call("PUT", "api/v1/systems/" + systemA, systemBody(), "If-Match", "*"), writeA));
        m.put("DELETE /api/v1/systems/{id}", new Row(() -> new Call("DELETE", "api/v1/systems/" + systemA, null, "If-Match", "*"),
                401, 403, 403, 403, 403, 409, 409, 404, 409));
        m.put("GET /api/v1/systems/{systemId}/assessments", new Row(() -> new Call("GET", "api/v1/systems/" + systemA + "/assessments", null), readA));
        m.put("POST /api/v1/systems/{systemId}/assessments", new Row(() -> new Call("POST", "api/v1/systems/" + systemA + "/assessments", null),
                401, 403, 403, 403, 403, 201, 201, 404, 201));
        m.put("GET /api/v1/systems/{systemId}/assessments/{id}", new Row(() -> new Call("GET",
                "api/v1/systems/" + systemA + "/assessments/" + assessmentA, null), readA));
        int[] regulatorOnly = {401, 403, 200, 403, 403, 403, 403, 403, 403};
        m.put("GET /api/v1/systems/{id}/review", new Row(() -> new Call("GET", "api/v1/systems/" + systemA + "/review", null), readA));
        m.put("POST /api/v1/systems/{id}/review/{action}", new Row(() -> new Call("POST", "api/v1/systems/" + systemA + "/review/take", null),
                401, 403, 409, 403, 403, 403, 403, 404, 403));
        m.put("GET /api/v1/review-queue", new Row(() -> new Call("GET", "api/v1/review-queue", null), regulatorOnly));
        m.put("GET /api/v1/review-queue/counts", new Row(() -> new Call("GET", "api/v1/review-queue/counts", null), regulatorOnly));
        m.put("GET /api/v1/audit", new Row(() -> new Call("GET", "api/v1/audit", null), 401, 403, 200, 200, 200, 200, 200, 200, 200));
        m.put("GET /api/v1/audit/verify", new Row(() -> new Call("GET", "api/v1/audit/verify", null), regulators));
        m.put("GET /api/v1/audit/public-key", new Row(() -> new Call("GET", "api/v1/audit/public-key", null), everyone));
        m.put("GET /api/v1/register", new Row(() -> new Call("GET", "api/v1/register", null), everyone));
        m.put("GET /api/v1/register/export.csv", new Row(() -> new Call("GET", "api/v1/register/export.csv", null), everyone));
        m.put("GET /api/v1/register/{registrationNumber}", new Row(() -> new Call("GET", "api/v1/register/" + registrationNumber, null), everyone));
        m.put("POST /api/v1/register/{registrationNumber}/reports", new Row(() -> new Call("POST", "api/v1/register/" + registrationNumber + "/reports",
                "{\"message\": \"The purpose shown here is out of date.\"}"), 202, 202, 202, 202, 202, 202, 202, 202, 202));
        m.put("GET /api/v1/register/reports", new Row(() -> new Call("GET", "api/v1/register/reports", null), 401, 403, 200, 403, 403, 200, 200, 200, 200));
        m.put("POST /api/v1/self-check", new Row(() -> new Call("POST", "api/v1/self-check", "{\"name\": \"x\", \"role\": \"PROVIDER\"}"), everyone));
        m.put("GET /api/v1/legal-texts", new Row(() -> new Call("GET", "api/v1/legal-texts", null), everyone));
        m.put("GET /api/v1/legal-texts/{id}", new Row(() -> new Call("GET", "api/v1/legal-texts/ma-law-09-08/art-11", null), everyone));
        m.put("GET /api/v1/rule-base", new Row(() -> new Call("GET", "api/v1/rule-base", null), everyone));
        m.put("GET /api/v1/reassessments", new Row(() -> new Call("GET", "api/v1/reassessments", null), regulators));
        m.put("POST /api/v1/reassessments", new Row(() -> new Call("POST", "api/v1/reassessments", null), 401, 202, 202, 403, 403, 403, 403, 403, 403));
        m.put("GET /api/v1/reassessments/{id}", new Row(() -> new Call("GET", "api/v1/reassessments/" + runId, null), regulators));
        m.put("GET /api/v1/reassessments/{id}/changes", new Row(() -> new Call("GET", "api/v1/reassessments/" + runId + "/changes", null), regulators));
        m.put("GET /api/v1/users", new Row(() -> new Call("GET", "api/v1/users", null), adminOnly));
        m.put("POST /api/v1/users", new Row(() -> new Call("POST", "api/v1/users", "{\"username\": \"u" + System.nanoTime()
                + "\", \"password\": \"a-long-enough-password\", \"role\": \"REGULATOR\"}"), 401, 201, 403, 403, 403, 403, 403, 403, 403));
        m.put("DELETE /api/v1/users/{id}", new Row(() -> new Call("DELETE", "api/v1/users/" + api.post("api/v1/users", "{\"username\": \"d"
                + System.nanoTime() + "\", \"password\": \"a-long-enough-password\", \"role\": \"REGULATOR\"}").json().get("id").asText(), null),
                401, 204, 403, 403, 403, 403, 403, 403, 403));
        m.put("GET /api/v1/auditor-assignments", new Row(() -> new Call("GET", "api/v1/auditor-assignments", null), adminOnly));
        m.put("POST /api/v1/auditor-assignments", new Row(() -> new Call("POST", "api/v1/auditor-assignments", """
                {"userId": %d, "organizationId": %s, "validFrom": "2026-01-01", "validTo": "2026-12-31"}""".formatted(auditorId(callers.get("auditor of A")), orgA)),
                401, 201, 403, 403, 403, 403, 403, 403, 403));
        // compliance
        Api ownerA = callers.get("org admin of A");
        String obligations = "api/v1/systems/" + systemA + "/obligations";
        String trackingA = ownerA.get(obligations).json().get(0).get("id").asText();
        String evidenceA = obligations + "/" + trackingA + "/evidence";
        String fileA = ownerA.exchange("POST", evidenceA + "?name=matrix.txt", "Matrix evidence\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Content-Type", "text/plain").header("Location").replaceFirst(".*/evidence/", "").replace("/content", "");
        String link = "{\"url\": \"https://example.ma/evidence\"}";
        int[] createA = {401, 403, 403, 403, 403, 201, 201, 404, 201};
        m.put("GET /api/v1/systems/{systemId}/obligations", new Row(() -> new Call("GET", obligations, null), readA));
        m.put("GET /api/v1/systems/{systemId}/obligations/{trackingId}", new Row(() -> new Call("GET", obligations + "/" + trackingA, null), readA));
        m.put("GET /api/v1/systems/{systemId}/obligations/{trackingId}/history", new Row(() -> new Call("GET",
                obligations + "/" + trackingA + "/history", null), readA));
        m.put("PUT /api/v1/systems/{systemId}/obligations/{trackingId}", new Row(() -> new Call("PUT", obligations + "/" + trackingA,
                "{\"status\": \"IN_PROGRESS\"}", "If-Match", "*"), writeA));
        m.put("POST /api/v1/systems/{systemId}/obligations/{trackingId}/evidence", new Row(() -> new Call("POST", evidenceA + "?name=note.txt",
                "Minutes of the oversight committee\n", "Content-Type", "text/plain"), createA));
        m.put("POST /api/v1/systems/{systemId}/obligations/{trackingId}/evidence/links", new Row(() -> new Call("POST", evidenceA + "/links", link),
                createA));
        m.put("GET /api/v1/systems/{systemId}/obligations/{trackingId}/evidence/{evidenceId}/content", new Row(() -> new Call("GET",
                evidenceA + "/" + fileA + "/content", null), readA));
        m.put("DELETE /api/v1/systems/{systemId}/obligations/{trackingId}/evidence/{evidenceId}", new Row(() -> new Call("DELETE",
                evidenceA + "/" + ownerA.post(evidenceA + "/links", link).json().get("id").asText(), null), 401, 403, 403, 403, 403, 204, 204, 404, 204));
        m.put("GET /api/v1/systems/{systemId}/calendar", new Row(() -> new Call("GET", "api/v1/systems/" + systemA + "/calendar", null), readA));
        m.put("GET /api/v1/systems/{systemId}/calendar.ics", new Row(() -> new Call("GET", "api/v1/systems/" + systemA + "/calendar.ics", null), readA));
        m.put("GET /api/v1/organizations/{organizationId}/calendar", new Row(() -> new Call("GET", "api/v1/organizations/" + orgA + "/calendar", null),
                readA));
        m.put("GET /api/v1/organizations/{organizationId}/calendar.ics", new Row(() -> new Call("GET",
                "api/v1/organizations/" + orgA + "/calendar.ics", null), readA));
        m.put("GET /api/v1/evidence-store/check", new Row(() -> new Call("GET", "api/v1/evidence-store/check", null), adminOnly));
        // findings
        Api auditorOfA = callers.get("auditor of A");
        String openAudit = """
                {"organizationId": %s, "systemId": %s, "title": "Matrix audit"}""".formatted(orgA, systemA);
        String audit = "api/v1/audits/" + auditorOfA.post("api/v1/audits", openAudit).json().get("id").asText();
        String closable = "api/v1/audits/" + auditorOfA.post("api/v1/audits", openAudit).json().get("id").asText();
        JsonNode proposals = auditorOfA.post(audit + "/proposals", null).json().get("pending");
        String confirmed = audit + "/findings/" + auditorOfA.post(audit + "/findings", "{\"severity\": \"LOW\", \"description\": \"x\"}")
                .json().get("id").asText();
        int[] auditorOfAOnly = {401, 403, 403, 200, 404, 403, 403, 403, 403};
        m.put("POST /api/v1/audits", new Row(() -> new Call("POST", "api/v1/audits", openAudit), 401, 403, 403, 201, 404, 403, 403, 403, 403));
        m.put("GET /api/v1/audits", new Row(() -> new Call("GET", "api/v1/audits", null), loggedIn));
        m.put("GET /api/v1/audits/{id}", new Row(() -> new Call("GET", audit, null), readA));
        m.put("POST /api/v1/audits/{id}/findings", new Row(() -> new Call("POST", audit + "/findings",
                "{\"severity\": \"INFO\", \"description\": \"Matrix finding\"}"), 401, 403, 403, 201, 404, 403, 403, 403, 403));
        m.put("GET /api/v1/audits/{id}/findings/{findingId}", new Row(() -> new Call("GET", confirmed, null), readA));
        m.put("POST /api/v1/audits/{id}/proposals", new Row(() -> new Call("POST", audit + "/proposals", null), auditorOfAOnly));
        m.put("POST /api/v1/audits/{id}/findings/{findingId}/confirm", new Row(() -> new Call("POST",
                audit + "/findings/" + proposals.get(0).get("id").asText() + "/confirm", null), auditorOfAOnly));
        m.put("POST /api/v1/audits/{id}/findings/{findingId}/dismiss", new Row(() -> new Call("POST",
                audit + "/findings/" + proposals.get(1).get("id").asText() + "/dismiss", null), auditorOfAOnly));
        m.put("PUT /api/v1/audits/{id}/findings/{findingId}/response", new Row(() -> new Call("PUT", confirmed + "/response",
                "{\"response\": \"Noted.\"}", "If-Match", "*"), writeA));
        m.put("POST /api/v1/audits/{id}/close", new Row(() -> new Call("POST", closable + "/close", "{\"conclusion\": \"Nothing to report.\"}"),
                auditorOfAOnly));
        // exports
        String exportJob = "api/v1/exports/jobs/" + ownerA.post("api/v1/exports/jobs", "{\"scope\": \"SYSTEM\", \"targetId\": " + systemA
                + ", \"format\": \"CSV\"}").json().get("id").asText();
        awaitDone(ownerA, exportJob);
        int[] requesterOnly = {401, 404, 404, 404, 404, 200, 404, 404, 404};
        m.put("GET /api/v1/exports/systems/{id}", new Row(() -> new Call("GET", "api/v1/exports/systems/" + systemA + "?format=csv", null), readA));
        m.put("GET /api/v1/exports/organizations/{id}", new Row(() -> new Call("GET", "api/v1/exports/organizations/" + orgA + "?format=json", null),
                readA));
        m.put("GET /api/v1/exports/audits/{id}", new Row(() -> new Call("GET", audit.replace("api/v1/audits/", "api/v1/exports/audits/")
                + "?format=xlsx", null), readA));
        m.put("GET /api/v1/exports/register", new Row(() -> new Call("GET", "api/v1/exports/register?format=csv", null), regulatorOnly));
        m.put("GET /api/v1/exports/review-queue", new Row(() -> new Call("GET", "api/v1/exports/review-queue?format=csv", null), regulatorOnly));
        m.put("POST /api/v1/exports/jobs", new Row(() -> new Call("POST", "api/v1/exports/jobs", "{\"scope\": \"SYSTEM\", \"targetId\": " + systemA
                + ", \"format\": \"JSON\"}"), 401, 202, 202, 202, 404, 202, 202, 404, 202));
        m.put("GET /api/v1/exports/jobs", new Row(() -> new Call("GET", "api/v1/exports/jobs", null), loggedIn));
        m.put("GET /api/v1/exports/jobs/{id}", new Row(() -> new Call("GET", exportJob, null), requesterOnly));
        m.put("GET /api/v1/exports/jobs/{id}/bundle", new Row(() -> new Call("GET", exportJob + "/bundle", null), requesterOnly));
        m.put("GET /api/v1/exports/public-key", new Row(() -> new Call("GET", "api/v1/exports/public-key", null), everyone));
        return m;
    }

    /** Waits until a background export of the caller's is done. */
    private static void awaitDone(Api who, String job) {
        for (int i = 0; i < 300; i++) {
            String status = who.get(job).json().get("status").asText();
            if (status.equals("DONE")) {
                return;
            }
            assertThat(status).as(job).isNotEqualTo("FAILED");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(job + " not done");
    }

    @Test
    void everyOperationAnswersEveryCallerExactlyAsTheMatrixSays() throws Exception {
        Map<String, Api> who = callers();
        Map<String, Row> matrix = matrix();
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        JsonNode paths = anonymous.get(root + "/openapi", "Accept", "application/json").json().get("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey().replaceFirst("^/mizan", "").replaceAll("\\{(\\w+):[^}]*\\}", "{$1}"));
                }
            });
        }
        assertThat(matrix.keySet()).as("a row for every documented operation").containsAll(documented);
        assertThat(documented).as("every row is a documented operation").containsAll(matrix.keySet());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Row> row : matrix.entrySet()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                Call call = row.getValue().call().get();
                Api.Reply reply = who.get(CALLERS.get(i)).send(call.method(), call.path(), call.body(), call.headers());
                int expected = row.getValue().expected()[i];
                boolean ok = reply.status() == expected || (expected == 202 && reply.status() == 409);
                if (!ok) {
                    wrong.add(row.getKey() + " as " + CALLERS.get(i) + ": expected " + expected + ", got " + reply);
                }
                if (reply.status() >= 400) {
                    assertThat(reply.contentType()).as(row.getKey() + " as " + CALLERS.get(i)).startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void invalidExpiredOrRevokedCredentialsAreRefusedEvenOnPublicOperations() throws Exception {
        callers();
        assertThat(anonymous.withToken("not-a-token").post("api/v1/self-check", "{\"name\": \"x\", \"role\": \"PROVIDER\"}").status()).isEqualTo(401);
        assertThat(anonymous.withApiKey("mzk_000000.nope").get("api/v1/systems").status()).isEqualTo(401);
        Api owner = as(orgA);
        JsonNode key = owner.post("api/v1/organizations/" + orgA + "/api-keys", "{\"name\": \"revoked\"}").json();
        Api machine = anonymous.withApiKey(key.get("key").asText());
        assertThat(machine.get("api/v1/systems/" + systemA).status()).isEqualTo(200);
        assertThat(owner.delete("api/v1/organizations/" + orgA + "/api-keys/" + key.get("id").asText()).status()).isEqualTo(204);
        assertThat(machine.get("api/v1/systems/" + systemA).status()).isEqualTo(401);
        JsonNode listed = owner.get("api/v1/organizations/" + orgA + "/api-keys").json();
        assertThat(listed.toString()).doesNotContain(key.get("key").asText().substring(key.get("key").asText().indexOf('.') + 1));
    }

    @Test
    void aDeactivatedUsersTokenStopsWorkingAtOnce() {
        Api regulator = user("REGULATOR", null);
        assertThat(regulator.get("api/v1/auth/me").status()).isEqualTo(200);
        String name = regulator.get("api/v1/auth/me").json().get("name").asText();
        String id = null;
        for (JsonNode u : api.get("api/v1/users").json()) {
            if (u.get("username").asText().equals(name)) {
                id = u.get("id").asText();
            }
        }
        assertThat(api.delete("api/v1/users/" + id).status()).isEqualTo(204);
        assertThat(regulator.get("api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsLockTheAccount() {
        Api victim = user("REGULATOR", null);
        String name = victim.get("api/v1/auth/me").json().get("name").asText();
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.post("api/v1/auth/login", "{\"username\": \"" + name + "\", \"password\": \"wrong\"}").status()).isEqualTo(i < 4 ? 401 : 429);
        }
        Api.Reply locked = anonymous.post("api/v1/auth/login", "{\"username\": \"" + name + "\", \"password\": \"password-of-" + name + "\"}");
        assertThat(locked.status()).as("even the right password, while locked").isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();
    }

    @Test
    void anAuditorSeesOnlyTheAssignedOrganizationsInsideTheWindow() throws Exception {
        Map<String, Api> who = callers();
        JsonNode orgs = who.get("auditor of A").get("api/v1/organizations?size=100").json();
        assertThat(orgs.get("total").asInt()).isEqualTo(1);
        assertThat(orgs.at("/items/0/id").asText()).isEqualTo(orgA);
        assertThat(who.get("auditor after window").get("api/v1/organizations").json().get("total").asInt()).isZero();
        assertThat(who.get("auditor after window").get("api/v1/systems").json().get("total").asInt()).isZero();
        JsonNode systemsOfB = who.get("org admin of B").get("api/v1/systems?size=100").json();
        for (JsonNode s : systemsOfB.get("items")) {
            assertThat(s.get("organizationId").asText()).isNotEqualTo(orgA);
        }
    }
}
