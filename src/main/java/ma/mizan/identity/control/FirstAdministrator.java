package ma.mizan.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.control.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start (no user at all), creates the first administrator: mizan.admin.username (default
 * admin) with mizan.admin.password if configured, otherwise a generated password printed once in the
 * log. No default password ships.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    Database database;

    @Inject
    Users users;

    @Inject
    @ConfigProperty(name = "mizan.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "mizan.admin.password")
    Optional<String> password;

    void create(@Observes @Initialized(ApplicationScoped.class) Object started) {
        database.product();
        if (users.count() > 0) {
            return;
        }
        String chosen = password.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = chosen == null;
        if (generated) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            chosen = sb.toString();
        }
        users.create(username, chosen.toCharArray(), Role.ADMIN, null);
        String shown = chosen;
        LOG.warning(() -> generated
                ? "\n  First administrator created: username '" + username + "', password '" + shown + "'"
                  + "\n  This password is shown once: log in and change it (POST /api/v1/auth/password)."
                : "\n  First administrator created: username '" + username + "', with the password configured in mizan.admin.password.");
    }
}
