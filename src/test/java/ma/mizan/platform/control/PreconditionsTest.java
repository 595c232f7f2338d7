package ma.mizan.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void readsStrongWeakAndWildcardETags() {
        assertThat(Preconditions.expectedVersion("\"v7\"")).isEqualTo(7);
        assertThat(Preconditions.expectedVersion("W/\"v7\"")).isEqualTo(7);
        assertThat(Preconditions.expectedVersion("*")).isEqualTo(-1);
    }

    @Test
    void refusesAMissingOrForeignIfMatch() {
        assertThatThrownBy(() -> Preconditions.expectedVersion(null)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> Preconditions.expectedVersion("\"abc\"")).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void aStaleVersionFailsWithTheCurrentETag() {
        Preconditions.check(3, 3);
        Preconditions.check(-1, 3);
        assertThatThrownBy(() -> Preconditions.check(2, 3)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(412);
            assertThat(e.headers()).containsEntry("ETag", "\"v3\"");
        });
    }
}
