package ma.mizan.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import jakarta.inject.Inject;

/**
 * Mizan's database: one data source (H2 file database by default, PostgreSQL by URL) whose schema is
 * owned by Flyway migrations in db/migration, applied at start-up before anything reads or writes.
 * EclipseLink generates no DDL, so H2 and PostgreSQL get exactly the same schema.
 */
@DataSourceDefinition(name = Database.JNDI,
        className = "ma.mizan.platform.control.MizanDataSource",
        url = "${MPCONFIG=mizan.db.url}",
        user = "${MPCONFIG=mizan.db.user}",
        password = "${MPCONFIG=mizan.db.password}",
        initialPoolSize = 1, minPoolSize = 1, maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Database {

    public static final String JNDI = "java:global/jdbc/mizan";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "mizan.db.url")
    String url;

    private String product;

    @PostConstruct
    void start() {
        try {
            migrate();
        } catch (RuntimeException e) {
            throw StartupFailure.fatal("the database at " + redact(url) + " cannot be reached or migrated", e);
        }
    }

    private void migrate() {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("database unreachable after migration: " + e.getMessage(), e);
        }
        var current = flyway.info().current();
        String schema = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Mizan database: " + product + " at " + redact(url) + "; schema version " + schema
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** Whether the database answers now (readiness). */
    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public String product() {
        return product;
    }

    public String url() {
        return redact(url);
    }

    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
