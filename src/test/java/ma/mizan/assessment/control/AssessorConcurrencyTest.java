package ma.mizan.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.mizan.assessment.entity.AssessmentResult;
import org.junit.jupiter.api.Test;

/** One KIE base, many sessions at once: concurrent assessments give exactly the sequential answers. */
class AssessorConcurrencyTest {

    static final String[] PROFILES = {
        "{\"role\": \"DEPLOYER\", \"useAreas\": [\"CREDITWORTHINESS\"], \"personalData\": {\"processed\": true, \"categories\": [\"FINANCIAL\"]}}",
        "{\"role\": \"PROVIDER\", \"useAreas\": [\"EMPLOYMENT_RECRUITMENT\"]}",
        "{\"role\": \"PROVIDER_AND_DEPLOYER\", \"transparency\": {\"interactsWithNaturalPersons\": true}}",
        "{\"role\": \"IMPORTER\", \"scope\": {\"scientificResearchOnly\": true}, \"personalData\": {\"processed\": true, \"categories\": [\"HEALTH\"]}}",
    };

    @Test
    void concurrentAssessmentsAreIsolated() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<AssessmentResult> expected = new ArrayList<>();
        for (String p : PROFILES) {
            expected.add(RuleCasesTest.run(json.readTree(p), "en"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AssessmentResult>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String p = PROFILES[i % PROFILES.length];
                futures.add(pool.submit(() -> RuleCasesTest.run(json.readTree(p), "en")));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % PROFILES.length));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
