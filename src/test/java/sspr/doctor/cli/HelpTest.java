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
