package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Auditors' audits and findings over HTTP: an assigned auditor opens an audit of an assessed system,
 * records a finding, has Mizan propose findings from obligation tracking, decides them and closes the
 * audit; the organization responds; everyone else is kept out as the access rules say.
 */
class FindingsIT extends MizanIT {

    /** A high-risk credit-scoring deployer that processes personal data: Law 09-08 duties in force since 2009, AI-law ones from 2027. */
    private static final String PROFILE = """
            {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"],
             "personalData": {"processed": true, "categories": ["FINANCIAL", "IDENTITY"], "legalBasis": "CONTRACT"}}""";

    private String system(String organizationId) {
        Api.Reply r = as(organizationId).post("api/v1/systems", """
                {"organizationId": %s, "name": "Score de crédit", "intendedPurpose": "Évaluer la solvabilité", "lifecycle": "IN_SERVICE",
                 "profile": %s}""".formatted(organizationId, PROFILE));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private long userId(Api user) {
        String name = user.get("api/v1/auth/me").json().get("name").asText();
        for (JsonNode u : api.get("api/v1/users").json()) {
            if (u.get("username").asText().equals(name)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }

    private Api auditorOf(String organizationId, String from, String to) {
        Api auditor = user("AUDITOR", null);
        Api.Reply r = api.post("api/v1/auditor-assignments", """
                {"userId": %d, "organizationId": %s, "validFrom": "%s", "validTo": "%s"}""".formatted(userId(auditor), organizationId, from, to));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return auditor;
    }

    private static List<String> pointers(Api.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("pointer").asText()));
        return out;
    }

    @Test
    void anAuditFromOpeningToTheOrganizationsResponse() {
        String orgA = organization(false);
        String orgB = organization(false);
        String systemA = system(orgA);
        String systemB = system(orgB);
        Api.Reply assessed = as(orgA).post("api/v1/systems/" + systemA + "/assessments", null);
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        LocalDate today = LocalDate.parse(assessed.json().get("asAt").asText());
        Map<String, LocalDate> appliesFrom = new HashMap<>();
        Set<String> owed = new HashSet<>();
        for (JsonNode o : assessed.json().at("/result/obligations")) {
            owed.add(o.get("code").asText() + "/" + o.get("addressee").asText());
            appliesFrom.put(o.get("code").asText(), LocalDate.parse(o.get("appliesFrom").asText()));
        }
        assertThat(appliesFrom.values()).as("the profile owes duties already in force and duties still to come")
                .anyMatch(d -> d.isBefore(today)).anyMatch(d -> d.isAfter(today));

        Api auditor = auditorOf(orgA, "2000-01-01", "2999-12-31");
        Api colleague = auditorOf(orgA, "2000-01-01", "2999-12-31");
        Api unassigned = user("AUDITOR", null);
        Api late = auditorOf(orgA, "2000-01-01", "2000-12-31");
        Api orgAdminA = as(orgA);
        Api memberA = user("ORG_MEMBER", orgA);
        Api orgAdminB = as(orgB);

        // opening: only an auditor, only of an organization assigned to them, of a system of that organization
        String openBody = """
                {"organizationId": %s, "systemId": %s, "title": "Audit 2026 du score de crédit", "scope": "Law 09-08 and AI-law readiness"}"""
                .formatted(orgA, systemA);
        assertThat(anonymous.post("api/v1/audits", openBody).status()).isEqualTo(401);
        assertThat(orgAdminA.post("api/v1/audits", openBody).status()).isEqualTo(403);
        assertThat(api.post("api/v1/audits", openBody).status()).isEqualTo(403);
        assertThat(unassigned.post("api/v1/audits", openBody).status()).isEqualTo(404);
        assertThat(late.post("api/v1/audits", openBody).status()).isEqualTo(404);
        Api.Reply foreignSystem = auditor.post("api/v1/audits", """
                {"organizationId": %s, "systemId": %s, "title": "x"}""".formatted(orgA, systemB));
        assertThat(foreignSystem.status()).isEqualTo(400);
        assertThat(pointers(foreignSystem)).containsExactly("/systemId");
        Api.Reply badBody = auditor.post("api/v1/audits", "{\"organizationId\": \"" + orgA + "\", \"titel\": \"x\"}");
        assertThat(badBody.status()).isEqualTo(400);
        assertThat(pointers(badBody)).containsExactlyInAnyOrder("/organizationId", "/title", "/titel");

        Api.Reply opened = auditor.post("api/v1/audits", openBody);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String audit = opened.json().get("id").asText();
        String path = "api/v1/audits/" + audit;
        assertThat(opened.header("Location")).endsWith("/api/v1/audits/" + audit);
        assertThat(opened.header("ETag")).matches("\"v\\d+\"");
        assertThat(opened.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.json().get("systemId").asText()).isEqualTo(systemA);
        assertThat(opened.json().get("auditorName").asText()).isEqualTo(auditor.get("api/v1/auth/me").json().get("name").asText());

        // a finding citing an obligation and an article
        String findingBody = """
                {"severity": "HIGH", "obligationCode": "FRIA", "legalRef": "ma-ai-draft/art-27",
                 "description": "No fundamental-rights impact assessment has been prepared.", "evidenceReviewed": "Project file, minutes of 2026-10-12"}""";
        assertThat(orgAdminA.post(path + "/findings", findingBody).status()).as("the organization does not write findings").isEqualTo(403);
        assertThat(colleague.post(path + "/findings", findingBody).status()).as("another auditor's audit").isEqualTo(403);
        assertThat(unassigned.post(path + "/findings", findingBody).status()).isEqualTo(404);
        Api.Reply unknownArticle = auditor.post(path + "/findings", """
                {"severity": "SEVERE", "legalRef": "ma-ai-draft/art-999", "trackingId": 999999999, "description": "x"}""");
        assertThat(unknownArticle.status()).isEqualTo(400);
        assertThat(pointers(unknownArticle)).as("schema errors first").containsExactly("/severity");
        unknownArticle = auditor.post(path + "/findings", """
                {"severity": "LOW", "legalRef": "ma-ai-draft/art-999", "trackingId": 999999999, "systemId": %s, "description": "x"}""".formatted(systemB));
        assertThat(unknownArticle.status()).isEqualTo(400);
        assertThat(pointers(unknownArticle)).containsExactlyInAnyOrder("/legalRef", "/trackingId", "/systemId");
        String etagOpened = auditor.get(path).header("ETag");
        Api.Reply recorded = auditor.post(path + "/findings", findingBody);
        assertThat(auditor.get(path).header("ETag")).as("the audit's ETag covers its findings").isNotEqualTo(etagOpened);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode manual = recorded.json();
        assertThat(recorded.header("Location")).endsWith(path + "/findings/" + manual.get("id").asText());
        assertThat(manual.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(manual.get("origin").asText()).isEqualTo("MANUAL");
        assertThat(manual.get("legalRef").asText()).isEqualTo("ma-ai-draft/art-27");
        assertThat(manual.get("systemId").asText()).as("the audit's system").isEqualTo(systemA);

        // proposals from obligation tracking: one per open obligation, graded by date; a second run adds nothing
        Api.Reply run = auditor.post(path + "/proposals", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode proposals = run.json().get("pending");
        assertThat(run.json().get("created").asInt()).isEqualTo(owed.size()).isEqualTo(proposals.size());
        Set<Long> trackings = new HashSet<>();
        for (JsonNode p : proposals) {
            assertThat(p.get("status").asText()).isEqualTo("PROPOSED");
            assertThat(p.get("origin").asText()).isEqualTo("PROPOSED");
            assertThat(p.get("systemId").asText()).isEqualTo(systemA);
            assertThat(p.get("legalRef").asText()).isNotEmpty();
            assertThat(trackings.add(p.get("trackingId").asLong())).as("one proposal per tracking row").isTrue();
            LocalDate from = appliesFrom.get(p.get("obligationCode").asText());
            if (from.isBefore(today)) {
                assertThat(p.get("proposalReason").asText()).as(p.toString()).isEqualTo("OVERDUE");
                assertThat(p.get("severity").asText()).isEqualTo("HIGH");
                assertThat(p.get("description").asText()).contains("was due on " + from);
            } else if (from.isAfter(today)) {
                assertThat(p.get("proposalReason").asText()).as(p.toString()).isEqualTo("NOT_STARTED");
                assertThat(p.get("severity").asText()).isEqualTo("LOW");
            }
        }
        Api.Reply again = auditor.post(path + "/proposals", null);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("pending").size()).isEqualTo(proposals.size());
        assertThat(auditor.get(path).json().get("findings").size()).isEqualTo(proposals.size() + 1);
        assertThat(colleague.post(path + "/proposals", null).status()).isEqualTo(403);

        // a finding on a tracking row takes its obligation code and first legal reference
        JsonNode overdue = null;
        for (JsonNode p : proposals) {
            if (p.get("proposalReason").asText().equals("OVERDUE")) {
                overdue = p;
            }
        }
        assertThat(overdue).as("an overdue obligation was proposed").isNotNull();
        Api.Reply onTracking = auditor.post(path + "/findings", """
                {"severity": "CRITICAL", "trackingId": %d, "description": "The processing was never declared to the CNDP."}"""
                .formatted(overdue.get("trackingId").asLong()));
        assertThat(onTracking.status()).as(onTracking.toString()).isEqualTo(201);
        assertThat(onTracking.json().get("obligationCode").asText()).isEqualTo(overdue.get("obligationCode").asText());
        assertThat(onTracking.json().get("legalRef").asText()).isEqualTo(overdue.get("legalRef").asText());
        Api.Reply contradicting = auditor.post(path + "/findings", """
                {"severity": "LOW", "trackingId": %d, "obligationCode": "NOT_THIS_ONE", "description": "x"}""".formatted(overdue.get("trackingId").asLong()));
        assertThat(pointers(contradicting)).containsExactly("/obligationCode");
        assertThat(auditor.post(path + "/proposals", null).json().get("created").asInt()).isZero();

        // deciding proposals
        String first = proposals.get(0).get("id").asText();
        String second = proposals.get(1).get("id").asText();
        assertThat(colleague.post(path + "/findings/" + first + "/confirm", null).status()).isEqualTo(403);
        assertThat(orgAdminA.post(path + "/findings/" + first + "/confirm", null).status()).isEqualTo(403);
        Api.Reply confirmed = auditor.post(path + "/findings/" + first + "/confirm", "{\"severity\": \"MEDIUM\", \"evidenceReviewed\": \"Register extract\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("severity").asText()).isEqualTo("MEDIUM");
        assertThat(confirmed.json().get("evidenceReviewed").asText()).isEqualTo("Register extract");
        assertThat(confirmed.json().get("description").asText()).isEqualTo(proposals.get(0).get("description").asText());
        assertThat(confirmed.json().get("decidedAt").isNull()).isFalse();
        Api.Reply twice = auditor.post(path + "/findings/" + first + "/confirm", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("Allowed now: [RESPOND]");
        Api.Reply dismissed = auditor.post(path + "/findings/" + second + "/dismiss", "{\"reason\": \"The declaration was filed on paper.\"}");
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.json().get("status").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.json().get("dismissalReason").asText()).isEqualTo("The declaration was filed on paper.");
        assertThat(auditor.post(path + "/findings/" + second + "/confirm", null).status()).isEqualTo(409);
        assertThat(auditor.post(path + "/findings/" + manual.get("id").asText() + "/dismiss", null).status())
                .as("a recorded finding is not a proposal").isEqualTo(409);
        assertThat(auditor.post(path + "/proposals", null).json().get("created").asInt()).as("a dismissed proposal does not come back").isZero();

        // closing waits for every proposal
        String closing = "{\"conclusion\": \"The Law 09-08 formalities are not in order; AI-law preparation has not begun.\", \"opinion\": \"NON_COMPLIANT\"}";
        Api.Reply pending = auditor.post(path + "/close", closing);
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.json().get("detail").asText()).contains((proposals.size() - 2) + " proposed finding(s)");
        assertThat(auditor.post(path + "/close", "{\"opinion\": \"COMPLIANT\"}").status()).as("a conclusion is required").isEqualTo(400);
        assertThat(colleague.post(path + "/close", closing).status()).isEqualTo(403);
        for (int i = 2; i < proposals.size(); i++) {
            assertThat(auditor.post(path + "/findings/" + proposals.get(i).get("id").asText() + "/dismiss", null).status()).isEqualTo(200);
        }
        String etagBefore = auditor.get(path).header("ETag");
        Api.Reply closed = auditor.post(path + "/close", closing);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().get("opinion").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(closed.json().get("closedAt").isNull()).isFalse();
        assertThat(closed.header("ETag")).isNotEqualTo(etagBefore);

        // a closed audit is read-only, except for the organization's responses
        assertThat(auditor.post(path + "/findings", findingBody).status()).isEqualTo(409);
        assertThat(auditor.post(path + "/proposals", null).status()).isEqualTo(409);
        assertThat(auditor.post(path + "/close", closing).status()).isEqualTo(409);

        String findingPath = path + "/findings/" + manual.get("id").asText();
        Api.Reply read = memberA.get(findingPath);
        assertThat(read.status()).isEqualTo(200);
        String answer = "{\"response\": \"A fundamental-rights impact assessment is planned for Q1 2027.\"}";
        assertThat(memberA.put(findingPath + "/response", answer).status()).as("If-Match required").isEqualTo(428);
        assertThat(memberA.put(findingPath + "/response", answer, "If-Match", "\"v999\"").status()).isEqualTo(412);
        assertThat(auditor.put(findingPath + "/response", answer, "If-Match", read.header("ETag")).status()).isEqualTo(403);
        assertThat(orgAdminB.put(findingPath + "/response", answer, "If-Match", read.header("ETag")).status()).isEqualTo(404);
        Api.Reply responded = memberA.put(findingPath + "/response", answer, "If-Match", read.header("ETag"));
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        assertThat(responded.json().get("response").asText()).startsWith("A fundamental-rights impact assessment");
        assertThat(responded.json().get("responseBy").asText()).isEqualTo(memberA.get("api/v1/auth/me").json().get("name").asText());
        assertThat(responded.header("ETag")).isNotEqualTo(read.header("ETag"));
        assertThat(memberA.put(findingPath + "/response", answer, "If-Match", read.header("ETag")).status()).as("stale").isEqualTo(412);
        Api.Reply onDismissed = orgAdminA.put(path + "/findings/" + second + "/response", answer, "If-Match", "*");
        assertThat(onDismissed.status()).as("only a confirmed finding is answered").isEqualTo(409);

        // who sees it
        JsonNode full = orgAdminA.get(path).json();
        assertThat(full.get("findings").size()).isEqualTo(proposals.size() + 2);
        assertThat(full.get("conclusion").asText()).startsWith("The Law 09-08 formalities");
        assertThat(colleague.get(path).status()).isEqualTo(200);
        assertThat(api.get(path).status()).isEqualTo(200);
        assertThat(user("REGULATOR", null).get(path).status()).isEqualTo(200);
        assertThat(orgAdminB.get(path).status()).isEqualTo(404);
        assertThat(orgAdminB.get(findingPath).status()).isEqualTo(404);
        assertThat(unassigned.get(path).status()).isEqualTo(404);
        assertThat(late.get(path).status()).as("after the assignment window").isEqualTo(404);
        assertThat(anonymous.get(path).status()).isEqualTo(401);
        assertThat(auditor.get(path + "/findings/999999999").status()).isEqualTo(404);

        assertThat(auditor.get("api/v1/audits?organizationId=" + orgA).json().get("total").asInt()).isEqualTo(1);
        assertThat(memberA.get("api/v1/audits?status=CLOSED&systemId=" + systemA).json().at("/items/0/id").asText()).isEqualTo(audit);
        assertThat(orgAdminB.get("api/v1/audits?organizationId=" + orgA).json().get("total").asInt()).isZero();
        assertThat(unassigned.get("api/v1/audits").json().get("total").asInt()).isZero();
        assertThat(late.get("api/v1/audits").json().get("total").asInt()).isZero();
        assertThat(api.get("api/v1/audits?organizationId=" + orgA + "&status=OPEN").json().get("total").asInt()).isZero();
        Api.Reply badFilter = api.get("api/v1/audits?status=DONE&size=0");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(pointers(badFilter)).containsExactlyInAnyOrder("?status", "?size");
        assertThat(anonymous.get("api/v1/audits").status()).isEqualTo(401);

        // every action is on the audit trail, with the organization
        JsonNode trail = orgAdminA.get("api/v1/audit?entityType=audit&entityId=" + audit).json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("audit.closed", "audit.opened");
        JsonNode findingTrail = orgAdminA.get("api/v1/audit?entityType=finding&entityId=" + manual.get("id").asText()).json();
        assertThat(findingTrail.at("/items/0/action").asText()).isEqualTo("finding.responded");
        assertThat(findingTrail.at("/items/1/action").asText()).isEqualTo("finding.recorded");
        assertThat(orgAdminA.get("api/v1/audit?entityType=finding&entityId=" + second).json().at("/items/0/action").asText())
                .isEqualTo("finding.dismissed");
    }

    @Test
    void anAuditOfTheWholeOrganizationProposesForEachOfItsSystems() {
        String org = organization(false);
        String one = system(org);
        String two = system(org);
        assertThat(as(org).post("api/v1/systems/" + one + "/assessments", null).status()).isEqualTo(201);
        assertThat(as(org).post("api/v1/systems/" + two + "/assessments", null).status()).isEqualTo(201);
        Api auditor = auditorOf(org, "2000-01-01", "2999-12-31");
        Api.Reply opened = auditor.post("api/v1/audits", "{\"organizationId\": " + org + ", \"title\": \"Organization-wide audit\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        // two runs at once: the audit's lock serialises them, so together they add each proposal exactly once
        String proposals = "api/v1/audits/" + opened.json().get("id").asText() + "/proposals";
        var firstRun = java.util.concurrent.CompletableFuture.supplyAsync(() -> auditor.post(proposals, null));
        var secondRun = java.util.concurrent.CompletableFuture.supplyAsync(() -> auditor.post(proposals, null));
        Api.Reply a = firstRun.join();
        Api.Reply b = secondRun.join();
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(b.status()).as(b.toString()).isEqualTo(200);
        JsonNode run = auditor.post(proposals, null).json();
        assertThat(run.get("created").asInt()).isZero();
        assertThat(a.json().get("created").asInt() + b.json().get("created").asInt()).isEqualTo(run.get("pending").size()).isPositive();
        Set<String> systems = new HashSet<>();
        run.get("pending").forEach(p -> systems.add(p.get("systemId").asText()));
        assertThat(systems).containsExactlyInAnyOrder(one, two);
        Api.Reply other = auditor.post("api/v1/audits/" + opened.json().get("id").asText() + "/findings",
                "{\"severity\": \"INFO\", \"systemId\": " + two + ", \"description\": \"Model card reviewed.\"}");
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.json().get("systemId").asText()).isEqualTo(two);
    }

    @Test
    void aSystemAnAuditNamesIsRetiredNotDeleted() {
        String org = organization(false);
        String system = system(org);
        Api auditor = auditorOf(org, "2000-01-01", "2999-12-31");
        assertThat(auditor.post("api/v1/audits", """
                {"organizationId": %s, "systemId": %s, "title": "Before any assessment"}""".formatted(org, system)).status()).isEqualTo(201);
        Api.Reply deleted = as(org).delete("api/v1/systems/" + system, "If-Match", "*");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
        assertThat(deleted.body()).contains("system-has-audits");
        assertThat(as(org).get("api/v1/systems/" + system).status()).isEqualTo(200);
    }
}
