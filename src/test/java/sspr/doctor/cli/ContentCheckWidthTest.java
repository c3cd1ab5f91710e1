package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.text.DisplayWidth;

/** content check follows the terminal's width: aligned when it fits, else each location above its level, code and text. */
class ContentCheckWidthTest {
    @ParameterizedTest
    @CsvSource({"40,en", "80,en", "200,en", "40,zh-TW", "80,zh-TW", "200,zh-TW", "40,id-ID", "80,zh-CN"})
    void noLineWiderThanTheTerminalButAPath(int columns, String lang) {
        CliRunner.Result r = new CliRunner().env("COLUMNS", String.valueOf(columns)).run("--lang", lang, "content", "check");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        String info = sspr.doctor.i18n.Messages.of("ui", lang).get("check.level.info");
        int notes = 0;
        for (String line : lines) {
            // a path is one word and is never broken; everything else fits
            if (line.matches("content/\\S+\\.md(:\\d+)*")) continue;
            assertThat(DisplayWidth.of(line)).as(columns + " " + lang + ": " + line).isLessThanOrEqualTo(columns);
            if (line.contains(info)) notes++;
        }
        // every note is there: 12 files and the side-by-side pairs of id-ID
        assertThat(notes).isEqualTo(13);
        if (columns == 200) {
            assertThat(lines).hasSize(13).allMatch(l -> l.startsWith("content/articles/"));
        } else {
            assertThat(lines.get(0)).isEqualTo("content/articles/having-self-service-password-reset-problems/en.md");
            assertThat(lines.get(1)).startsWith("  " + info + "  form");
        }
    }
}
