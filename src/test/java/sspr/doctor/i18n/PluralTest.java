package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as words, not "1 blocker(s)": English inflects, the other three languages do not need to. */
class PluralTest {
    @Test
    void englishChoosesTheFormByCount() {
        Messages en = Messages.of("ui", "en");
        assertThat(en.format("verdict.blocked", "blockers", 1, "warnings", 0)).endsWith("(1 blocker, 0 warnings)");
        assertThat(en.format("verdict.blocked", "blockers", 2, "warnings", 1)).endsWith("(2 blockers, 1 warning)");
        assertThat(en.format("verdict.warning", "warnings", 1)).endsWith("(1 warning)");
        assertThat(en.format("check.problems", "count", 1)).isEqualTo("1 problem found");
        assertThat(en.format("check.problems", "count", 3)).isEqualTo("3 problems found");
    }

    @Test
    void noMessageInAnyLanguageSaysSInBrackets() {
        for (String lang : Messages.LANGUAGES) {
            for (String bundle : java.util.List.of("ui", "findings", "wizard", "terms")) {
                for (Object v : Messages.load(bundle, lang).values()) assertThat(v.toString()).as(bundle + "." + lang).doesNotContain("(s)");
            }
        }
        assertThat(Messages.of("ui", "zh-TW").format("verdict.blocked", "blockers", 1, "warnings", 2)).contains("1 個封鎖問題，2 個警告");
        assertThat(Messages.of("ui", "id-ID").format("verdict.blocked", "blockers", 1, "warnings", 2)).contains("1 pemblokir, 2 peringatan");
    }
}
