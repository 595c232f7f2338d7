package ma.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Says at start-up where Mizan listens and where its data lives. */
@ApplicationScoped
public class Banner {

    private static final Logger LOG = Logger.getLogger(Banner.class.getName());

    @Inject
    @ConfigProperty(name = "mizan.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "mizan.port", defaultValue = "8080")
    String port;

    @Inject
    Database database;

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "\n  Mizan is up: http://localhost:" + System.getProperty("payaramicro.port", port) + "/  (API under /api/v1, "
                + "OpenAPI at /openapi, health at /health)"
                + "\n  data directory: " + Path.of(dataDir).toAbsolutePath().normalize()
                + "\n  database: " + database.url());
    }
}
