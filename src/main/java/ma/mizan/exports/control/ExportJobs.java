package ma.mizan.exports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.mizan.exports.entity.ExportJob;
import ma.mizan.exports.entity.ExportRequest;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports in the background: a job is recorded, then run on the platform's managed executor into a file
 * of the export folder (written under a temporary name, moved into place when complete), with its
 * progress in the database. At start-up, jobs left QUEUED or RUNNING by a stop are run again from the
 * start, or reported FAILED after their last attempt ({@link ExportJob#interrupted}).
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Exporter exporter;

    @Inject
    ExportJobStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mizan.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "mizan.exports.dir")
    java.util.Optional<String> exportsDir;

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    Path folder() {
        Path dir = Path.of(exportsDir.filter(d -> !d.isBlank()).orElse(dataDir + "/exports"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the export folder " + dir, e);
        }
    }

    public Path bundle(ExportJob job) {
        return folder().resolve("export-" + job.getId() + ".zip");
    }

    public ExportJob find(long id, String requestedBy) {
        return store.find(id, requestedBy);
    }

    public List<ExportJob> of(String requestedBy) {
        return store.of(requestedBy);
    }

    /** Records the job and starts it; the caller follows it with {@link #find}. */
    public ExportJob submit(ExportRequest r, CallerIdentity requester) {
        ExportJob job = store.create(r, requester);
        long id = job.getId();
        executor.submit(() -> run(id));
        return job;
    }

    /** Runs at start-up: every job a stop cut off is run again or reported failed, none is left behind. */
    public void recover() {
        for (long id : store.interruptedJobs()) {
            LOG.info("export job " + id + " was cut off by a stop: running it again");
            executor.submit(() -> run(id));
        }
    }

    void run(long id) {
        ExportJob job = store.start(id);
        if (job == null) {
            return;
        }
        Path target = bundle(job);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            ExportRequest request = new ExportRequest(job.getScope(), job.getTargetId(), job.getFormat(),
                    filters(job.getParameters()),
                    job.getLanguage(), now().toLocalDate());
            CallerIdentity requester = new CallerIdentity(job.getRequestedBy(), Role.valueOf(job.getRequesterRole()), null,
                    job.getOrganizationId(), false);
            Exporter.Outcome outcome;
            try (OutputStream out = Files.newOutputStream(part)) {
                outcome = exporter.export(request, requester, out, new Exporter.Progress() {
                    private long lastWrite;

                    @Override
                    public void advanced(long done, Long total) {
                        long t = System.nanoTime();
                        if (t - lastWrite > 500_000_000L) {
                            lastWrite = t;
                            store.progress(id, done, total);
                        }
                    }
                }, "job " + id);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            store.progress(id, outcome.items(), outcome.items());
            store.finish(id, target.getFileName().toString(), Files.size(target), Exporter.sha256(target), null);
        } catch (ProblemException e) {
            store.finish(id, null, 0, null, e.getMessage());
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "export job " + id + " failed", e);
            store.finish(id, null, 0, null, "The export failed: " + e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a leftover part file is overwritten by the next run of the same job
            }
        }
    }

    /** The stored filters of a job: a JSON object of strings. */
    static Map<String, String> filters(String json) {
        Map<String, String> out = new java.util.TreeMap<>();
        if (json != null) {
            StrictJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).fields()
                    .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }
}
