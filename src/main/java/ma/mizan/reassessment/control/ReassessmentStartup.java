package ma.mizan.reassessment.control;

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
 * Checks, just after start-up (once the application is deployed, so that batch jobs can start), whether
 * a re-assessment is due or was interrupted.
 */
@Singleton
@Startup
public class ReassessmentStartup {

    private static final Logger LOG = Logger.getLogger(ReassessmentStartup.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Database database;

    @Inject
    Reassessments reassessments;

    @PostConstruct
    void schedule() {
        database.product(); // the schema is migrated before anything below runs
        timers.createSingleActionTimer(1_000, new TimerConfig("reassessment-startup-check", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            reassessments.onStartup();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the start-up re-assessment check failed; start a run with POST /api/v1/reassessments", e);
        }
    }
}
