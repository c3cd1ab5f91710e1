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

    /**
     * The language read without building a Locale (start-up) is the one the Locale path gives, for every
     * two-letter language with and without a region, the legacy codes, and values that take the slow path.
     */
    @Test
    void theShortcutGivesWhatTheLocalePathGives() {
        java.util.List<String> values = new java.util.ArrayList<>(java.util.List.of("C", "POSIX", "C.UTF-8", "en_US.UTF-8", "zh_TW.Big5",
                "de_DE@euro", "in_ID", "iw_IL.UTF-8", "ji", "zh_Hant_TW", "zh-Hans", "es_419.UTF-8", "fil_PH", "und", "en_US_POSIX",
                "x", "e1_US", "en_U", "en-us", "EN_us", "zz_ZZ", ".UTF-8", "@euro", "en__US", "en_US-x", "sr_RS@latin", "tlh", "123"));
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                values.add("" + a + b);
                values.add(("" + a + b).toUpperCase(Locale.ROOT) + "_" + (char) ('A' + (a + b) % 26) + (char) ('a' + (a * b) % 26));
            }
        }
        for (String v : values) {
            for (String var : new String[] {"LANG", "SSPR_DOCTOR_LANG"}) {
                Map<String, String> env = Map.of(var, v);
                String expected = sspr.doctor.i18n.LanguageTags.defaultTag(env.get("SSPR_DOCTOR_LANG"), Cli.localeFromEnv(env));
                assertThat(Cli.languageFromEnv(env)).as(var + "=" + v).isEqualTo(expected);
            }
            String tag = v.replace('_', '-');
            String simple = sspr.doctor.i18n.LanguageTags.simpleTag(tag);
            if (simple != null) {
                // the shortcut's canonical form is Locale's
                Locale l = new Locale.Builder().setLanguageTag(tag).build();
                assertThat(simple).as(v).isEqualTo(l.toLanguageTag());
            }
        }
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
