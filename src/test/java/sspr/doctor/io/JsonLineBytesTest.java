package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JsonLineBytes writes the UTF-8 of JsonLine's characters: every char, plain and mixed strings, lists with nulls. */
class JsonLineBytesTest {
    private static String chars(Object v) {
        return JsonLine.append(new StringBuilder(), v).toString();
    }

    @Test
    void everyCharacterAloneAndInPlainText() {
        JsonLineBytes w = new JsonLineBytes();
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String s : new String[] {String.valueOf((char) c), "ab" + (char) c + "cd"}) {
                byte[] got = w.clear().string(s).toArray();
                // a lone surrogate is encoded as '?' both ways
                assertThat(got).as("U+%04X", c).isEqualTo(chars(s).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void randomStringsListsAndBooleans() {
        Random r = new Random(5);
        JsonLineBytes w = new JsonLineBytes();
        for (int i = 0; i < 5000; i++) {
            List<String> list = new ArrayList<>();
            int n = r.nextInt(4);
            for (int k = 0; k < n; k++) {
                StringBuilder b = new StringBuilder();
                int len = r.nextInt(30);
                for (int j = 0; j < len; j++) b.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x10000) : 0x20 + r.nextInt(0x5F)));
                list.add(r.nextInt(10) == 0 ? null : b.toString());
            }
            Boolean flag = r.nextInt(3) == 0 ? null : r.nextBoolean();
            assertThat(w.clear().strings(list).toArray()).isEqualTo(chars(list).getBytes(StandardCharsets.UTF_8));
            assertThat(w.clear().bool(flag).toArray()).isEqualTo(String.valueOf(flag).getBytes(StandardCharsets.US_ASCII));
            // pieces one after another: the bytes of the whole
            String first = list.isEmpty() ? null : list.get(0);
            byte[] got = w.clear().raw('[').strings(list).raw(',').bool(flag).raw(',').stringOrNull(first).raw(']').toArray();
            List<Object> whole = new ArrayList<>();
            whole.add(list);
            whole.add(flag);
            whole.add(first);
            assertThat(got).isEqualTo(chars(whole).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(w.clear().strings(null).toArray()).isEqualTo("null".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.equals(w.clear().stringOrNull(null).toArray(), JsonLineBytes.NULL)).isTrue();
    }

    @Test
    void numbersAsStringBuilderWritesThem() {
        JsonLineBytes w = new JsonLineBytes();
        Random r = new Random(3);
        long[] edge = {0, 1, 9, 10, 99, 100, 999_999_999_999L, 1_000_000_000_000L, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        for (long n : edge) assertThat(w.clear().number(n).toArray()).isEqualTo(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 10000; i++) {
            long n = i < 5000 ? r.nextInt(2_000_000) : r.nextLong();
            assertThat(w.clear().number(n).toArray()).as("%d", n).isEqualTo(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
        }
    }
}
