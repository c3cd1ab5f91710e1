package sspr.doctor.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationFlagsTest {
    @Test
    void findsEveryIdItWasGivenAtEverySizeAsTheTableGrows() {
        Random rnd = new Random(16);
        for (int n : new int[] {0, 1, 11, 12, 13, 100, 5000, 70_000}) {
            Map<String, Integer> expected = new HashMap<>();
            RegistrationFlags flags = new RegistrationFlags(n / 7); // too small a guess: it must grow
            for (int i = 0; i < n; i++) {
                String id = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
                int f = rnd.nextInt(128);
                expected.put(id, f);
                flags.put(id, f);
                if (rnd.nextInt(10) == 0) { // an id given again: the last one wins
                    f = rnd.nextInt(128);
                    expected.put(id, f);
                    flags.put(id, f);
                }
            }
            assertThat(flags.size()).isEqualTo(expected.size());
            expected.forEach((k, v) -> assertThat(flags.get(k)).as(k).isEqualTo(v));
            for (int i = 0; i < 1000; i++) assertThat(flags.get("absent-" + i)).isEqualTo(RegistrationFlags.MISSING);
        }
    }

    @Test
    void idsAreCaseFoldedAndFlagsZeroIsAValue() {
        RegistrationFlags flags = new RegistrationFlags(2);
        flags.put("0B8F6C2E-5A41-4D7E-9C3A-000000000001", 0);
        flags.put("ÖZIL", 127);
        assertThat(flags.get("0b8f6c2e-5a41-4d7e-9c3a-000000000001")).isZero();
        assertThat(flags.get("özil")).isEqualTo(127);
        assertThat(flags.get("0b8f6c2e-5a41-4d7e-9c3a-000000000002")).isEqualTo(RegistrationFlags.MISSING);
    }
}
