package ma.mizan.exports.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.mizan.platform.control.Database;

/**
 * Just after start-up (the application deployed, its executor available), picks up the export jobs a
 * stop cut off, so that none is left QUEUED or RUNNING for ever.
 */
@Singleton
@Startup
public class ExportJobsStartup {

    private static final Logger LOG = Logger.getLogger(ExportJobsStartup.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Database database;

    @Inject
    ExportJobs jobs;

    @PostConstruct
    void schedule() {
        database.product(); // the schema is migrated before anything below runs
        timers.createSingleActionTimer(1_000, new TimerConfig("export-jobs-startup-check", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            jobs.recover();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the start-up check of interrupted export jobs failed; they will be picked up at the next start", e);
        }
    }
}
