package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonLine} writes what {@link TreeWriter#jsonLine} (Jackson) writes, character for character. */
class JsonLineTest {
    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) all.append((char) c);
        String s = all.toString();
        for (int from = 0; from < s.length(); from += 4096) {
            String part = s.substring(from, Math.min(s.length(), from + 4096));
            assertThat(JsonLine.append(new StringBuilder(), part).toString()).isEqualTo(TreeWriter.jsonLine(part));
        }
        // a supplementary character (a surrogate pair) and text around escapes
        for (String t : new String[] {"😀 ok", "", "a\"b", "\\", "x\u202Ey", "\u0085", "ends\n", "\u007F", "中文 — “q”"}) {
            assertThat(JsonLine.append(new StringBuilder(), t).toString()).as(t).isEqualTo(TreeWriter.jsonLine(t));
        }
    }

    @Test
    void treesOfEveryKindMatch() {
        Random random = new Random(17);
        for (int i = 0; i < 2000; i++) {
            Object tree = tree(random, 0);
            assertThat(JsonLine.append(new StringBuilder(), tree).toString()).isEqualTo(TreeWriter.jsonLine(tree));
        }
    }

    private static Object tree(Random r, int depth) {
        int kind = r.nextInt(depth > 3 ? 8 : 10);
        switch (kind) {
            case 0: return null;
            case 1: return r.nextBoolean();
            case 2: return r.nextInt();
            case 3: return r.nextLong();
            case 4: return new double[] {r.nextDouble() * 1e6, Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e-9, 12.0}[r.nextInt(6)];
            case 5: return java.math.BigDecimal.valueOf(r.nextInt(1000), 2);
            case 6:
            case 7: return text(r);
            case 8: {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) m.put(text(r), tree(r, depth + 1));
                return m;
            }
            default: {
                List<Object> l = new ArrayList<>();
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) l.add(tree(r, depth + 1));
                return l;
            }
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(6);
            b.append((char) (pick == 0 ? r.nextInt(0x20) : pick == 1 ? 0x7F + r.nextInt(0x30) : pick == 2 ? 0x2020 + r.nextInt(0x60)
                    : pick == 3 ? r.nextInt(0x10000) : 0x20 + r.nextInt(0x5F)));
        }
        return b.toString();
    }
}
