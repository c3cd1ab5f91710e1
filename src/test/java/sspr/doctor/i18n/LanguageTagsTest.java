package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {
    static final List<String> BUNDLED = List.of("en", "id-ID", "zh-CN", "zh-TW");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "zh-TW, zh-TW, false", "zh_TW, zh-TW, false", "zh-HK, zh-TW, false", "zh-MO, zh-TW, false",
            "zh-Hant, zh-TW, false", "zh-Hant-HK, zh-TW, false", "zh-SG, zh-CN, false", "zh-Hans, zh-CN, false",
            "zh, zh-CN, false", "id, id-ID, false", "in, id-ID, false", "in-ID, id-ID, false", "en-GB, en, false",
            "en-US, en, false", "ja-JP, en, true", "fr, en, true"})
    void contractMatching(String requested, String expected, boolean fellBack) {
        String tag = LanguageTags.normalize(requested).orElseThrow();
        LanguageTags.Match m = LanguageTags.match(tag, BUNDLED);
        assertThat(m.tag()).isEqualTo(expected);
        assertThat(m.fellBackToEnglish()).isEqualTo(fellBack);
    }

    @Test
    void malformedTagsAreRejected() {
        assertThat(LanguageTags.normalize("zh_TW_x_!")).isEmpty();
        assertThat(LanguageTags.normalize("123")).isEmpty();
        assertThat(LanguageTags.normalize("")).isEmpty();
        assertThat(LanguageTags.normalize("zh_tw")).contains("zh-TW");
    }

    @Test
    void defaultsFromEnvironmentAndLocale() {
        assertThat(LanguageTags.defaultTag("zh_TW.UTF-8", Locale.ENGLISH)).isEqualTo("zh-TW");
        assertThat(LanguageTags.defaultTag("C", Locale.CHINA)).isEqualTo("en");
        assertThat(LanguageTags.defaultTag("!!bad!!", Locale.CHINA)).isEqualTo("en");
        assertThat(LanguageTags.defaultTag(null, Locale.forLanguageTag("id-ID"))).isEqualTo("id-ID");
        assertThat(LanguageTags.defaultTag(null, null)).isEqualTo("en");
    }
}
