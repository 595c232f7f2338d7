package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The audit trail over HTTP: every change leaves an entry, each caller reads what is theirs, the chain verifies. */
class AuditIT extends MizanIT {

    @Test
    void changesAndWorkflowActionsAreAuditedWithWhoAndBeforeAndAfter() {
        String org = organization(false);
        Api owner = as(org);
        String system = owner.post("api/v1/systems", """
                {"organizationId": %s, "name": "Audited", "intendedPurpose": "p", "lifecycle": "IN_SERVICE", "profile": {"role": "PROVIDER"}}"""
                .formatted(org)).json().get("id").asText();
        owner.post("api/v1/systems/" + system + "/assessments", null);
        owner.post("api/v1/systems/" + system + "/review/submit", null);
        JsonNode entries = owner.get("api/v1/audit?entityType=ai_system&entityId=" + system).json();
        List<String> actions = new ArrayList<>();
        entries.get("items").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("review.submit", "system.created");
        JsonNode submit = entries.at("/items/0");
        assertThat(submit.get("actor").asText()).startsWith("org_admin-");
        assertThat(submit.get("actorRole").asText()).isEqualTo("ORG_ADMIN");
        assertThat(submit.get("before").asText()).contains("\"registrationStatus\":\"DRAFT\"");
        assertThat(submit.get("after").asText()).contains("\"registrationStatus\":\"SUBMITTED\"");
        assertThat(submit.get("source").asText()).isNotBlank();
        assertThat(owner.get("api/v1/audit?entityType=assessment").json().at("/items/0/action").asText()).isEqualTo("system.assessed");
    }

    @Test
    void anOrganizationReadsOnlyItsOwnEntriesAndTheRegulatorReadsAll() {
        String mine = organization(false);
        String other = organization(false);
        as(other).post("api/v1/systems", """
                {"organizationId": %s, "name": "Other's", "intendedPurpose": "p", "lifecycle": "IN_SERVICE", "profile": {"role": "PROVIDER"}}"""
                .formatted(other));
        JsonNode seen = as(mine).get("api/v1/audit?size=100").json();
        seen.get("items").forEach(e -> assertThat(e.get("organizationId").asText()).isEqualTo(mine));
        assertThat(as(mine).get("api/v1/audit?organizationId=" + other).json().get("total").asInt()).isZero();
        Api regulator = user("REGULATOR", null);
        assertThat(regulator.get("api/v1/audit?organizationId=" + other).json().get("total").asInt()).isPositive();
    }

    @Test
    void theChainVerifiesEvenUnderConcurrentWriters() {
        String org = organization(false);
        Api owner = as(org);
        List<CompletableFuture<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            writes.add(CompletableFuture.supplyAsync(() -> owner.post("api/v1/systems", """
                    {"organizationId": %s, "name": "Concurrent %d", "intendedPurpose": "p", "lifecycle": "IN_SERVICE", "profile": {"role": "PROVIDER"}}"""
                    .formatted(org, n)).status()));
        }
        assertThat(writes.stream().map(CompletableFuture::join).toList()).containsOnly(201);
        JsonNode v = api.get("api/v1/audit/verify").json();
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
        assertThat(v.get("entries").asLong()).isEqualTo(v.get("lastSeq").asLong());
        assertThat(v.get("checkpointSeq").asLong()).isEqualTo(v.get("lastSeq").asLong());
        assertThat(anonymous.get("api/v1/audit/public-key").json().get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(api.send("PUT", "api/v1/audit", "{}").status()).isEqualTo(405);
        assertThat(api.send("DELETE", "api/v1/audit", null).status()).isEqualTo(405);
    }
}
