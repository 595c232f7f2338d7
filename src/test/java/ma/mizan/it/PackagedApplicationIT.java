package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the packaged application as a user runs it: {@code java -jar target/mizan-microbundle.jar},
 * a data directory of its own, a record written, the process stopped and started again, the record
 * still there.
 */
class PackagedApplicationIT {

    @TempDir
    Path work;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process start(int port, Path data, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", System.getProperty("mizan.uberJar", "target/mizan-microbundle.jar"), "--port", String.valueOf(port), "--nocluster"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("MIZAN_DATA_DIR", data.toString());
        pb.environment().put("MIZAN_PORT", String.valueOf(port));
        return pb.start();
    }

    private static void awaitReady(Api api, int port, Process p, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(p.isAlive()).as("the application exited early:\n%s", Files.readString(log)).isTrue();
            try {
                if (api.get("http://localhost:" + port + "/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready after 180 s:\n" + Files.readString(log));
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    void dataSurvivesARestartOfThePackagedApplication() throws Exception {
        int port = freePort();
        Path data = work.resolve("data");
        Path log1 = work.resolve("first.log");
        Api api = new Api("http://localhost:" + port + "/");
        Process first = start(port, data, log1);
        String id;
        String ice = String.format("%015d", System.nanoTime() % 999_999_999_999_999L + 1);
        try {
            awaitReady(api, port, first, log1);
            Api.Reply created = api.post("api/v1/organizations", """
                    {"name": "Office National — المكتب الوطني", "legalForm": "PUBLIC_ESTABLISHMENT", "ice": "%s", "city": "Rabat",
                     "sector": "Public services", "contactEmail": "dpo@office.ma", "publicAuthority": true}""".formatted(ice));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            id = created.json().get("id").asText();
            String banner = Files.readString(log1);
            if (System.getenv("MIZAN_DB_URL") == null) {
                assertThat(banner).contains("data directory: " + data.toAbsolutePath().normalize());
                assertThat(Files.exists(data.resolve("mizan.mv.db"))).as("the H2 file lives in the data directory").isTrue();
            }
            assertThat(banner).contains("Mizan is up: http://localhost:" + port + "/");
        } finally {
            stop(first);
        }

        Path log2 = work.resolve("second.log");
        Process second = start(port, data, log2);
        try {
            awaitReady(api, port, second, log2);
            Api.Reply again = api.get("api/v1/organizations/" + id);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().get("name").asText()).isEqualTo("Office National — المكتب الوطني");
            assertThat(again.json().get("ice").asText()).isEqualTo(ice);
            assertThat(Files.readString(log2)).contains("0 migration(s) applied now");
        } finally {
            stop(second);
        }
    }
}
