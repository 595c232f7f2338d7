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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application (target/mizan-microbundle.jar) run as a separate process, as a user runs it. */
final class PackagedApp implements AutoCloseable {

    final int port;
    final Path log;
    final Api api;
    private final Process process;

    private PackagedApp(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
        this.api = new Api("http://localhost:" + port + "/");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the application and waits until it is ready. */
    static PackagedApp start(int port, Path log, Map<String, String> env) throws Exception {
        return start(port, log, env, "512m");
    }

    /** Starts the application with a heap of at most {@code maxHeap} (e.g. "256m") and waits until it is ready. */
    static PackagedApp start(int port, Path log, Map<String, String> env, String maxHeap) throws Exception {
        PackagedApp app = launch(port, log, env, maxHeap);
        app.awaitReady();
        return app;
    }

    /** Starts the application and returns its exit status, waiting at most {@code seconds}. */
    static int exitStatus(int port, Path log, Map<String, String> env, int seconds) throws Exception {
        PackagedApp app = launch(port, log, env, "512m");
        if (!app.process.waitFor(seconds, TimeUnit.SECONDS)) {
            app.kill();
            throw new AssertionError("still running after " + seconds + " s:\n" + app.output());
        }
        return app.process.exitValue();
    }

    private static PackagedApp launch(int port, Path log, Map<String, String> env, String maxHeap) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                // tests start the application a few dozen times and use it briefly: the quick compiler alone starts it sooner
                "-XX:TieredStopAtLevel=1",
                "-jar", System.getProperty("mizan.uberJar", "target/mizan-microbundle.jar"), "--port", String.valueOf(port), "--nocluster"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("MIZAN_PORT", String.valueOf(port));
        pb.environment().put("MIZAN_ADMIN_PASSWORD", MizanIT.ADMIN_PASSWORD);
        pb.environment().putAll(env);
        return new PackagedApp(port, log, pb.start());
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application exited early:\n%s", Files.readString(log)).isTrue();
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

    /** Copies the log to target/packaged-app-logs, so that a failed run can be read after the temporary folder is gone. */
    void keepLog() throws IOException {
        Path dir = Path.of(System.getProperty("mizan.logDir", "target/packaged-app-logs"));
        Files.createDirectories(dir);
        Files.copy(log, dir.resolve(System.currentTimeMillis() + "-" + log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The administrator of this instance (mizan.admin.password set at start). */
    Api admin() {
        return api.login("admin", MizanIT.ADMIN_PASSWORD);
    }

    /** A new administrator of the organization, logged in. */
    Api organizationAdmin(String organizationId) {
        String username = "org-admin-" + System.nanoTime();
        Api.Reply r = admin().post("api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"password-" + username
                + "\", \"role\": \"ORG_ADMIN\", \"organizationId\": " + organizationId + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return api.login(username, "password-" + username);
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Like kill -9: no shutdown hook, nothing flushed on purpose. */
    void kill() throws InterruptedException, IOException {
        process.destroyForcibly().waitFor();
        keepLog();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        keepLog();
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
