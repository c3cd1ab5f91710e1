package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import sspr.doctor.content.Article;
import sspr.doctor.content.ArticleIndex;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.content.DirectoryContent;
import sspr.doctor.content.FaqEntry;
import sspr.doctor.content.SideBySide;

/**
 * Microsoft's side-by-side copies, dropped into --content-dir: the checked-in folder of ten
 * locales, and bundled copies with every paragraph wrapped, give the same IDs and translated
 * questions as plain copies.
 */
class SideBySideArticlesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ContentLibrary BUNDLED = ContentLibrary.load(List.of(new DirectoryContent(Path.of("content"))));
    static final String DIR = SideBySide.FOLDER.toString();
    static Map<String, Map<String, String>> texts;

    @BeforeAll
    static void readTranslations() throws Exception {
        texts = SideBySide.translations();
    }

    static List<String> locales() throws Exception {
        return new ArrayList<>(SideBySide.translations().keySet());
    }

    @Test
    void checkedInFixturesAreTheGeneratorsOutput() throws Exception {
        Map<String, String> files = SideBySide.all(BUNDLED);
        assertThat(files).hasSize(30);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = SideBySide.FOLDER.resolve(f.getKey());
            if (Boolean.getBoolean("fixtures.update")) {
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(p, StandardCharsets.UTF_8)).as(f.getKey()).isEqualTo(f.getValue());
        }
    }

    @Test
    void fixturesCoverTheScriptsAndShapes() throws Exception {
        assertThat(locales()).hasSizeGreaterThanOrEqualTo(10)
                .contains("ja-JP", "ko-KR", "th-TH", "ar-SA", "he-IL", "ru-RU", "vi-VN", "de-DE", "el-GR", "fr-FR");
        String ja = Files.readString(SideBySide.FOLDER.resolve("issues-with-credentials/ja-JP.md"));
        assertThat(ja).contains("# <a name=\"issues-with-credentials\"></a><span data-ttu-id=")  // anchor before the span
                .contains("</span></span> <span data-ttu-id=\"")                                // two pairs in one paragraph
                .contains("\">**ユーザーが自分のパスワードをリセット")                           // bold inside the span
                .contains("**<span data-ttu-id=")                                             // bold around the pair
                .contains("[az ad app credential](https://docs.microsoft.com/cli/azure/ad/app/credential) to delete, list or reset"
                        + " an application's password or certificate credentials.</span></span>");  // Markdown in the English half
        String th = Files.readString(SideBySide.FOLDER.resolve("having-self-service-password-reset-problems/th-TH.md"));
        assertThat(th).contains("- [<span data-ttu-id=");                                    // span inside a link in a list item
    }

    @ParameterizedTest
    @MethodSource("locales")
    void faqListGivesTheIdsAndTranslatedQuestions(String lang) throws Exception {
        CliRunner.Result r = CliRunner.exec("--content-dir", DIR, "faq", "list", "--lang", lang, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).as("no content warning").doesNotContain("warning");
        List<String> expected = new ArrayList<>();
        for (String slug : List.of("having-self-service-password-reset-problems", "issues-with-credentials", "user-reset-password-setup")) {
            for (String id : BUNDLED.indexes().get(slug).ids()) {
                expected.add(slug + "|" + id + "|" + lang + "|" + texts.get(lang).get(slug + "/" + id).replaceAll("\\s*[:：]$", ""));
            }
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.out())) {
            actual.add(n.get("article").asText() + "|" + n.get("id").asText() + "|" + n.get("lang").asText() + "|" + n.get("question").asText());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void textOutputHasNoHtmlAndTitlesAreTranslated(String lang) {
        CliRunner.Result list = CliRunner.exec("--content-dir", DIR, "faq", "list", "--lang", lang);
        assertThat(list.out()).contains(texts.get(lang).get("issues-with-credentials/title"))
                .doesNotContain("<span", "data-ttu-id", "sxs-lookup", "**", "How do my users");
        CliRunner.Result show = CliRunner.exec("--content-dir", DIR, "articles", "show", "issues-with-credentials", "--lang", lang);
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains(texts.get(lang).get("issues-with-credentials/reset-button-greyed-out"))
                .doesNotContain("<span", "<a name", "**", "The password reset button is greyed out");
    }

    @Test
    void faqShowJsonGivesPlainAnswerAndLinks() throws Exception {
        CliRunner.Result r = CliRunner.exec("--content-dir", DIR, "faq", "show", "issues-with-credentials/app-credentials",
                "--lang", "de-DE", "--format", "json");
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("lang").asText()).isEqualTo("de-DE");
        assertThat(n.get("question").asText()).isEqualTo("Wie verwalte ich das Kennwort oder die Zertifikatanmeldeinformationen einer Anwendung?");
        assertThat(n.get("answer").asText()).doesNotContain("<", "**")
                .isEqualTo("In the Azure CLI, you can use az ad app credential to delete, list or reset an application's password or certificate credentials.");
        assertThat(n.get("links").get(0).get("text").asText()).isEqualTo("az ad app credential");
        assertThat(n.get("links").get(0).get("url").asText()).isEqualTo("https://docs.microsoft.com/cli/azure/ad/app/credential");
    }

    @Test
    void sourceShowsTheTranslationWithItsEnglishSide() {
        CliRunner.Result r = CliRunner.exec("--content-dir", DIR, "articles", "show", "having-self-service-password-reset-problems",
                "--lang", "ru-RU", "--source");
        assertThat(r.out()).contains("Проблемы с самостоятельным сбросом пароля (SSPR)?")
                .contains("Having self-service password reset (SSPR) problems?")
                .contains("Распространенные проблемы").contains("Common self-service password reset (SSPR) problems");
        assertThat(r.out().indexOf("Распространенные проблемы")).isLessThan(r.out().indexOf("Common self-service password reset (SSPR) problems"));
        CliRunner.Result faq = CliRunner.exec("--content-dir", DIR, "faq", "show", "reset-button-greyed-out", "--lang", "ko-KR", "--source");
        assertThat(faq.out()).contains("암호 재설정 단추가 회색으로 표시됩니다").contains("The password reset button is greyed out");
        CliRunner.Result md = CliRunner.exec("--content-dir", DIR, "faq", "show", "reset-button-greyed-out", "--lang", "ko-KR",
                "--source", "--format", "markdown");
        assertThat(md.out()).contains("암호 재설정 단추가 회색으로 표시됩니다").contains("The password reset button is greyed out")
                .doesNotContain("<span");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "th-TH|ปุ่มรีเซ็ตรหัสผ่าน|issues-with-credentials/reset-button-greyed-out",
            "th-TH|ลงทะเบียนข้อมูลความปลอดภัยแบบรวม|user-reset-password-setup/combined-registration",
            "ja-JP|パスワード リセット ボタン|issues-with-credentials/reset-button-greyed-out",
            "ja-JP|統合登録|user-reset-password-setup/combined-registration",
            "ja-JP|オンプレミス統合ブレード|issues-with-credentials/no-onprem-integration-blade",
            "ko-KR|재설정단추|issues-with-credentials/reset-button-greyed-out",
            "ko-KR|보안 정보 등록|user-reset-password-setup/combined-registration",
            "ar-SA|زر إعادة تعيين|issues-with-credentials/reset-button-greyed-out",
            "he-IL|הלחצן לאיפוס|issues-with-credentials/reset-button-greyed-out",
            "ru-RU|кнопка сброса|issues-with-credentials/reset-button-greyed-out",
            "el-GR|κουμπι επαναφορας|issues-with-credentials/reset-button-greyed-out",
            "vi-VN|nút bị mờ|issues-with-credentials/reset-button-greyed-out",
            "fr-FR|bouton grise|issues-with-credentials/reset-button-greyed-out",
            "de-DE|Schaltfläche abgeblendet|issues-with-credentials/reset-button-greyed-out"})
    void searchFindsTheExpectedEntryFirst(String lang, String query, String expected) throws Exception {
        CliRunner.Result r = CliRunner.exec("--content-dir", DIR, "faq", "search", query, "--lang", lang, "--format", "json");
        JsonNode hits = JSON.readTree(r.out());
        assertThat(hits.size()).as(query).isPositive();
        assertThat(hits.get(0).get("article").asText() + "/" + hits.get(0).get("id").asText()).as(query).isEqualTo(expected);
        assertThat(hits.get(0).get("lang").asText()).isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource({"issues-with-credentials,id-ID", "issues-with-credentials,zh-CN", "user-reset-password-setup,zh-TW",
            "having-self-service-password-reset-problems,zh-CN"})
    void wrappingEveryParagraphOfABundledCopyChangesNothing(String slug, String lang, @TempDir Path dir) throws Exception {
        String plain = Files.readString(Path.of("content/articles", slug, lang + ".md"));
        String english = Files.readString(Path.of("content/articles", slug, "en.md"));
        String wrapped = SideBySide.wrap(plain, english, "4f1f9");
        assertThat(wrapped).contains("sxs-lookup").contains("data-stu-id");
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve(lang + ".md"), wrapped);
        ContentLibrary lib = ContentLibrary.load(List.of(new DirectoryContent(dir)));
        assertThat(lib.problems()).extracting(p -> p.code()).containsOnly("index"); // the folder has no index.yaml of its own
        ContentLibrary withIndex = ContentLibrary.load(List.of(new DirectoryContent(Path.of("content")), new DirectoryContent(dir)));
        Article side = withIndex.exact(slug, lang).orElseThrow();
        Article orig = BUNDLED.exact(slug, lang).orElseThrow();
        Article en = BUNDLED.exact(slug, "en").orElseThrow();
        assertThat(side.file()).contains(dir.toString());
        assertThat(side.title().plain()).isEqualTo(orig.title().plain());
        assertThat(side.title().sourcePlain()).isEqualTo(en.title().plain());
        assertThat(side.entries()).hasSameSizeAs(orig.entries());
        for (int i = 0; i < orig.entries().size(); i++) {
            FaqEntry s = side.entries().get(i);
            FaqEntry o = orig.entries().get(i);
            assertThat(s.id()).isEqualTo(o.id());
            assertThat(s.questionText()).isEqualTo(o.questionText());
            assertThat(s.question().sourcePlain().replaceAll("[:：]$", "")).isEqualTo(en.entries().get(i).questionText());
            assertThat(plain(s)).as(s.id()).isEqualTo(plain(o));
            assertThat(s.links()).as(s.id()).isEqualTo(o.links());
        }
        ArticleIndex index = withIndex.indexes().get(slug);
        assertThat(index.ids()).hasSize(side.entries().size());
        CliRunner.Result check = CliRunner.exec("content", "check", dir.toString(), "--format", "json");
        JsonNode report = JSON.readTree(check.out());
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("files").get(0).get("form").asText()).isEqualTo("side-by-side");
    }

    @Test
    void escapeSequencesInAQuestionNeverReachTheTerminal(@TempDir Path dir) throws Exception {
        String zh = Files.readString(Path.of("content/articles/issues-with-credentials/zh-TW.md"));
        String evil = zh.replace("**[密碼重設] 按鈕會灰顯**",
                "**[密碼重設] \u001b]0;owned\u0007\u001b[2J\u001b]8;;http://x\u001b\\按鈕\u009b31m\u202e會灰顯\u2066**");
        Files.createDirectories(dir.resolve("issues-with-credentials"));
        Files.writeString(dir.resolve("issues-with-credentials/zh-TW.md"), evil);
        for (String format : List.of("text", "json")) {
            CliRunner.Result r = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--lang", "zh-TW", "--format", format);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("[密碼重設] 按鈕會灰顯")
                    .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u2066", "\\u001b", "owned", "[2J");
        }
        CliRunner.Result show = CliRunner.exec("--content-dir", dir.toString(), "faq", "show", "reset-button-greyed-out", "--lang", "zh-TW");
        assertThat(show.out()).contains("按鈕會灰顯").doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
        assertThat(show.out().chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
    }

    private static String plain(FaqEntry e) {
        StringBuilder sb = new StringBuilder();
        for (var b : e.answer()) sb.append(blockText(b)).append(' ');
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String blockText(sspr.doctor.content.Block b) {
        if (b instanceof sspr.doctor.content.Block.Paragraph p) return p.text().plain() + (p.onlyBold() ? "[bold]" : "");
        if (b instanceof sspr.doctor.content.Block.Heading h) return h.text().plain();
        if (b instanceof sspr.doctor.content.Block.ListBlock l) {
            StringBuilder sb = new StringBuilder(l.ordered() ? "[ol]" : "[ul]");
            for (var item : l.items()) for (var inner : item) sb.append(blockText(inner)).append(' ');
            return sb.toString();
        }
        return "";
    }
}
