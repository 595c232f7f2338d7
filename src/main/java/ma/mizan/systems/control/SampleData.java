package ma.mizan.systems.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import ma.mizan.assessment.control.Messages;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.organizations.control.Organizations;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.organizations.entity.OrganizationData;
import ma.mizan.platform.control.Database;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.AiSystemData;
import ma.mizan.systems.entity.Lifecycle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With mizan.sample-data=true (MIZAN_SAMPLE_DATA=true), an empty database receives a few example
 * organizations and systems, each assessed once, so that a new user has something to look at. Every
 * record goes through the same validation as the API; nothing is loaded into a database that has data.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class.getName());

    @Inject
    @ConfigProperty(name = "mizan.sample-data", defaultValue = "false")
    boolean enabled;

    @Inject
    Database database;

    @Inject
    Organizations organizations;

    @Inject
    Systems systems;

    @Inject
    Assessments assessments;

    @Inject
    Clock clock;

    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled || !database.reachable() || organizations.list(0, 1).total() > 0) {
            return;
        }
        JsonNode samples;
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream("samples/sample-data.json")) {
            samples = StrictJson.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = 0;
        for (JsonNode entry : samples.get("organizations")) {
            OrganizationData data = StrictJson.read(entry.get("organization").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "organization", OrganizationData.class);
            Organization o = organizations.create(data);
            for (JsonNode s : entry.get("systems")) {
                ObjectNode profile = ((ObjectNode) s.get("profile")).deepCopy();
                profile.put("name", s.get("name").asText());
                profile.put("publicAuthority", o.isPublicAuthority());
                AiSystemProfile p = StrictJson.read(profile.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "ai-system-profile", AiSystemProfile.class);
                AiSystem system = systems.create(new AiSystemData(o.getId(), s.get("name").asText(), s.get("version").asText(), null,
                        s.get("intendedPurpose").asText(), Lifecycle.valueOf(s.get("lifecycle").asText()), p));
                assessments.assess(system.getId(), LocalDate.now(clock), Messages.forLanguages(List.of(Locale.FRENCH)));
                count++;
            }
        }
        int systemsLoaded = count;
        LOG.info(() -> "Sample data loaded: " + samples.get("organizations").size() + " organizations, " + systemsLoaded + " assessed systems");
    }
}
