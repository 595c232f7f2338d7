package ma.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.platform.control.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Health at /health (platform default): ready when the database answers and the rule base is built. */
public final class Health {

    private Health() {
    }

    @Readiness
    @ApplicationScoped
    public static class DatabaseReachable implements HealthCheck {
        @Inject
        Database database;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("database").status(database.reachable())
                    .withData("url", String.valueOf(database.url()))
                    .withData("product", String.valueOf(database.product())).build();
        }
    }

    @Readiness
    @ApplicationScoped
    public static class RuleBaseBuilt implements HealthCheck {
        @Inject
        RuleEngine engine;

        @Override
        public HealthCheckResponse call() {
            if (!engine.ready()) {
                return HealthCheckResponse.down("rule-base");
            }
            var id = engine.ruleBase().identity();
            return HealthCheckResponse.named("rule-base").up().withData("version", id.version()).withData("hash", id.hash())
                    .withData("rules", engine.ruleBase().rules().size()).build();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("mizan");
        }
    }
}
