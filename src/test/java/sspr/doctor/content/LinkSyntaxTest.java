package sspr.doctor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The linear link check answers exactly what the (quadratic) regular expression it replaced did. */
class LinkSyntaxTest {
    private static final Pattern REGEX = Pattern.compile("\\]\\s+\\(|\\]\\((\\s*\\)|[^)\\s]*\\s[^)]*\\))|\\[[^\\]]*\\]\\([^)]*$");

    private static int regex(String line) {
        Matcher m = REGEX.matcher(line);
        return m.find() ? m.start() : -1;
    }

    @Test
    void sameLeftmostMatchAsTheRegexOnRandomLines() {
        Random random = new Random(19);
        String alphabet = "[]() a\t";
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String line = b.toString();
            assertThat(LinkSyntax.brokenLink(line)).as("'%s'", line).isEqualTo(regex(line));
        }
    }

    @Test
    void examples() {
        assertThat(LinkSyntax.brokenLink("see [the page](https://x)")).isEqualTo(-1);
        assertThat(LinkSyntax.brokenLink("see [the page] (https://x)")).isEqualTo(13);
        assertThat(LinkSyntax.brokenLink("see [the page](https://x")).isEqualTo(4);
        assertThat(LinkSyntax.brokenLink("see [the page](a b)")).isEqualTo(13);
    }

    /** A long run of '[' (the 100 KB line): a linear scan answers at once, whatever the machine. */
    @Test
    void aLongRunOfBracketsIsScannedOnce() {
        String line = "[".repeat(100_000) + "](x";
        assertThat(LinkSyntax.brokenLink(line)).isEqualTo(0);
        assertThat(LinkSyntax.brokenLink("[".repeat(100_000))).isEqualTo(-1);
    }
}
