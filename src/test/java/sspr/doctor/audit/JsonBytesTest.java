package sspr.doctor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonBytesTest {
    /** Eight bytes a step must find the byte a byte-by-byte scan finds, wherever it is and whatever is around it. */
    @Test
    void plainRunFindsTheFirstByteAScannerMustLookAt() {
        Random rnd = new Random(16);
        byte[] interesting = {'"', '\\', 0x00, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, (byte) 0x80, (byte) 0x9F, (byte) 0xA0, (byte) 0xC3, (byte) 0xFF, 'a', '0', '-'};
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[1 + rnd.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = rnd.nextInt(4) == 0 ? interesting[rnd.nextInt(interesting.length)] : (byte) (0x20 + rnd.nextInt(0x5F));
            }
            int from = rnd.nextInt(b.length);
            int end = from + rnd.nextInt(b.length - from + 1);
            assertThat(JsonBytes.plainRun(b, from, end)).isEqualTo(naive(b, from, end));
        }
    }

    @Test
    void equalComparesEveryByteOfEveryLength() {
        Random rnd = new Random(61);
        for (int round = 0; round < 100_000; round++) {
            int length = rnd.nextInt(40);
            byte[] a = new byte[length + rnd.nextInt(5)];
            rnd.nextBytes(a);
            byte[] b = new byte[length + rnd.nextInt(5)];
            int aFrom = a.length - length;
            int bFrom = b.length - length;
            System.arraycopy(a, aFrom, b, bFrom, length);
            assertThat(JsonBytes.equal(a, aFrom, b, bFrom, length)).isTrue();
            if (length > 0) {
                b[bFrom + rnd.nextInt(length)] ^= (byte) (1 << rnd.nextInt(8));
                assertThat(JsonBytes.equal(a, aFrom, b, bFrom, length)).isFalse();
            }
        }
    }

    private static int naive(byte[] b, int p, int end) {
        for (; p < end; p++) if (b[p] == '"' || b[p] == '\\' || (b[p] & 0xFF) < 0x20 || (b[p] & 0xFF) >= 0x80) return p;
        return end;
    }
}
