package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user runs it ({@code java -jar target/mizan-microbundle.jar}, a data
 * directory of its own): records survive a restart, and a re-assessment killed in the middle (kill -9)
 * is continued at the next start without losing or duplicating a system.
 */
class PackagedApplicationIT {

    @TempDir
    Path work;

    private Map<String, String> env(Path data) {
        Map<String, String> env = new HashMap<>();
        env.put("MIZAN_DATA_DIR", data.toString());
        return env;
    }

    private static String ice() {
        return String.format("%015d", System.nanoTime() % 999_999_999_999_999L + 1);
    }

    @Test
    void dataSurvivesARestartOfThePackagedApplication() throws Exception {
        int port = PackagedApp.freePort();
        Path data = work.resolve("data");
        String id;
        String ice = ice();
        try (PackagedApp first = PackagedApp.start(port, work.resolve("first.log"), env(data))) {
            Api.Reply created = first.admin().post("api/v1/organizations", """
                    {"name": "Office National — المكتب الوطني", "legalForm": "PUBLIC_ESTABLISHMENT", "ice": "%s", "city": "Rabat",
                     "sector": "Public services", "contactEmail": "dpo@office.ma", "publicAuthority": true}""".formatted(ice));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            id = created.json().get("id").asText();
            String banner = first.output();
            if (System.getenv("MIZAN_DB_URL") == null) {
                assertThat(banner).contains("data directory: " + data.toAbsolutePath().normalize());
                assertThat(Files.exists(data.resolve("mizan.mv.db"))).as("the H2 file lives in the data directory").isTrue();
            }
            assertThat(banner).contains("Mizan is up: http://localhost:" + port + "/");
        }
        try (PackagedApp second = PackagedApp.start(port, work.resolve("second.log"), env(data))) {
            Api.Reply again = second.admin().get("api/v1/organizations/" + id);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().get("name").asText()).isEqualTo("Office National — المكتب الوطني");
            assertThat(again.json().get("ice").asText()).isEqualTo(ice);
            assertThat(second.output()).contains("0 migration(s) applied now");
        }
    }

    @Test
    void aReassessmentKilledInTheMiddleIsContinuedAfterRestartWithoutDuplicates() throws Exception {
        int port = PackagedApp.freePort();
        Path data = work.resolve("data");
        int systems = 60;
        List<String> ids = new ArrayList<>();
        long systemsBefore;
        long runsBefore;
        // Against PostgreSQL the database is shared with the other integration tests: count relative to what is there.
        try (PackagedApp app = PackagedApp.start(port, work.resolve("setup.log"), env(data))) {
            Api admin = app.admin();
            systemsBefore = admin.get("api/v1/systems").json().get("total").asLong();
            runsBefore = admin.get("api/v1/reassessments").json().get("total").asLong();
            Api.Reply org = admin.post("api/v1/organizations", """
                    {"name": "Banque", "legalForm": "SA", "ice": "%s", "city": "Casablanca", "sector": "Banking", "contactEmail": "a@b.ma"}"""
                    .formatted(ice()));
            String orgId = org.json().get("id").asText();
            Api owner = app.organizationAdmin(orgId);
            for (int i = 0; i < systems; i++) {
                Api.Reply s = owner.post("api/v1/systems", """
                        {"organizationId": %s, "name": "Système %d", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                         "profile": {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"]}}""".formatted(orgId, i));
                String id = s.json().get("id").asText();
                ids.add(id);
                assertThat(owner.post("api/v1/systems/" + id + "/assessments", null).status()).isEqualTo(201);
            }
        }

        // A regulator's amended rule base in an external folder: here the deployer duties of high-risk systems are withdrawn.
        Path rules = work.resolve("rules");
        Path source = Path.of(System.getProperty("mizan.repo", ".")).resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = rules.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.delete(rules.resolve("ai/obligations-high-risk-deployer.drl"));
        Map<String, String> amended = env(data);
        amended.put("MIZAN_RULES_DIR", rules.toString());

        Map<String, String> slow = new HashMap<>(amended);
        slow.put("MIZAN_REASSESSMENT_PAUSE_MS", "700");
        PackagedApp interrupted = PackagedApp.start(port, work.resolve("interrupted.log"), slow);
        JsonNode run = awaitRun(interrupted.admin(), r -> r.get("processed").asInt() >= 10, Duration.ofSeconds(120));
        assertThat(run.get("reason").asText()).isEqualTo("RULE_BASE_CHANGED");
        assertThat(run.get("status").asText()).as("killed before the end: %s", run).isEqualTo("RUNNING");
        assertThat(run.get("processed").asLong()).isLessThan(systemsBefore + systems);
        interrupted.kill();

        JsonNode executions;
        try (PackagedApp resumed = PackagedApp.start(port, work.resolve("resumed.log"), amended)) {
            Api admin = resumed.admin();
            JsonNode done = awaitRun(admin, r -> r.get("status").asText().equals("COMPLETED"), Duration.ofSeconds(120));
            assertThat(done.get("id")).isEqualTo(run.get("id"));
            assertThat(done.get("processed").asLong()).isEqualTo(systemsBefore + systems);
            assertThat(done.get("totalSystems").asLong()).isEqualTo(systemsBefore + systems);
            assertThat(done.get("executionIds").size()).as("continued by a second batch execution").isEqualTo(2);
            assertThat(resumed.output()).contains("Continuing re-assessment run " + run.get("id").asText());
            assertThat(admin.get("api/v1/reassessments").json().get("total").asLong()).as("no second run").isEqualTo(runsBefore + 1);
            List<JsonNode> lines = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode report = admin.get("api/v1/reassessments/" + run.get("id").asText() + "/changes?size=100&page=" + page).json();
                assertThat(report.get("total").asLong()).isEqualTo(systemsBefore + systems);
                report.get("items").forEach(line -> {
                    if (ids.contains(line.get("systemId").asText())) {
                        lines.add(line);
                    }
                });
                if ((page + 1) * 100L >= report.get("total").asLong()) {
                    break;
                }
            }
            assertThat(lines).as("one report line per system").hasSize(systems);
            for (JsonNode line : lines) {
                assertThat(line.get("tierBefore").asText()).isEqualTo("HIGH");
                assertThat(line.get("tierAfter").asText()).isEqualTo("HIGH");
                assertThat(line.get("changed").asBoolean()).isTrue();
                assertThat(line.get("obligationsRemoved").toString()).contains("FRIA").contains("DEPLOYER-DUE-DILIGENCE");
                assertThat(line.get("obligationsAdded").size()).isZero();
            }
            for (String id : ids) {
                JsonNode history = admin.get("api/v1/systems/" + id + "/assessments").json();
                assertThat(history.get("total").asInt()).as("system %s: its own assessment and exactly one re-assessment", id).isEqualTo(2);
                assertThat(history.at("/items/0/ruleBase/hash").asText()).isEqualTo(done.get("ruleBaseHash").asText());
                // obligation tracking followed the re-assessment: the withdrawn duties are closed with the reason, the rest stay open
                JsonNode tracked = admin.get("api/v1/systems/" + id + "/obligations?includeClosed=true").json();
                JsonNode fria = null;
                for (JsonNode o : tracked) {
                    if (o.get("code").asText().equals("FRIA")) {
                        fria = o;
                    }
                }
                assertThat(fria).as("system %s keeps the FRIA tracking as a closed record", id).isNotNull();
                assertThat(fria.get("closed").asBoolean()).isTrue();
                assertThat(fria.get("closedReason").asText()).contains("No longer listed by assessment " + history.at("/items/0/id").asText());
                assertThat(admin.get("api/v1/systems/" + id + "/obligations").json().toString()).doesNotContain("\"FRIA\"")
                        .contains("AI-LITERACY");
            }
            executions = done.get("executionIds");
        }
        assertJobRepositoryHolds(data, executions);
    }

    /** The Jakarta Batch job repository is in Mizan's own database: the executions of the run are there. */
    private static void assertJobRepositoryHolds(Path data, JsonNode executionIds) throws Exception {
        List<Long> found = new ArrayList<>();
        try (java.sql.Connection c = connect(data);
             java.sql.ResultSet rs = c.createStatement().executeQuery("select jobexecid from jbatchexecutioninstancedata")) {
            while (rs.next()) {
                found.add(rs.getLong(1));
            }
        }
        for (JsonNode id : executionIds) {
            assertThat(found).as("batch execution %s in Mizan's database", id).contains(id.asLong());
        }
    }

    /** Runs SQL on the application's database while it is stopped (H2 file in the data directory, or PostgreSQL). */
    private static void sql(Path data, String... statements) throws Exception {
        try (java.sql.Connection c = connect(data); java.sql.Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** Starts the application on a fresh data directory, writes a few audited records, checks the chain, stops; returns the last entry. */
    private long auditedRecords(int port, Path data, String log) throws Exception {
        try (PackagedApp app = PackagedApp.start(port, work.resolve(log), env(data))) {
            Api admin = app.admin();
            for (int i = 0; i < 3; i++) {
                admin.post("api/v1/organizations", """
                        {"name": "Org %d", "legalForm": "SA", "ice": "%s", "city": "Fès", "sector": "Retail", "contactEmail": "a@b.ma"}"""
                        .formatted(i, ice()));
            }
            JsonNode v = admin.get("api/v1/audit/verify").json();
            assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
            return v.get("lastSeq").asLong();
        }
    }

    private JsonNode verifyAfterRestart(int port, Path data, String log) throws Exception {
        try (PackagedApp app = PackagedApp.start(port, work.resolve(log), env(data))) {
            return app.admin().get("api/v1/audit/verify").json();
        }
    }

    @Test
    void aCutOffAuditTrailIsDetectedEvenWhenTheHeadIsRewound() throws Exception {
        int port = PackagedApp.freePort();
        Path data = work.resolve("data");
        long last = auditedRecords(port, data, "cut1.log");
        // Someone with database access removes the newest entry and its checkpoint and rewinds the head:
        // the database is consistent again, but the signed anchor kept outside it records the newer entry.
        sql(data, "delete from audit_checkpoint where seq = " + last,
                "delete from audit_entry where seq = " + last,
                "update audit_head set last_seq = " + (last - 1) + ", last_hash = (select hash from audit_entry where seq = " + (last - 1) + ")");
        JsonNode v = verifyAfterRestart(port, data, "cut2.log");
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isFalse();
        assertThat(v.get("problem").asText()).contains("cut off");
        assertThat(v.get("firstBrokenSeq").asLong()).isEqualTo(last);
    }

    private static java.sql.Connection connect(Path data) throws java.sql.SQLException {
        String url = System.getenv("MIZAN_DB_URL");
        if (url == null) {
            return java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/mizan", "mizan", "mizan");
        }
        return java.sql.DriverManager.getConnection(url, System.getenv().getOrDefault("MIZAN_DB_USER", "postgres"),
                System.getenv().getOrDefault("MIZAN_DB_PASSWORD", ""));
    }

    private static void setAfterState(Path data, long seq, String value) throws Exception {
        try (java.sql.Connection c = connect(data); java.sql.PreparedStatement st = c.prepareStatement("update audit_entry set after_state = ? where seq = ?")) {
            st.setString(1, value);
            st.setLong(2, seq);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aRewrittenAuditEntryIsDetectedAtThatEntry() throws Exception {
        int port = PackagedApp.freePort();
        Path data = work.resolve("data");
        long last = auditedRecords(port, data, "forge1.log");
        String original;
        try (java.sql.Connection c = connect(data); java.sql.PreparedStatement read = c.prepareStatement("select after_state from audit_entry where seq = ?")) {
            read.setLong(1, last - 1);
            try (java.sql.ResultSet rs = read.executeQuery()) {
                assertThat(rs.next()).isTrue();
                original = rs.getString(1);
            }
        }
        setAfterState(data, last - 1, original.replace("Org", "Forged"));
        JsonNode v = verifyAfterRestart(port, data, "forge2.log");
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstBrokenSeq").asLong()).isEqualTo(last - 1);
        assertThat(v.get("problem").asText()).contains("does not match its hash");
        setAfterState(data, last - 1, original);
        assertThat(verifyAfterRestart(port, data, "forge3.log").get("valid").asBoolean()).as("restored, the chain verifies again").isTrue();
    }

    @Test
    void aRuleThatDoesNotCompileStopsTheStartWithTheError() throws Exception {
        Path rules = work.resolve("broken-rules");
        Files.createDirectories(rules.resolve("ai"));
        Files.writeString(rules.resolve("VERSION"), "9.9.9\n");
        Files.writeString(rules.resolve("ai/broken.drl"), """
                package ma.mizan.rules.ai;
                rule "ma-ai-draft/art-2: broken" @legalRef("ma-ai-draft/art-2")
                when
                    Scope( availableInMorocco == )
                then
                end
                """);
        Map<String, String> env = env(work.resolve("data"));
        env.put("MIZAN_RULES_DIR", rules.toString());
        Path log = work.resolve("broken.log");
        assertThat(PackagedApp.exitStatus(PackagedApp.freePort(), log, env, 180)).isEqualTo(3);
        assertThat(Files.readString(log)).contains("MIZAN CANNOT START").contains("does not compile").contains("broken.drl");
    }

    private static JsonNode awaitRun(Api api, java.util.function.Predicate<JsonNode> condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode runs = api.get("api/v1/reassessments").json().get("items");
            if (runs.size() > 0) {
                last = runs.get(0);
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the re-assessment run did not reach the expected state; last seen: " + last);
    }
}
