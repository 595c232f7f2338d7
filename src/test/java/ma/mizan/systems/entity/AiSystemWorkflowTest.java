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
}
