package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Obligation tracking end to end: obligations follow assessments, status changes with ETags, evidence
 * files (sniffed, limited, hashed, served back intact) and links, expiry, withdrawal, re-assessment that
 * closes and opens obligations, the calendar as JSON and iCalendar, and who may do what.
 */
class ComplianceIT extends MizanIT {

    static final String DEPLOYER = """
            {"organizationId": %s, "name": "Score de crédit", "version": "1", "intendedPurpose": "Évaluer la solvabilité",
             "lifecycle": "IN_SERVICE", "profile": {"role": "%s", "useAreas": ["CREDITWORTHINESS"]}}""";

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A small PDF, unique to this run so that the content-addressed store holds it under its own name. */
    static byte[] pdf(int paddingBytes) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("%PDF-1.4\n% " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII));
        byte[] line = "% padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < paddingBytes; written += line.length) {
            b.writeBytes(line);
        }
        b.writeBytes("1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    record Setup(String org, String system, Api owner) {
    }

    Setup assessedSystem() {
        String org = organization(false);
        Api owner = as(org);
        Api.Reply s = owner.post("api/v1/systems", DEPLOYER.formatted(org, "DEPLOYER"));
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        String system = s.json().get("id").asText();
        Api.Reply a = owner.post("api/v1/systems/" + system + "/assessments", null);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return new Setup(org, system, owner);
    }

    @Test
    void obligationsFollowTheAssessmentAndChangeWithETags() throws Exception {
        Setup s = assessedSystem();
        String base = "api/v1/systems/" + s.system() + "/obligations";
        JsonNode assessment = s.owner().get("api/v1/systems/" + s.system() + "/assessments").json().at("/items/0/result/obligations");
        JsonNode obligations = s.owner().get(base).json();
        assertThat(obligations.size()).isEqualTo(assessment.size()).isPositive();
        Map<String, String> appliesFrom = new HashMap<>();
        assessment.forEach(o -> appliesFrom.put(o.get("code").asText() + "/" + o.get("addressee").asText(), o.get("appliesFrom").asText()));
        for (JsonNode o : obligations) {
            assertThat(o.get("status").asText()).isEqualTo("NOT_STARTED");
            assertThat(o.get("dueDate").asText()).isEqualTo(appliesFrom.get(o.get("code").asText() + "/" + o.get("addressee").asText()));
            assertThat(o.get("legalRefs").size()).isPositive();
        }
        String id = obligations.get(0).get("id").asText();
        Api.Reply one = s.owner().get(base + "/" + id);
        String etag = one.header("ETag");
        assertThat(etag).isNotNull();

        Api.Reply noIfMatch = s.owner().put(base + "/" + id, "{\"status\": \"IN_PROGRESS\"}");
        assertThat(noIfMatch.status()).isEqualTo(428);
        Api.Reply notApplicable = s.owner().put(base + "/" + id, "{\"status\": \"NOT_APPLICABLE\", \"justification\": \"  \", \"colour\": 1}",
                "If-Match", etag);
        assertThat(notApplicable.status()).isEqualTo(400);
        assertThat(notApplicable.contentType()).startsWith("application/problem+json");
        assertThat(notApplicable.json().get("errors").findValuesAsText("pointer")).containsExactly("/colour", "/justification");
        Api.Reply badDate = s.owner().put(base + "/" + id, "{\"status\": \"IN_PROGRESS\", \"dueDate\": \"2027-02-30\"}", "If-Match", etag);
        assertThat(badDate.json().get("errors").findValuesAsText("pointer")).containsExactly("/dueDate");

        Api.Reply updated = s.owner().put(base + "/" + id, """
                {"status": "IN_PROGRESS", "owner": "Salma Alaoui", "dueDate": "2027-06-30", "notes": "Cabinet retenu"}""", "If-Match", etag);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("owner").asText()).isEqualTo("Salma Alaoui");
        assertThat(updated.json().get("dueDate").asText()).isEqualTo("2027-06-30");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        Api.Reply stale = s.owner().put(base + "/" + id, "{\"status\": \"MET\"}", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        Api.Reply justified = s.owner().put(base + "/" + id, """
                {"status": "NOT_APPLICABLE", "justification": "Le système n'est plus utilisé pour des particuliers."}""",
                "If-Match", updated.header("ETag"));
        assertThat(justified.status()).as(justified.toString()).isEqualTo(200);
        assertThat(justified.json().get("dueDate").asText()).as("no due date sent: back to the date it applies")
                .isEqualTo(obligations.get(0).get("appliesFrom").asText());

        JsonNode history = s.owner().get(base + "/" + id + "/history").json();
        assertThat(history.findValuesAsText("action")).containsExactly("OPENED", "UPDATED", "UPDATED");
        assertThat(history.get(1).get("fromStatus").asText()).isEqualTo("NOT_STARTED");
        assertThat(history.get(1).get("toStatus").asText()).isEqualTo("IN_PROGRESS");
        assertThat(history.get(2).get("toStatus").asText()).isEqualTo("NOT_APPLICABLE");
        JsonNode audit = s.owner().get("api/v1/audit?entityType=obligation&entityId=" + id).json();
        assertThat(audit.get("items").findValuesAsText("action")).contains("obligation.updated", "obligation.opened");
    }

    @Test
    void evidenceFilesAreSniffedLimitedHashedAndServedBackIntact() throws Exception {
        Setup s = assessedSystem();
        String base = "api/v1/systems/" + s.system() + "/obligations";
        String id = s.owner().get(base).json().get(0).get("id").asText();
        String evidence = base + "/" + id + "/evidence";

        // larger than the general 1 MiB body limit, well under the evidence limit; named and typed as an image
        byte[] pdf = pdf(2 * 1024 * 1024);
        String name = "scan été.png";
        Api.Bytes uploaded = s.owner().exchange("POST", evidence + "?name=" + q(name) + "&description=" + q("Rapport signé")
                + "&expiresOn=2099-12-31", pdf, "Content-Type", "image/png");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode e = Api.JSON.readTree(uploaded.body());
        assertThat(e.get("kind").asText()).isEqualTo("FILE");
        assertThat(e.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(e.get("fileName").asText()).isEqualTo(name);
        assertThat(e.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(e.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(e.get("uploadedBy").asText()).isNotBlank();
        assertThat(e.get("uploadedAt").asText()).isNotBlank();
        assertThat(e.get("expiresOn").asText()).isEqualTo("2099-12-31");
        assertThat(e.get("description").asText()).isEqualTo("Rapport signé");

        Api.Bytes html = s.owner().exchange("POST", evidence + "?name=report.pdf",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/pdf");
        assertThat(html.status()).as(html.toString()).isEqualTo(415);
        assertThat(html.contentType()).startsWith("application/problem+json");
        assertThat(html.text()).contains("text/html");

        Api.Bytes tooLarge = s.owner().exchange("POST", evidence + "?name=big.pdf", new byte[20 * 1024 * 1024 + 1], "Content-Type", "application/pdf");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        Api.Reply jsonTooLarge = s.owner().post(base + "/" + id + "/evidence/links", "{\"url\": \"https://x.ma/" + "a".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(jsonTooLarge.status()).as("the links body keeps the general limit").isEqualTo(413);
        Api.Bytes noName = s.owner().exchange("POST", evidence, pdf(10), "Content-Type", "application/pdf");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.text()).contains("?name");

        Api.Bytes content = s.owner().exchange("GET", evidence + "/" + e.get("id").asText() + "/content", null);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(sha256(content.body())).isEqualTo(e.get("sha256").asText());
        assertThat(content.contentType()).isEqualTo("application/pdf");
        assertThat(content.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(content.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''scan%20%C3%A9t%C3%A9.png");

        // the same bytes again: a second row, one stored file
        Api.Bytes again = s.owner().exchange("POST", evidence + "?name=copy.pdf", pdf, "Content-Type", "application/octet-stream");
        assertThat(again.status()).isEqualTo(201);
        Path store = Path.of(System.getProperty("mizan.it.dataDir", "target/it-data"), "evidence");
        String h = sha256(pdf);
        Path file = store.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h);
        assertThat(file).exists();

        // a damaged file is never served, and the check names it; nothing leaks but a problem document
        byte[] small = pdf(100);
        JsonNode smallEvidence = Api.JSON.readTree(s.owner().exchange("POST", evidence + "?name=small.pdf", small).body());
        String hs = sha256(small);
        Path smallFile = store.resolve(hs.substring(0, 2)).resolve(hs.substring(2, 4)).resolve(hs);
        smallFile.toFile().setWritable(true);
        Files.write(smallFile, "tampered".getBytes(StandardCharsets.US_ASCII));
        try {
            Api.Bytes corrupt = s.owner().exchange("GET", evidence + "/" + smallEvidence.get("id").asText() + "/content", null);
            assertThat(corrupt.status()).isEqualTo(500);
            assertThat(corrupt.contentType()).startsWith("application/problem+json");
            assertThat(corrupt.text()).contains("evidence-file-corrupt").doesNotContain("Exception").doesNotContain("at ma.mizan");
            JsonNode check = api.get("api/v1/evidence-store/check").json();
            assertThat(check.get("consistent").asBoolean()).isFalse();
            assertThat(check.get("corrupt").findValuesAsText("sha256")).contains(hs);
            assertThat(check.get("missing").findValuesAsText("sha256")).doesNotContain(h);
        } finally {
            Files.write(smallFile, small);
        }
        assertThat(s.owner().exchange("GET", evidence + "/" + smallEvidence.get("id").asText() + "/content", null).body()).isEqualTo(small);
        JsonNode history = s.owner().get(base + "/" + id + "/history").json();
        assertThat(history.findValuesAsText("action")).containsExactly("OPENED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED");
        assertThat(s.owner().get("api/v1/audit?entityType=evidence&entityId=" + e.get("id").asText()).json().get("items")
                .findValuesAsText("action")).containsExactly("evidence.added");
    }

    @Test
    void expiredEvidenceMakesAMetObligationDueAgainAndWithdrawnEvidenceStopsCounting() throws Exception {
        Setup s = assessedSystem();
        String base = "api/v1/systems/" + s.system() + "/obligations";
        String id = s.owner().get(base).json().get(0).get("id").asText();
        Api.Reply badLink = s.owner().post(base + "/" + id + "/evidence/links", "{\"url\": \"javascript:alert(1)\", \"expiresOn\": \"2027-13-01\"}");
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.json().get("errors").findValuesAsText("pointer")).containsExactly("/expiresOn", "/url");
        Api.Reply link = s.owner().post(base + "/" + id + "/evidence/links",
                "{\"url\": \"https://intranet.atlas.ma/conformite/fria.pdf\", \"description\": \"FRIA v2\", \"expiresOn\": \"2030-01-31\"}");
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        assertThat(link.json().get("kind").asText()).isEqualTo("LINK");
        Api.Reply current = s.owner().get(base + "/" + id);
        Api.Reply met = s.owner().put(base + "/" + id, "{\"status\": \"MET\"}", "If-Match", current.header("ETag"));
        assertThat(met.status()).as(met.toString()).isEqualTo(200);

        JsonNode before = s.owner().get(base + "/" + id + "?asAt=2030-01-31").json();
        assertThat(before.get("dueAgain").asBoolean()).isFalse();
        assertThat(before.get("missingEvidence").asBoolean()).isFalse();
        assertThat(before.get("nextDue").asText()).isEqualTo("2030-01-31");
        JsonNode after = s.owner().get(base + "?asAt=2030-02-01").json();
        JsonNode mine = null;
        for (JsonNode o : after) {
            if (o.get("id").asText().equals(id)) {
                mine = o;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("dueAgain").asBoolean()).isTrue();
        assertThat(mine.get("overdue").asBoolean()).isTrue();
        assertThat(mine.at("/evidence/0/expired").asBoolean()).isTrue();

        JsonNode calendar = s.owner().get("api/v1/systems/" + s.system() + "/calendar?from=2030-01-01&to=2030-12-31").json();
        assertThat(calendar.findValuesAsText("kind")).containsExactly("EVIDENCE_EXPIRES");

        String evidenceId = link.json().get("id").asText();
        assertThat(s.owner().delete(base + "/" + id + "/evidence/" + evidenceId).status()).isEqualTo(204);
        assertThat(s.owner().delete(base + "/" + id + "/evidence/" + evidenceId).status()).as("withdrawing twice changes nothing").isEqualTo(204);
        JsonNode withdrawn = s.owner().get(base + "/" + id + "?asAt=2029-01-01").json();
        assertThat(withdrawn.at("/evidence/0/withdrawn").asBoolean()).as("kept for the record").isTrue();
        assertThat(withdrawn.get("missingEvidence").asBoolean()).isTrue();
        assertThat(withdrawn.get("dueAgain").asBoolean()).isFalse();
        assertThat(s.owner().get(base + "/" + id + "/history").json().findValuesAsText("action"))
                .containsExactly("OPENED", "EVIDENCE_ADDED", "UPDATED", "EVIDENCE_WITHDRAWN");
        assertThat(s.owner().get("api/v1/audit?entityType=evidence&entityId=" + evidenceId).json().get("items").findValuesAsText("action"))
                .containsExactlyInAnyOrder("evidence.link-added", "evidence.withdrawn");
    }

    @Test
    void aReassessmentClosesObligationsNoLongerListedAndOpensNewOnes() throws Exception {
        Setup s = assessedSystem();
        String base = "api/v1/systems/" + s.system() + "/obligations";
        JsonNode first = s.owner().get(base).json();
        Set<String> before = new TreeSet<>();
        first.forEach(o -> before.add(o.get("code").asText() + "/" + o.get("addressee").asText()));
        String someId = first.get(0).get("id").asText();
        Api.Reply one = s.owner().get(base + "/" + someId);
        assertThat(s.owner().put(base + "/" + someId, "{\"status\": \"IN_PROGRESS\"}", "If-Match", one.header("ETag")).status()).isEqualTo(200);

        Api.Reply system = s.owner().get("api/v1/systems/" + s.system());
        Api.Reply changed = s.owner().put("api/v1/systems/" + s.system(), DEPLOYER.formatted(s.org(), "PROVIDER"), "If-Match", system.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(s.owner().post("api/v1/systems/" + s.system() + "/assessments", null).status()).isEqualTo(201);

        JsonNode open = s.owner().get(base).json();
        JsonNode all = s.owner().get(base + "?includeClosed=true").json();
        Set<String> now = new TreeSet<>();
        open.forEach(o -> now.add(o.get("code").asText() + "/" + o.get("addressee").asText()));
        Set<String> gone = new TreeSet<>(before);
        gone.removeAll(now);
        Set<String> added = new TreeSet<>(now);
        added.removeAll(before);
        assertThat(gone).as("a deployer's duties that a provider does not owe").isNotEmpty();
        assertThat(added).as("a provider's duties").isNotEmpty();
        assertThat(all.size()).isEqualTo(open.size() + gone.size());
        List<String> closedIds = new ArrayList<>();
        for (JsonNode o : all) {
            String key = o.get("code").asText() + "/" + o.get("addressee").asText();
            if (gone.contains(key)) {
                assertThat(o.get("closed").asBoolean()).isTrue();
                assertThat(o.get("closedReason").asText()).startsWith("No longer listed by assessment");
                closedIds.add(o.get("id").asText());
            } else {
                assertThat(o.get("closed").asBoolean()).isFalse();
            }
            if (added.contains(key)) {
                assertThat(o.get("status").asText()).isEqualTo("NOT_STARTED");
            }
        }
        String closed = closedIds.get(0);
        assertThat(s.owner().get(base + "/" + closed + "/history").json().findValuesAsText("action")).endsWith("CLOSED").startsWith("OPENED");
        Api.Reply closedOne = s.owner().get(base + "/" + closed);
        Api.Reply refused = s.owner().put(base + "/" + closed, "{\"status\": \"MET\"}", "If-Match", closedOne.header("ETag"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(s.owner().exchange("POST", base + "/" + closed + "/evidence?name=a.pdf", pdf(10)).status()).isEqualTo(409);
        if (closedIds.contains(someId)) {
            assertThat(s.owner().get(base + "/" + someId + "/history").json().findValuesAsText("action"))
                    .containsExactly("OPENED", "UPDATED", "CLOSED");
        }
    }

    @Test
    void theCalendarListsWhatIsDueAsJsonAndAsICalendar() throws Exception {
        Setup s = assessedSystem();
        JsonNode obligations = s.owner().get("api/v1/systems/" + s.system() + "/obligations").json();
        JsonNode calendar = s.owner().get("api/v1/systems/" + s.system() + "/calendar").json();
        assertThat(calendar.size()).isEqualTo(obligations.size());
        for (JsonNode e : calendar) {
            assertThat(e.get("kind").asText()).isEqualTo("DUE");
            assertThat(e.get("systemName").asText()).isEqualTo("Score de crédit");
            assertThat(e.get("systemId").asText()).isEqualTo(s.system());
            assertThat(e.get("legalRefs").size()).isPositive();
            assertThat(e.has("overdue")).isTrue();
            assertThat(e.has("dueAgain")).isTrue();
        }
        String first = calendar.get(0).get("date").asText();
        String last = calendar.get(calendar.size() - 1).get("date").asText();
        assertThat(first.compareTo(last)).as("sorted by date").isLessThanOrEqualTo(0);

        Api.Reply ics = s.owner().get("api/v1/systems/" + s.system() + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(calendar.size());
        assertThat(parsed.getProductId().getValue()).contains("Mizan");
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = calendar.get(i);
            VEvent v = events.get(i);
            assertThat(v.getUid().getValue()).isEqualTo("obligation-" + e.get("trackingId").asText() + "-due@mizan.ma");
            assertThat(v.getStartDate().getValue()).isEqualTo(e.get("date").asText().replace("-", ""));
            assertThat(v.getSummary().getValue()).contains(e.get("code").asText()).contains("Score de crédit");
            assertThat(v.getDescription().getValue()).contains(e.get("legalRefs").get(0).asText());
        }
        assertThat(new CalendarBuilder().build(new StringReader(s.owner().get("api/v1/systems/" + s.system() + "/calendar.ics").body()))
                .getComponents(Component.VEVENT).stream().map(c -> ((VEvent) c).getUid().getValue()).toList())
                .as("UIDs are stable across downloads").isEqualTo(events.stream().map(v -> v.getUid().getValue()).toList());

        JsonNode ofOrganization = s.owner().get("api/v1/organizations/" + s.org() + "/calendar?from=" + first + "&to=" + first).json();
        assertThat(ofOrganization.size()).isPositive();
        ofOrganization.forEach(e -> assertThat(e.get("date").asText()).isEqualTo(first));
        Api.Reply orgIcs = s.owner().get("api/v1/organizations/" + s.org() + "/calendar.ics");
        assertThat(new CalendarBuilder().build(new StringReader(orgIcs.body())).getComponents(Component.VEVENT)).hasSize(calendar.size());
        assertThat(s.owner().get("api/v1/organizations/" + s.org() + "/calendar?from=2030-01-01&to=2029-01-01").status()).isEqualTo(400);
    }

    @Test
    void concurrentUploadsToOneObligationAllSucceedAndEachChangesItsETag() throws Exception {
        Setup s = assessedSystem();
        String base = "api/v1/systems/" + s.system() + "/obligations";
        String id = s.owner().get(base).json().get(0).get("id").asText();
        String etag = s.owner().get(base + "/" + id).header("ETag");
        List<java.util.concurrent.CompletableFuture<Api.Bytes>> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            byte[] file = pdf(50_000);
            uploads.add(java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    s.owner().exchange("POST", base + "/" + id + "/evidence?name=parallel.pdf", file, "Content-Type", "application/pdf")));
        }
        for (var u : uploads) {
            assertThat(u.get().status()).as(u.get().toString()).isEqualTo(201);
        }
        JsonNode after = s.owner().get(base + "/" + id).json();
        assertThat(after.get("evidence").size()).isEqualTo(4);
        assertThat(s.owner().put(base + "/" + id, "{\"status\": \"MET\"}", "If-Match", etag).status())
                .as("the evidence changed the obligation's view, so the ETag read before it is stale").isEqualTo(412);
    }

    @Test
    void onlyTheOrganizationWritesAuditorsReadOthersSeeNothing() throws Exception {
        Setup s = assessedSystem();
        String base = "api/v1/systems/" + s.system() + "/obligations";
        String id = s.owner().get(base).json().get(0).get("id").asText();
        Api other = as(organization(false));
        assertThat(other.get(base).status()).isEqualTo(404);
        assertThat(other.get(base + "/" + id).status()).isEqualTo(404);
        assertThat(other.put(base + "/" + id, "{\"status\": \"MET\"}", "If-Match", "*").status()).isEqualTo(404);
        assertThat(other.get("api/v1/organizations/" + s.org() + "/calendar").status()).isEqualTo(404);
        assertThat(other.exchange("POST", base + "/" + id + "/evidence?name=a.pdf", pdf(10)).status()).isEqualTo(404);

        Api auditor = user("AUDITOR", null);
        String name = auditor.get("api/v1/auth/me").json().get("name").asText();
        long userId = -1;
        for (JsonNode u : api.get("api/v1/users").json()) {
            if (u.get("username").asText().equals(name)) {
                userId = u.get("id").asLong();
            }
        }
        assertThat(api.post("api/v1/auditor-assignments", """
                {"userId": %d, "organizationId": %s, "validFrom": "2000-01-01", "validTo": "2999-12-31"}""".formatted(userId, s.org())).status())
                .isEqualTo(201);
        assertThat(auditor.get(base).status()).isEqualTo(200);
        assertThat(auditor.get(base + "/" + id + "/history").status()).isEqualTo(200);
        assertThat(auditor.get("api/v1/systems/" + s.system() + "/calendar.ics").status()).isEqualTo(200);
        assertThat(auditor.put(base + "/" + id, "{\"status\": \"MET\"}", "If-Match", "*").status()).isEqualTo(403);
        assertThat(auditor.exchange("POST", base + "/" + id + "/evidence?name=a.pdf", pdf(10)).status()).isEqualTo(403);
        assertThat(auditor.get("api/v1/evidence-store/check").status()).isEqualTo(403);

        assertThat(anonymous.get(base).status()).isEqualTo(401);
        assertThat(anonymous.get("api/v1/systems/" + s.system() + "/calendar.ics").status()).isEqualTo(401);
        assertThat(anonymous.exchange("POST", base + "/" + id + "/evidence?name=a.pdf", pdf(10)).status()).isEqualTo(401);
        assertThat(api.get(base).status()).as("the administrator reads").isEqualTo(200);
        assertThat(api.put(base + "/" + id, "{\"status\": \"MET\"}", "If-Match", "*").status()).as("but does not write").isEqualTo(403);
        assertThat(s.owner().get(base + "/999999999").status()).isEqualTo(404);
    }
}
