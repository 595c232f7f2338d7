package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The public register: anonymous, registered versions only, restricted classifications withheld, CSV, reports. */
class RegisterIT extends MizanIT {

    private String registered(String org, String name, String profile, Api regulator) {
        Api owner = as(org);
        String id = owner.post("api/v1/systems", """
                {"organizationId": %s, "name": "%s", "intendedPurpose": "Détecter les demandes frauduleuses", "lifecycle": "IN_SERVICE", "profile": %s}"""
                .formatted(org, name, profile)).json().get("id").asText();
        owner.post("api/v1/systems/" + id + "/assessments", null);
        owner.post("api/v1/systems/" + id + "/review/submit", null);
        regulator.post("api/v1/systems/" + id + "/review/take", null);
        return regulator.post("api/v1/systems/" + id + "/review/register", null).json().get("registrationNumber").asText();
    }

    @Test
    void registeredSystemsArePublicWithTheirPublicFieldsOnly() throws Exception {
        Api regulator = user("REGULATOR", null);
        String org = organization(false);
        String unique = "Crédit " + System.nanoTime() + " نظام";
        String number = registered(org, unique, "{\"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\"]}", regulator);
        String police = registered(org, "Police " + System.nanoTime(),
                "{\"role\": \"DEPLOYER\", \"useAreas\": [\"LAW_ENFORCEMENT_EVIDENCE\"], \"publicAuthority\": false}", regulator);
        // a draft is never public
        as(org).post("api/v1/systems", """
                {"organizationId": %s, "name": "Draft %s", "intendedPurpose": "p", "lifecycle": "IN_DEVELOPMENT", "profile": {"role": "PROVIDER"}}"""
                .formatted(org, unique));

        JsonNode found = anonymous.get("api/v1/register?q=" + java.net.URLEncoder.encode(unique, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode e = found.at("/items/0");
        assertThat(e.get("registrationNumber").asText()).isEqualTo(number);
        assertThat(e.get("system").asText()).isEqualTo(unique);
        assertThat(e.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(e.get("intendedPurpose").asText()).isEqualTo("Détecter les demandes frauduleuses");
        assertThat(e.get("obligations").toString()).contains("FRIA");
        assertThat(e.get("restricted").asBoolean()).isFalse();

        JsonNode restricted = anonymous.get("api/v1/register/" + police).json();
        assertThat(restricted.get("restricted").asBoolean()).isTrue();
        assertThat(restricted.has("intendedPurpose")).as("withheld").isFalse();
        assertThat(restricted.has("useAreas")).isFalse();
        assertThat(restricted.has("obligations")).isFalse();
        assertThat(anonymous.get("api/v1/register?useArea=LAW_ENFORCEMENT_EVIDENCE&size=100").body()).doesNotContain(police);

        Api.Reply csv = anonymous.get("api/v1/register/export.csv?q=" + java.net.URLEncoder.encode(unique, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("system")).isEqualTo(unique);
        assertThat(rows.get(0).get("registrationNumber")).isEqualTo(number);

        assertThat(anonymous.get("api/v1/register/MA-AI-1999-000001").status()).isEqualTo(404);
        assertThat(anonymous.get("api/v1/register?riskLevel=EXTREME").status()).isEqualTo(400);
    }

    @Test
    void aReportOfAnErrorReachesTheOrganizationAndTheRegulatorOnly() {
        Api regulator = user("REGULATOR", null);
        String org = organization(false);
        String other = organization(false);
        String number = registered(org, "Reported " + System.nanoTime(), "{\"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\"]}", regulator);
        Api.Reply sent = anonymous.post("api/v1/register/" + number + "/reports",
                "{\"message\": \"This system is no longer in service since June.\", \"contactEmail\": \"citoyen@example.ma\"}");
        assertThat(sent.status()).isEqualTo(202);
        assertThat(anonymous.post("api/v1/register/" + number + "/reports", "{\"message\": \"short\"}").status()).isEqualTo(400);
        assertThat(as(org).get("api/v1/register/reports").body()).contains("no longer in service");
        assertThat(regulator.get("api/v1/register/reports").body()).contains("no longer in service");
        assertThat(as(other).get("api/v1/register/reports").body()).doesNotContain(number);
    }
}
