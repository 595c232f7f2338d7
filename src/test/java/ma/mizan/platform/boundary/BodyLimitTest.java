package ma.mizan.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLimitTest {

    static BodyLimit limit() {
        BodyLimit b = new BodyLimit();
        b.maxBytes = 1_048_576;
        b.evidenceMaxBytes = 20_971_520;
        return b;
    }

    @Test
    void onlyAnEvidenceUploadGetsTheEvidenceLimit() {
        BodyLimit b = limit();
        assertThat(b.limitFor("POST", "systems/1/obligations/4/evidence")).isEqualTo(20_971_520);
        assertThat(b.limitFor("POST", "/systems/1/obligations/4/evidence/")).isEqualTo(20_971_520);
        assertThat(b.limitFor("POST", "systems/1/obligations/4/evidence/links")).as("links are JSON").isEqualTo(1_048_576);
        assertThat(b.limitFor("PUT", "systems/1/obligations/4/evidence")).isEqualTo(1_048_576);
        assertThat(b.limitFor("POST", "systems/1/assessments")).isEqualTo(1_048_576);
        assertThat(b.limitFor("POST", "systems/1/obligations/4/evidence/../../../../organizations")).isEqualTo(1_048_576);
    }
}
