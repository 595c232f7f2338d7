package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Organizations, systems and stored assessments over HTTP, with every error path of their inputs. */
class OrganizationsAndSystemsIT extends MizanIT {

    @Test
    void createsReadsAndListsAnOrganization() {
        String id = organization(false);
        Api.Reply r = api.get("api/v1/organizations/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"v1\"");
        assertThat(r.json().get("name").asText()).isEqualTo("Banque Atlas SA");
        assertThat(r.json().get("publicAuthority").asBoolean()).isFalse();
        Api.Reply list = api.get("api/v1/organizations?size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isPositive();
    }
}
