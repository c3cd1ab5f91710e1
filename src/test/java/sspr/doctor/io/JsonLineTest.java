package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

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
            Object tree = RandomTrees.tree(random, 0);
            assertThat(JsonLine.append(new StringBuilder(), tree).toString()).isEqualTo(TreeWriter.jsonLine(tree));
        }
    }
}
