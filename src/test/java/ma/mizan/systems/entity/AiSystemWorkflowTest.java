package ma.mizan.systems.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.organizations.entity.LegalForm;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.organizations.entity.OrganizationData;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import org.junit.jupiter.api.Test;

/** The registration state machine of the AiSystem aggregate, without a container. */
class AiSystemWorkflowTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    static AiSystemData data(String profile) {
        AiSystemProfile p = StrictJson.read(profile.getBytes(StandardCharsets.UTF_8), "ai-system-profile", AiSystemProfile.class);
        return new AiSystemData(1, "Score", "1", null, "purpose", Lifecycle.IN_SERVICE, p);
    }

    static AiSystem system() {
        Organization o = new Organization(new OrganizationData("Bank", LegalForm.SA, "001525487000012", null, "Rabat", "Banking", "a@b.ma", false), NOW);
        return new AiSystem(o, data("{\"name\": \"Score\", \"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\"]}"), NOW);
    }

    static void status(AiSystem s, RegistrationStatus expected) {
        assertThat(s.getRegistrationStatus()).isEqualTo(expected);
    }

    @Test
    void theFullPathToRegistration() {
        AiSystem s = system();
        status(s, RegistrationStatus.DRAFT);
        s.assessed(RiskLevel.HIGH);
        s.submit(NOW);
        status(s, RegistrationStatus.SUBMITTED);
        s.take("regulator");
        s.requestChanges(LocalDate.of(2026, 12, 22));
        status(s, RegistrationStatus.CHANGES_REQUESTED);
        assertThat(s.overdue(LocalDate.of(2026, 12, 22))).isFalse();
        assertThat(s.overdue(LocalDate.of(2026, 12, 23))).as("a passed deadline is overdue").isTrue();
        s.submit(NOW);
        s.take("regulator");
        s.register(() -> "MA-AI-2026-000001", NOW);
        status(s, RegistrationStatus.REGISTERED);
        assertThat(s.getRegistrationNumber()).isEqualTo("MA-AI-2026-000001");
        s.suspend("incident");
        s.reinstate();
        status(s, RegistrationStatus.REGISTERED);
    }

    @Test
    void everyIllegalTransitionIsRefusedWithWhatIsAllowed() {
        AiSystem s = system();
        for (AiSystem.Action a : new AiSystem.Action[] {AiSystem.Action.TAKE, AiSystem.Action.REGISTER, AiSystem.Action.REJECT,
                AiSystem.Action.REQUEST_CHANGES, AiSystem.Action.SUSPEND, AiSystem.Action.REINSTATE}) {
            assertThat(s.allowedActions()).doesNotContain(a);
        }
        assertThatThrownBy(() -> s.take("r")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).contains("SUBMIT").contains("WITHDRAW");
        });
        assertThatThrownBy(() -> s.submit(NOW)).as("no assessment of the current profile yet")
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo("assessment-required"));
        s.assessed(RiskLevel.HIGH);
        s.submit(NOW);
        assertThatThrownBy(() -> s.apply(data("{\"name\": \"Score\", \"role\": \"DEPLOYER\"}"), NOW)).as("no edit during review")
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        s.withdraw("stopped");
        assertThat(s.allowedActions()).isEmpty();
    }

    @Test
    void editingARegisteredSystemMakesANewDraftAndRecordsWhetherTheChangeIsSubstantial() {
        AiSystem s = system();
        s.assessed(RiskLevel.HIGH);
        s.submit(NOW);
        s.take("r");
        s.register(() -> "MA-AI-2026-000007", NOW);
        s.apply(new AiSystemData(1, "Score renamed", "2", "new text", "purpose", Lifecycle.IN_SERVICE,
                data("{\"name\": \"Score\", \"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\"]}").profile()), NOW);
        status(s, RegistrationStatus.DRAFT);
        assertThat(s.getSubstantialChange()).as("only names changed").isFalse();
        assertThat(s.getRegistrationNumber()).isEqualTo("MA-AI-2026-000007");
        assertThat(s.getRegisteredRiskLevel()).isEqualTo(RiskLevel.HIGH);
        s.assessed(RiskLevel.HIGH);
        s.submit(NOW);
        s.take("r");
        s.register(() -> "MA-AI-2026-999999", NOW);
        assertThat(s.getRegistrationNumber()).as("a registered system keeps its number").isEqualTo("MA-AI-2026-000007");
        s.apply(data("{\"name\": \"Score\", \"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\", \"LIFE_HEALTH_INSURANCE\"]}"), NOW);
        assertThat(s.getSubstantialChange()).isTrue();
    }

    /** The whole transition table: in each status, exactly these actions are allowed, and every other one is refused with 409. */
    @Test
    void theTransitionTableIsExactlyTheWorkflowOfTheIssue() {
        java.util.Map<RegistrationStatus, java.util.Set<AiSystem.Action>> expected = java.util.Map.of(
                RegistrationStatus.DRAFT, java.util.Set.of(AiSystem.Action.SUBMIT, AiSystem.Action.WITHDRAW),
                RegistrationStatus.SUBMITTED, java.util.Set.of(AiSystem.Action.TAKE, AiSystem.Action.WITHDRAW),
                RegistrationStatus.UNDER_REVIEW, java.util.Set.of(AiSystem.Action.REQUEST_CHANGES, AiSystem.Action.REGISTER,
                        AiSystem.Action.REJECT, AiSystem.Action.WITHDRAW),
                RegistrationStatus.CHANGES_REQUESTED, java.util.Set.of(AiSystem.Action.SUBMIT, AiSystem.Action.WITHDRAW),
                RegistrationStatus.REGISTERED, java.util.Set.of(AiSystem.Action.SUSPEND),
                RegistrationStatus.SUSPENDED, java.util.Set.of(AiSystem.Action.REINSTATE),
                RegistrationStatus.REJECTED, java.util.Set.of(),
                RegistrationStatus.WITHDRAWN, java.util.Set.of());
        for (RegistrationStatus status : RegistrationStatus.values()) {
            for (AiSystem.Action action : AiSystem.Action.values()) {
                AiSystem s = in(status);
                boolean allowed = expected.get(status).contains(action);
                assertThat(s.allowedActions().contains(action)).as("%s in %s", action, status).isEqualTo(allowed);
                if (allowed) {
                    take(s, action);
                    assertThat(s.getRegistrationStatus()).as("%s from %s moves the filing", action, status).isNotEqualTo(status);
                } else {
                    assertThatThrownBy(() -> take(s, action)).as("%s in %s", action, status)
                            .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
                }
            }
        }
    }

    private static void take(AiSystem s, AiSystem.Action action) {
        switch (action) {
            case SUBMIT -> s.submit(NOW);
            case WITHDRAW -> s.withdraw("w");
            case TAKE -> s.take("r");
            case REQUEST_CHANGES -> s.requestChanges(LocalDate.of(2027, 1, 1));
            case REGISTER -> s.register(() -> "MA-AI-2026-000001", NOW);
            case REJECT -> s.reject("r");
            case SUSPEND -> s.suspend("s");
            case REINSTATE -> s.reinstate();
        }
    }

    /** A system brought to {@code status} through legal transitions. */
    private static AiSystem in(RegistrationStatus status) {
        AiSystem s = system();
        s.assessed(RiskLevel.HIGH);
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> s.submit(NOW);
            case UNDER_REVIEW -> { s.submit(NOW); s.take("r"); }
            case CHANGES_REQUESTED -> { s.submit(NOW); s.take("r"); s.requestChanges(LocalDate.of(2027, 1, 1)); }
            case REGISTERED -> { s.submit(NOW); s.take("r"); s.register(() -> "MA-AI-2026-000001", NOW); }
            case SUSPENDED -> { s.submit(NOW); s.take("r"); s.register(() -> "MA-AI-2026-000001", NOW); s.suspend("s"); }
            case REJECTED -> { s.submit(NOW); s.take("r"); s.reject("r"); }
            case WITHDRAWN -> s.withdraw("w");
        }
        assertThat(s.getRegistrationStatus()).isEqualTo(status);
        return s;
    }
}
