package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void diagnoseHelpGolden(String lang) {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "100").run("diagnose", "--help", "--lang", lang);
        assertThat(r.exit()).isZero();
        Golden.assertMatches("help-diagnose." + lang + ".txt", r.out());
    }

    /** Every footer line (examples, exit codes) stays under its heading when wrapped, and the built-in help command speaks the language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void footersIndentWhenWrappedAndTheHelpCommandIsLocalized(String lang) {
        for (String command : CommandLines.SUBCOMMANDS.keySet()) {
            String out = CliRunner.exec(command, "--help", "--lang", lang).out();
            boolean inExamples = false;
            for (String line : out.split("\n")) {
                assertThat(line).as(command + " " + lang).doesNotStartWith("-");
                assertThat(sspr.doctor.text.DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(80);
                if (inExamples && !line.isEmpty()) assertThat(line).as(command + " " + lang + " example").startsWith("  ");
                if (line.endsWith(":") || line.endsWith("：")) inExamples = true;
                if (line.isEmpty()) inExamples = false;
            }
        }
        String root = CliRunner.exec("--help", "--lang", lang).out();
        String helpLine = root.lines().filter(l -> l.startsWith("  help ")).findFirst().orElseThrow();
        assertThat(helpLine.substring("  help".length()).strip())
                .isEqualTo(sspr.doctor.i18n.Messages.load("help", lang).getProperty("sspr-doctor.help.usage.header"));
        if (!lang.equals("en")) assertThat(helpLine).doesNotContain("Display help information");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "zh-CN", "zh-TW"})
    void helpFollowsLangAndEnvironment(String lang) {
        String english = CliRunner.exec("faq", "--help").out();
        assertThat(CliRunner.exec("faq", "--help", "--lang", lang).out()).isNotEqualTo(english);
        assertThat(new CliRunner().env("SSPR_DOCTOR_LANG", lang).run("faq", "--help").out()).isNotEqualTo(english);
    }

    @Test
    void everyOptionHasADescription() {
        for (String[] kv : HelpKeys.all()) assertThat(kv[1]).as(kv[0]).isNotBlank();
    }

    /** help.en.properties is the translators' source: it must say what the annotations say. */
    @Test
    void englishTranslationSourceIsCurrent() throws IOException {
        Properties en = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("content/messages/help.en.properties"), StandardCharsets.UTF_8)) {
            en.load(r);
        }
        for (String[] kv : HelpKeys.all()) {
            String key = kv[0];
            String shortKey = kv[2].equals("usage.description") ? key : kv[2];
            String value = en.getProperty(key, en.getProperty(shortKey));
            assertThat(value).as("help.en.properties has no text for " + key + " (run HelpKeys and update it)").isNotNull();
        }
    }
}
