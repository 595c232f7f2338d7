package ma.mizan.platform.control;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mizan is the only application of its Payara Micro process. If it cannot start (a rule that does not
 * compile, a legal text that does not parse, a database that cannot be migrated), the server would
 * otherwise stay up with nothing deployed, answering 404s; instead the process says why and exits with
 * status 3, so that the operator, a service manager or an orchestrator sees the failure at once.
 * Integration tests set mizan.exit-on-startup-failure=false and rely on the readiness check instead.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {
    }

    public static RuntimeException fatal(String what, RuntimeException cause) {
        LOG.log(Level.SEVERE, "\n  MIZAN CANNOT START: " + what + "\n  " + cause.getMessage().replace("\n", "\n  ") + "\n", cause);
        boolean exit = Boolean.parseBoolean(System.getProperty("mizan.exit-on-startup-failure",
                System.getenv().getOrDefault("MIZAN_EXIT_ON_STARTUP_FAILURE", "true")));
        if (exit) {
            Thread stopper = new Thread(() -> System.exit(3), "mizan-startup-failure");
            stopper.setDaemon(false);
            stopper.start();
        }
        return cause;
    }
}
