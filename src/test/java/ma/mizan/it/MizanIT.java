package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: deploys the real WAR built by Maven into Payara Micro (one server per
 * test class) and talks to it over HTTP. Before any test, it asserts that the application is deployed
 * and ready (database reachable, rule base built): a failed deployment must fail the build, not show up
 * as a series of 404s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class MizanIT {

    @ArquillianResource
    protected URL base;

    /** The administrator (most tests' default client). */
    protected Api api;

    /** Anonymous: no credentials. */
    protected Api anonymous;

    private final java.util.Map<String, Api> organizationUsers = new java.util.HashMap<>();

    public static final String ADMIN_PASSWORD = System.getProperty("mizan.it.adminPassword", "integration-tests-admin-password");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("mizan.war", "target/mizan.war")));
    }

    @BeforeEach
    void ready() {
        anonymous = new Api(base.toString());
        Api.Reply health = anonymous.get(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        assertThat(health.status()).as("readiness of the deployed application: %s", health).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"rule-base\"");
        api = anonymous.login("admin", ADMIN_PASSWORD);
    }

    /** A new user with a role (and organization, for organization users), logged in. */
    protected Api user(String role, String organizationId) {
        String username = role.toLowerCase(java.util.Locale.ROOT) + "-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        String password = "password-of-" + username;
        Api.Reply r = api.post("api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"role\": \"" + role
                + "\"" + (organizationId == null ? "" : ", \"organizationId\": " + organizationId) + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return anonymous.login(username, password);
    }

    /** The organization's administrator (created with the organization by {@link #organization}). */
    protected Api as(String organizationId) {
        return organizationUsers.computeIfAbsent(organizationId, id -> user("ORG_ADMIN", id));
    }

    /** A valid ICE that no other test uses. */
    protected static String freshIce() {
        return String.format("%015d", ThreadLocalRandom.current().nextLong(1, 999_999_999_999_999L));
    }

    protected String organization(boolean publicAuthority) {
        String body = """
                {"name": "Banque Atlas SA", "legalForm": "SA", "ice": "%s", "rcNumber": "RC Casablanca 12345",
                 "city": "Casablanca", "sector": "Banking", "contactEmail": "conformite@atlas.ma", "publicAuthority": %s}
                """.formatted(freshIce(), publicAuthority);
        Api.Reply r = api.post("api/v1/organizations", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }
}
