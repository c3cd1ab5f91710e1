package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The language from the POSIX locale variables, when neither --lang nor SSPR_DOCTOR_LANG says. */
class LocaleFromEnvTest {
    @Test
    void thePartBeforeTheCodesetOrModifier() {
        assertThat(Cli.localeFromEnv(Map.of("LANG", "zh_TW.UTF-8"))).isEqualTo(Locale.forLanguageTag("zh-TW"));
        assertThat(Cli.localeFromEnv(Map.of("LANG", "de_DE@euro"))).isEqualTo(Locale.forLanguageTag("de-DE"));
        assertThat(Cli.localeFromEnv(Map.of("LANG", "id_ID"))).isEqualTo(Locale.forLanguageTag("id-ID"));
        assertThat(Cli.localeFromEnv(Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(Cli.localeFromEnv(Map.of("LANG", "POSIX"))).isEqualTo(Locale.ENGLISH);
        assertThat(Cli.localeFromEnv(Map.of("LANG", ".UTF-8"))).isEqualTo(Locale.forLanguageTag(""));
        assertThat(Cli.localeFromEnv(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"))).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(Cli.localeFromEnv(Map.of("LANG", " "))).isNull();
        assertThat(Cli.localeFromEnv(Map.of())).isNull();
    }

    @Test
    void aLocaleVariableChoosesTheLanguageOfOutputAndHelp() {
        CliRunner.Result fromEnv = new CliRunner().env("LANG", "zh_TW.UTF-8").run("diagnose", "--role", "user-admin", "--hybrid");
        CliRunner.Result fromOption = CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--lang", "zh-TW");
        assertThat(fromEnv.out()).isEqualTo(fromOption.out()).isNotEqualTo(CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid").out());
        assertThat(new CliRunner().env("LC_ALL", "zh_CN.UTF-8").run("faq", "--help").out())
                .isEqualTo(CliRunner.exec("faq", "--help", "--lang", "zh-CN").out());
    }
}
