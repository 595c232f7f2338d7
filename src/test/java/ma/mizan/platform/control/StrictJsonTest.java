package ma.mizan.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.Role;
import ma.mizan.organizations.entity.OrganizationData;
import ma.mizan.platform.entity.Problem.FieldError;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bindsAValidProfileWithTheContractsDefaults() {
        AiSystemProfile p = StrictJson.read(utf8("{\"name\": \"x\", \"role\": \"DEPLOYER\", \"publicAuthority\": true}"),
                "ai-system-profile", AiSystemProfile.class);
        assertThat(p.getRole()).isEqualTo(Role.DEPLOYER);
        assertThat(p.isPublicAuthority()).isTrue();
        assertThat(p.getScope().isAvailableInMorocco()).as("default true").isTrue();
        assertThat(p.getPersonalData().isControllerInMorocco()).as("default true").isTrue();
        assertThat(p.getUseAreas()).isEmpty();
    }

    @Test
    void bindsAnOrganizationRecord() {
        OrganizationData o = StrictJson.read(utf8("""
                {"name": "n", "legalForm": "SA", "ice": "001234567000089", "city": "c", "sector": "s", "contactEmail": "a@b.ma", "publicAuthority": true}"""),
                "organization", OrganizationData.class);
        assertThat(o.publicAuthority()).isTrue();
        assertThat(o.ice()).isEqualTo("001234567000089");
    }

    @Test
    void writesAProfileWithTheContractsFieldNames() {
        AiSystemProfile p = StrictJson.read(utf8("{\"name\": \"x\", \"role\": \"PROVIDER\", \"publicAuthority\": true, "
                + "\"generalPurposeModel\": {\"isGeneralPurposeModel\": true, \"trainingComputeFlop\": 1e25}}"), "ai-system-profile", AiSystemProfile.class);
        String json = StrictJson.write(p);
        assertThat(json).contains("\"publicAuthority\":true").contains("\"isGeneralPurposeModel\":true");
        AiSystemProfile again = StrictJson.read(utf8(json), "ai-system-profile", AiSystemProfile.class);
        assertThat(again.getGeneralPurposeModel().getTrainingComputeFlop()).isEqualTo(1e25);
    }

    @Test
    void rejectsUnknownFieldsAndWrongTypesAllAtOnce() {
        assertThatThrownBy(() -> StrictJson.read(utf8("{\"name\": 3, \"role\": \"PROVIDER\", \"scope\": {\"availableInMorocco\": \"false\"}, \"x\": 1}"),
                "ai-system-profile", AiSystemProfile.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/name", "/scope/availableInMorocco", "/x");
                });
    }

    @Test
    void rejectsCountriesUnknownToIso3166() {
        assertThatThrownBy(() -> StrictJson.read(utf8("{\"name\": \"n\", \"role\": \"PROVIDER\", \"personalData\": {\"transfers\": "
                + "[{\"country\": \"FR\"}, {\"country\": \"ZZ\"}, {\"country\": \"usa\"}]}}"), "ai-system-profile", AiSystemProfile.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::pointer)
                        .containsExactly("/personalData/transfers/1/country", "/personalData/transfers/2/country"));
    }

    @Test
    void rejectsMalformedJsonTrailingContentAndDuplicateKeys() {
        for (String bad : new String[] {"{", "{} []", "{\"name\": \"a\", \"name\": \"b\", \"role\": \"PROVIDER\"}", ""}) {
            assertThatThrownBy(() -> StrictJson.read(utf8(bad), "ai-system-profile", AiSystemProfile.class))
                    .as(bad).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
