package ma.mizan.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IceTest {

    @Test
    void anIceIsFifteenDigits() {
        assertThat(new Ice("001234567000089").value()).isEqualTo("001234567000089");
        for (String bad : new String[] {"12345", "00123456700008X", "0012345670000891", "000000000000000", "٠٠١٢٣٤٥٦٧٠٠٠٠٨٩", ""}) {
            assertThatThrownBy(() -> new Ice(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
