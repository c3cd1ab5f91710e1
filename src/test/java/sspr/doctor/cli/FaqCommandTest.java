package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaqCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void faqListGolden(String lang) {
        CliRunner.Result r = CliRunner.exec("faq", "list", "--lang", lang);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("faq-list." + lang + ".txt", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void articlesShowGolden(String lang) {
        CliRunner.Result r = CliRunner.exec("articles", "show", "user-reset-password-setup", "--lang", lang);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("<a name", "data-ttu-id", "<span");
        Golden.assertMatches("articles-show-user-reset-password-setup." + lang + ".txt", r.out());
    }

    @Test
    void articlesShowSourceGivesTheTranslationWithItsEnglish() {
        CliRunner.Result r = CliRunner.exec("articles", "show", "having-self-service-password-reset-problems", "--lang", "id-ID", "--source");
        assertThat(r.out()).contains("Memiliki masalah reset kata sandi layanan mandiri (SSPR)?\n│ Having self-service password reset (SSPR) problems?")
                .contains("• Tulis balik kata sandi SSPR tidak diaktifkan [1]\n  │ SSPR password writeback not enabled [1]")
                .doesNotContain("<span");
        CliRunner.Result plain = CliRunner.exec("articles", "show", "having-self-service-password-reset-problems", "--lang", "id-ID");
        assertThat(plain.out()).doesNotContain("Having self-service", "│");
    }

    @Test
    void faqShowJsonZhCn() throws Exception {
        CliRunner.Result r = CliRunner.exec("faq", "show", "issues-with-credentials/reset-button-greyed-out", "--lang", "zh-CN", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("article").asText()).isEqualTo("issues-with-credentials");
        assertThat(n.get("id").asText()).isEqualTo("reset-button-greyed-out");
        assertThat(n.get("lang").asText()).isEqualTo("zh-CN");
        assertThat(n.get("question").asText()).isEqualTo("密码重置按钮灰出");
        assertThat(n.get("answer").asText()).isNotBlank().doesNotContain("**", "<");
        assertThat(n.get("links").isArray()).isTrue();
    }

    @Test
    void faqShowMarkdown() {
        CliRunner.Result r = CliRunner.exec("faq", "show", "app-credentials", "--lang", "en", "--format", "markdown");
        assertThat(r.out()).startsWith("## ").contains("](https://");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-HK, zh-TW", "zh-MO, zh-TW", "zh-Hant, zh-TW", "zh-SG, zh-CN", "zh-Hans, zh-CN", "zh, zh-CN", "in, id-ID",
            "id, id-ID", "en-GB, en", "zh_TW, zh-TW"})
    void languageFallbackWithoutNotice(String requested, String used) throws Exception {
        CliRunner.Result r = CliRunner.exec("faq", "list", "--lang", requested, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        for (JsonNode n : JSON.readTree(r.out())) assertThat(n.get("lang").asText()).isEqualTo(used);
    }

    @Test
    void unknownLanguageFallsBackToEnglishWithOneNotice() throws Exception {
        CliRunner.Result r = CliRunner.exec("faq", "list", "--lang", "ja-JP", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("ja-JP");
        for (JsonNode n : JSON.readTree(r.out())) assertThat(n.get("lang").asText()).isEqualTo("en");
    }

    @Test
    void environmentLanguage() throws Exception {
        CliRunner.Result r = new CliRunner().env("SSPR_DOCTOR_LANG", "zh_TW.UTF-8").run("faq", "list", "--format", "json");
        assertThat(JSON.readTree(r.out()).get(0).get("lang").asText()).isEqualTo("zh-TW");
        CliRunner.Result posix = new CliRunner().env("SSPR_DOCTOR_LANG", "C").run("faq", "list", "--format", "json");
        assertThat(JSON.readTree(posix.out()).get(0).get("lang").asText()).isEqualTo("en");
        assertThat(posix.err()).isEmpty();
    }

    @Test
    void malformedLangIsExit2() {
        CliRunner.Result r = CliRunner.exec("faq", "list", "--lang", "zh-TW-!!");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--lang").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"灰, zh-TW, issues-with-credentials/reset-button-greyed-out",
            "重置其密码, zh-CN, users-reset-own-password",
            "灰出, zh-CN, issues-with-credentials/reset-button-greyed-out",
            "本地集成, zh-CN, issues-with-credentials/no-onprem-integration-blade",
            "kredensial aplikasi, id-ID, issues-with-credentials/app-credentials",
            "greyed out, en, issues-with-credentials/reset-button-greyed-out",
            "Tombol reset abu-abu, id-ID, issues-with-credentials/reset-button-greyed-out",
            "pendaftaran gabungan, id-ID, user-reset-password-setup/combined-registration"})
    void searchFindsExpectedEntryFirst(String query, String lang, String expected) throws Exception {
        CliRunner.Result r = CliRunner.exec("faq", "search", query, "--lang", lang, "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode first = JSON.readTree(r.out()).get(0);
        assertThat(first.get("article").asText() + "/" + first.get("id").asText()).endsWith(expected);
        assertThat(first.get("lang").asText()).isEqualTo(lang);
        assertThat(first.get("score").asDouble()).isPositive();
    }

    @Test
    void englishQueryFindsTranslatedEntriesThroughTheirEnglishText() throws Exception {
        JsonNode hits = JSON.readTree(CliRunner.exec("faq", "search", "writeback", "--lang", "zh-TW", "--format", "json").out());
        assertThat(hits.size()).isGreaterThan(1);
        assertThat(hits.get(0).get("lang").asText()).isEqualTo("zh-TW");
        assertThat(hits.get(0).get("id").asText()).isIn("no-onprem-integration-blade", "common-problems", "onprem-user-cannot-sign-in-after-reset");
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (JsonNode h : hits) assertThat(keys.add(h.get("article").asText() + "/" + h.get("id").asText())).isTrue();
    }

    @Test
    void searchShowsTheTitleOfAQuestionThatIsASentenceFragment() throws Exception {
        CliRunner.Result text = CliRunner.exec("faq", "search", "hybrid");
        assertThat(text.out()).contains("What are the common SSPR problems in hybrid and on-premises environments?")
                .doesNotContain("environments are\n");
        CliRunner.Result json = CliRunner.exec("faq", "search", "hybrid", "-o", "json");
        assertThat(json.out()).contains("\"title\": \"What are the common SSPR problems in hybrid and on-premises environments?\"");
    }

    @Test
    void searchWithoutHitsIsEmptyArray() {
        CliRunner.Result r = CliRunner.exec("faq", "search", "zzzqqq", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("[]");
    }

    @Test
    void unknownEntryDidYouMeanAndAmbiguousId() {
        CliRunner.Result r = CliRunner.exec("faq", "show", "reset-button-greyd-out");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean").contains("reset-button-greyed-out");
        CliRunner.Result amb = CliRunner.exec("faq", "show", "users-reset-own-password");
        assertThat(amb.exit()).isEqualTo(2);
        assertThat(amb.err()).contains("issues-with-credentials/users-reset-own-password").contains("user-reset-password-setup/users-reset-own-password");
    }

    @Test
    void translatorDropsANewLocaleInAFolder() throws Exception {
        Path dir = tmp.resolve("ja");
        Files.createDirectories(dir);
        String en = Files.readString(Path.of("content/articles/issues-with-credentials/en.md"));
        String ja = en.replace("ms.contentlocale: en-US", "ms.contentlocale: ja-JP").replaceFirst("\\*\\*[^*]+\\*\\*", "**アプリの資格情報を管理するには?**");
        Files.writeString(dir.resolve("issues-with-credentials.md"), ja, StandardCharsets.UTF_8);
        CliRunner.Result check = CliRunner.exec("content", "check", dir.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        CliRunner.Result r = CliRunner.exec("faq", "list", "--content-dir", dir.toString(), "--lang", "ja-JP", "--format", "json");
        JsonNode first = null;
        for (JsonNode n : JSON.readTree(r.out())) if (n.get("article").asText().equals("issues-with-credentials") && first == null) first = n;
        assertThat(first.get("lang").asText()).isEqualTo("ja-JP");
        assertThat(first.get("id").asText()).isEqualTo("app-credentials");
        assertThat(first.get("question").asText()).isEqualTo("アプリの資格情報を管理するには?");
    }

    @Test
    void missingContentDirIsExit2() {
        CliRunner.Result r = CliRunner.exec("faq", "list", "--content-dir", tmp.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such directory");
    }

    @Test
    void articlesListJson() throws Exception {
        JsonNode rows = JSON.readTree(CliRunner.exec("articles", "list", "--format", "json").out());
        assertThat(rows.size()).isEqualTo(12);
        for (JsonNode row : rows) {
            assertThat(row.get("languages").size()).isEqualTo(4);
            assertThat(row.get("translation").asText()).isIn("MT", "project");
        }
    }
}
