package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ma.mizan.exports.control.ExportVerifier;
import ma.mizan.exports.entity.VerificationResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of the packaged application as a user runs it: a register of tens of thousands of long entries
 * exported under a capped heap (the rows stream, they are never held), and a background export cut off
 * by kill -9, which the next start runs again to the end.
 */
class ExportsPackagedIT {

    private static final int LARGE = 20_000;

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

    private static Api regulator(PackagedApp app) {
        String name = "regulator-" + System.nanoTime();
        Api.Reply r = app.admin().post("api/v1/users", "{\"username\": \"" + name + "\", \"password\": \"password-" + name + "\", \"role\": \"REGULATOR\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return app.admin().login(name, "password-" + name);
    }

    /** Downloads to a file (the test itself must not hold a large export in memory either). */
    private static HttpResponse<Path> download(Api who, String path, Path file) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(who.uri(path)).timeout(Duration.ofMinutes(10));
        who.credentialsInto(b);
        return HttpClient.newHttpClient().send(b.GET().build(), HttpResponse.BodyHandlers.ofFile(file));
    }

    private static PublicKey publicKey(Api anyone) throws Exception {
        String pem = anyone.get("api/v1/exports/public-key").body();
        String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }

    private static Connection connect(Path data) throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/mizan", "mizan", "mizan");
    }

    @Test
    void aLargeRegisterIsExportedUnderACappedHeap() throws Exception {
        // Only on the embedded database: the rows are written straight into the application's own H2 file.
        assumeTrue(System.getenv("MIZAN_DB_URL") == null, "the bulk rows go into the H2 file of a data directory of the test's own");
        int port = PackagedApp.freePort();
        Path data = work.resolve("data");
        try (PackagedApp app = PackagedApp.start(port, work.resolve("migrate.log"), env(data))) {
            assertThat(app.admin().get("api/v1/auth/me").status()).isEqualTo(200);
        }
        // Each entry carries a 4,000-character purpose and a 10,000-character description: holding the listing whole
        // would take well over half a gigabyte, far more than the heap the application is given below.
        String purpose = "Évaluer les demandes — تقييم الطلبات ".repeat(200).substring(0, 4000);
        String description = "Description, \"quoted\", on several\nlines; ".repeat(400).substring(0, 10000);
        try (Connection c = connect(data)) {
            c.setAutoCommit(false);
            try (PreparedStatement org = c.prepareStatement("insert into organization (id, name, legal_form, ice, city, sector, contact_email, "
                    + "public_authority, created_at, updated_at, row_version) values (900000001, 'Banque Atlas — بنك الأطلس', 'SA', ?, 'Rabat', "
                    + "'Banking', 'a@b.ma', false, current_timestamp, current_timestamp, 1)")) {
                org.setString(1, ice());
                org.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into ai_system (id, organization_id, name, software_version, description, "
                    + "intended_purpose, lifecycle, registration_status, profile, latest_risk_level, created_at, updated_at, row_version, "
                    + "registration_number, registered_at, registered_profile, registered_risk_level) values (?, 900000001, ?, '1.0', ?, ?, "
                    + "'IN_SERVICE', 'REGISTERED', ?, 'HIGH', current_timestamp, current_timestamp, 1, ?, current_timestamp, ?, 'HIGH')")) {
                String profile = "{\"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\"]}";
                for (int i = 0; i < LARGE; i++) {
                    s.setLong(1, 900_000_001L + i);
                    s.setString(2, "Système " + i + " — نظام");
                    s.setString(3, description);
                    s.setString(4, purpose);
                    s.setString(5, profile);
                    s.setString(6, String.format("MA-AI-2099-%06d", i + 1));
                    s.setString(7, profile);
                    s.addBatch();
                    if (i % 1000 == 999) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();
        }
        try (PackagedApp app = PackagedApp.start(port, work.resolve("capped.log"), env(data), "256m")) {
            Api regulator = regulator(app);
            PublicKey key = publicKey(app.api);
            for (String format : new String[] {"csv", "xlsx", "json"}) {
                Path bundle = work.resolve("register-" + format + ".zip");
                HttpResponse<Path> r = download(regulator, "api/v1/exports/register?format=" + format, bundle);
                assertThat(r.statusCode()).as(format + ": " + (r.statusCode() >= 400 ? Files.readString(bundle) : "")).isEqualTo(200);
                VerificationResult verified = ExportVerifier.verify(bundle, key);
                assertThat(verified.valid()).as(format + ": " + verified.problems()).isTrue();
                if (format.equals("csv")) {
                    try (ZipFile zip = new ZipFile(bundle.toFile())) {
                        ZipEntry csv = zip.stream().filter(e -> e.getName().endsWith(".csv")).findFirst().orElseThrow();
                        try (InputStream in = zip.getInputStream(csv);
                             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                                     .parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
                            long rows = 0;
                            for (var record : p) {
                                if (rows == 0) {
                                    assertThat(record.get("intendedPurpose")).isEqualTo(purpose);
                                }
                                rows++;
                            }
                            assertThat(rows).isEqualTo(LARGE);
                        }
                    }
                }
            }
            assertThat(app.output()).doesNotContain("OutOfMemoryError");
            assertThat(app.api.get("http://localhost:" + port + "/health/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void aBackgroundExportCutOffByKillIsRunAgainAtTheNextStart() throws Exception {
        int port = PackagedApp.freePort();
        Path data = work.resolve("data");
        Map<String, String> slow = env(data);
        slow.put("MIZAN_EXPORTS_PAUSE_MS", "400");
        String jobId;
        String username = "owner-" + System.nanoTime();
        int systems = 15;
        try (PackagedApp app = PackagedApp.start(port, work.resolve("slow.log"), slow)) {
            Api admin = app.admin();
            String orgId = admin.post("api/v1/organizations", """
                    {"name": "Office — المكتب", "legalForm": "SA", "ice": "%s", "city": "Rabat", "sector": "Public services", "contactEmail": "a@b.ma"}"""
                    .formatted(ice())).json().get("id").asText();
            assertThat(admin.post("api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"password-" + username
                    + "\", \"role\": \"ORG_ADMIN\", \"organizationId\": " + orgId + "}").status()).isEqualTo(201);
            Api owner = app.api.login(username, "password-" + username);
            for (int i = 0; i < systems; i++) {
                assertThat(owner.post("api/v1/systems", """
                        {"organizationId": %s, "name": "Système %d", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                         "profile": {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"]}}""".formatted(orgId, i)).status()).isEqualTo(201);
            }
            Api.Reply submitted = owner.post("api/v1/exports/jobs", "{\"scope\": \"ORGANIZATION\", \"targetId\": " + orgId + ", \"format\": \"CSV\"}");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
            jobId = submitted.json().get("id").asText();
            JsonNode job = null;
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                job = owner.get("api/v1/exports/jobs/" + jobId).json();
                if (job.get("status").asText().equals("RUNNING") && job.get("itemsDone").asLong() > 0) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("RUNNING");
            // H2 writes committed changes to its file within a second (MVStore's background writer): give the job's
            // record that second, as a crash in real life comes long after the request, then cut it off mid-way.
            Thread.sleep(2_000);
            job = owner.get("api/v1/exports/jobs/" + jobId).json();
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("RUNNING");
            assertThat(job.get("itemsDone").asLong()).as(job.toString()).isLessThan(job.get("itemsTotal").asLong());
            app.kill();
        }
        try (PackagedApp app = PackagedApp.start(port, work.resolve("after.log"), env(data))) {
            Api owner = app.api.login(username, "password-" + username);
            JsonNode job = owner.get("api/v1/exports/jobs/" + jobId).json();
            Instant deadline = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(deadline) && !job.get("status").asText().equals("DONE") && !job.get("status").asText().equals("FAILED")) {
                Thread.sleep(250);
                job = owner.get("api/v1/exports/jobs/" + jobId).json();
            }
            assertThat(job.get("status").asText()).as("never left behind: %s", job).isEqualTo("DONE");
            assertThat(job.get("attempts").asInt()).as("run again after the kill: %s", job).isEqualTo(2);
            assertThat(job.get("note").asText()).contains("interrupted");
            Path bundle = work.resolve("job.zip");
            HttpResponse<Path> r = download(owner, "api/v1/exports/jobs/" + jobId + "/bundle", bundle);
            assertThat(r.statusCode()).isEqualTo(200);
            VerificationResult verified = ExportVerifier.verify(bundle, publicKey(app.api));
            assertThat(verified.valid()).as(verified.problems().toString()).isTrue();
            try (ZipFile zip = new ZipFile(bundle.toFile())) {
                ZipEntry systemsCsv = zip.stream().filter(e -> e.getName().endsWith("-systems.csv")).findFirst().orElseThrow();
                String text = new String(zip.getInputStream(systemsCsv).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text.lines().count()).as("header and one line per system, none lost or doubled").isEqualTo(systems + 1);
            }
        }
    }
}
