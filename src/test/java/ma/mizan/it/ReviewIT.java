package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The registration workflow over HTTP: every legal and illegal transition, numbers, the queue, concurrent actions. */
class ReviewIT extends MizanIT {

    private Api regulator;

    private Api regulator() {
        if (regulator == null) {
            regulator = user("REGULATOR", null);
        }
        return regulator;
    }

    private String assessedSystem(String org, String area) {
        Api owner = as(org);
        String id = owner.post("api/v1/systems", """
                {"organizationId": %s, "name": "Filing %s", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER", "useAreas": ["%s"]}}""".formatted(org, area, area)).json().get("id").asText();
        assertThat(owner.post("api/v1/systems/" + id + "/assessments", null).status()).isEqualTo(201);
        return id;
    }

    private Api.Reply act(Api who, String system, String action, String body) {
        return who.post("api/v1/systems/" + system + "/review/" + action, body);
    }

    @Test
    void aFilingGoesFromDraftToRegisteredWithChangesRequestedOnTheWay() {
        String org = organization(false);
        String id = assessedSystem(org, "CREDITWORTHINESS");
        Api owner = as(org);
        JsonNode draft = owner.get("api/v1/systems/" + id + "/review").json();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("allowedActions").toString()).isEqualTo("[\"submit\",\"withdraw\"]");

        assertThat(act(owner, id, "submit", null).json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(act(regulator(), id, "take", null).json().get("status").asText()).isEqualTo("UNDER_REVIEW");
        String deadline = LocalDate.now().plusDays(30).toString();
        Api.Reply changes = act(regulator(), id, "request-changes", """
                {"deadline": "%s", "comments": [{"pointer": "/profile/useAreas", "text": "Is it also used for insurance pricing?"},
                                               {"pointer": "/intendedPurpose", "text": "Say which products are scored."}]}""".formatted(deadline));
        assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
        JsonNode sent = owner.get("api/v1/systems/" + id + "/review").json();
        assertThat(sent.get("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(sent.get("deadline").asText()).isEqualTo(deadline);
        assertThat(sent.get("overdue").asBoolean()).isFalse();
        assertThat(sent.get("comments").size()).isEqualTo(2);
        assertThat(sent.at("/comments/0/pointer").asText()).isEqualTo("/profile/useAreas");

        // the organization edits in place and files again
        Api.Reply current = owner.get("api/v1/systems/" + id);
        Api.Reply put = owner.put("api/v1/systems/" + id, """
                {"organizationId": %s, "name": "Filing CREDITWORTHINESS", "intendedPurpose": "Consumer credit scoring", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER", "useAreas": ["CREDITWORTHINESS"]}}""".formatted(org), "If-Match", current.header("ETag"));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        owner.post("api/v1/systems/" + id + "/assessments", null);
        act(owner, id, "submit", null);
        act(regulator(), id, "take", null);
        JsonNode registered = act(regulator(), id, "register", null).json();
        assertThat(registered.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(registered.get("registrationNumber").asText()).matches("MA-AI-\\d{4}-\\d{6}");
        assertThat(registered.get("registeredRiskLevel").asText()).isEqualTo("HIGH");
    }

    @Test
    void registrationNumbersAreSequentialAndNeverReused() {
        String org = organization(false);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = assessedSystem(org, "EMPLOYMENT_RECRUITMENT");
            act(as(org), id, "submit", null);
            act(regulator(), id, "take", null);
            numbers.add(act(regulator(), id, "register", null).json().get("registrationNumber").asText());
        }
        int first = Integer.parseInt(numbers.get(0).substring(numbers.get(0).length() - 6));
        assertThat(numbers).containsExactly(numbers.get(0), String.format("%s%06d", numbers.get(0).substring(0, 11), first + 1),
                String.format("%s%06d", numbers.get(0).substring(0, 11), first + 2));
    }

    @Test
    void illegalTransitionsGet409WithWhatIsAllowed() {
        String org = organization(false);
        String id = assessedSystem(org, "JUSTICE");
        Api.Reply early = act(regulator(), id, "register", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("detail").asText()).contains("DRAFT").contains("SUBMIT");
        assertThat(act(regulator(), id, "take", null).status()).isEqualTo(409);
        assertThat(act(as(org), id, "take", null).status()).as("a regulator's action").isEqualTo(403);
        assertThat(act(regulator(), id, "submit", null).status()).as("an organization's action").isEqualTo(403);
        assertThat(act(as(org), id, "fly", null).status()).isEqualTo(404);
        act(as(org), id, "submit", null);
        assertThat(act(as(org), id, "submit", null).status()).isEqualTo(409);
        Api.Reply current = as(org).get("api/v1/systems/" + id);
        Api.Reply edit = as(org).put("api/v1/systems/" + id, """
                {"organizationId": %s, "name": "x", "intendedPurpose": "p", "lifecycle": "IN_SERVICE", "profile": {"role": "DEPLOYER"}}"""
                .formatted(org), "If-Match", current.header("ETag"));
        assertThat(edit.status()).as("no edits during review").isEqualTo(409);
        act(regulator(), id, "take", null);
        Api.Reply noReason = act(regulator(), id, "reject", null);
        assertThat(noReason.status()).isEqualTo(400);
        Api.Reply noDeadline = act(regulator(), id, "request-changes", "{\"comments\": [{\"pointer\": \"/name\", \"text\": \"t\"}]}");
        assertThat(noDeadline.status()).isEqualTo(400);
        assertThat(noDeadline.body()).contains("/deadline");
        JsonNode rejected = act(regulator(), id, "reject", "{\"reason\": \"Not an AI system within the meaning of art. 3.\"}").json();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("allowedActions").size()).isZero();
    }

    @Test
    void aSystemMustBeAssessedBeforeItIsSubmitted() {
        String org = organization(false);
        String id = as(org).post("api/v1/systems", """
                {"organizationId": %s, "name": "Unassessed", "intendedPurpose": "p", "lifecycle": "IN_SERVICE", "profile": {"role": "PROVIDER"}}"""
                .formatted(org)).json().get("id").asText();
        Api.Reply r = act(as(org), id, "submit", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("type").asText()).endsWith("assessment-required");
    }

    @Test
    void withdrawSuspendAndReinstate() {
        String org = organization(false);
        String withdrawn = assessedSystem(org, "ELECTIONS");
        act(as(org), withdrawn, "submit", null);
        assertThat(act(as(org), withdrawn, "withdraw", "{\"reason\": \"Project stopped\"}").json().get("status").asText()).isEqualTo("WITHDRAWN");
        String id = assessedSystem(org, "MIGRATION_RISK");
        act(as(org), id, "submit", null);
        act(regulator(), id, "take", null);
        String number = act(regulator(), id, "register", null).json().get("registrationNumber").asText();
        assertThat(act(regulator(), id, "suspend", "{\"reason\": \"Serious incident under investigation\"}").json().get("status").asText())
                .isEqualTo("SUSPENDED");
        JsonNode back = act(regulator(), id, "reinstate", null).json();
        assertThat(back.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(back.get("registrationNumber").asText()).isEqualTo(number);
    }

    @Test
    void editingARegisteredSystemOpensANewVersionAndKeepsTheRegisteredOne() {
        String org = organization(false);
        String id = assessedSystem(org, "EDUCATION_ACCESS");
        act(as(org), id, "submit", null);
        act(regulator(), id, "take", null);
        String number = act(regulator(), id, "register", null).json().get("registrationNumber").asText();
        Api.Reply current = as(org).get("api/v1/systems/" + id);
        as(org).put("api/v1/systems/" + id, """
                {"organizationId": %s, "name": "Filing EDUCATION_ACCESS", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER", "useAreas": ["EDUCATION_ACCESS", "EDUCATION_EVALUATION"]}}""".formatted(org),
                "If-Match", current.header("ETag"));
        JsonNode review = as(org).get("api/v1/systems/" + id + "/review").json();
        assertThat(review.get("status").asText()).isEqualTo("DRAFT");
        assertThat(review.get("registrationNumber").asText()).isEqualTo(number);
        assertThat(review.get("registeredRiskLevel").asText()).isEqualTo("HIGH");
        assertThat(review.get("substantialChange").asBoolean()).isTrue();
    }

    @Test
    void concurrentReviewActionsOnOneFilingNeverBothSucceed() throws Exception {
        String org = organization(false);
        String id = assessedSystem(org, "CREDITWORTHINESS");
        act(as(org), id, "submit", null);
        Api a = regulator();
        Api b = user("REGULATOR", null);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> takes = new ArrayList<>();
        for (Api who : List.of(a, b, a, b)) {
            takes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return act(who, id, "take", null).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = takes.stream().map(CompletableFuture::join).toList();
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
    }

    @Test
    void theQueueFiltersAndCounts() {
        String org = organization(false);
        String credit = assessedSystem(org, "CREDITWORTHINESS");
        String triage = assessedSystem(org, "EMERGENCY_TRIAGE");
        act(as(org), credit, "submit", null);
        act(as(org), triage, "submit", null);
        JsonNode byArea = regulator().get("api/v1/review-queue?organizationId=" + org + "&useArea=EMERGENCY_TRIAGE").json();
        assertThat(byArea.get("total").asInt()).isEqualTo(1);
        assertThat(byArea.at("/items/0/systemId").asText()).isEqualTo(triage);
        JsonNode submitted = regulator().get("api/v1/review-queue?organizationId=" + org + "&status=SUBMITTED&riskLevel=HIGH&sort=name").json();
        assertThat(submitted.get("total").asInt()).isEqualTo(2);
        assertThat(regulator().get("api/v1/review-queue?organizationId=" + org + "&sector=banking").json().get("total").asInt()).isEqualTo(2);
        assertThat(regulator().get("api/v1/review-queue?overdue=maybe&status=LOST").status()).isEqualTo(400);
        JsonNode counts = regulator().get("api/v1/review-queue/counts").json();
        assertThat(counts.at("/byStatus/SUBMITTED").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(counts.at("/byTier/HIGH").asLong()).isGreaterThanOrEqualTo(2);
        act(regulator(), credit, "take", null);
        act(regulator(), credit, "request-changes", """
                {"deadline": "%s", "comments": [{"pointer": "/name", "text": "t"}]}""".formatted(LocalDate.now().plusDays(10)));
        assertThat(regulator().get("api/v1/review-queue?organizationId=" + org + "&deadlineBefore=" + LocalDate.now().plusDays(10)).json()
                .get("total").asInt()).isEqualTo(1);
        assertThat(regulator().get("api/v1/review-queue?organizationId=" + org + "&deadlineBefore=" + LocalDate.now().plusDays(9)).json()
                .get("total").asInt()).isZero();
        assertThat(regulator().get("api/v1/review-queue?deadlineBefore=soon").status()).isEqualTo(400);
        assertThat(as(org).get("api/v1/review-queue").status()).isEqualTo(403);
    }
}
