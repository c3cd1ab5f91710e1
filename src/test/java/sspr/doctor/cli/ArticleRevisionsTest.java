package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import sspr.doctor.content.SideBySide;

/**
 * Copies of Microsoft's articles that differ from the bundled ones only in bytes a reader cannot
 * see (BOM, CRLF, blank lines, spaces, where a line wraps) are the same article, silently; a copy
 * of another revision, with more or fewer entries than the index, is refused with one warning.
 */
class ArticleRevisionsTest {
    static final Map<String, UnaryOperator<String>> SAME_ARTICLE = Map.of(
            "bom", t -> "\uFEFF" + t,
            "crlf", t -> t.replace("\n", "\r\n"),
            "trailing-blank-lines", t -> t + "\n\n\n   \n\t\n",
            "extra-whitespace", ArticleRevisionsTest::extraWhitespace,
            "all", t -> "\uFEFF" + extraWhitespace(t).replace("\n", "\r\n") + "\r\n\r\n\r\n");

    static java.util.stream.Stream<String> variants() {
        return SAME_ARTICLE.keySet().stream().sorted();
    }

    /**
     * Trailing spaces on every line (one, so no Markdown hard break), delimiter lines of the front
     * matter included; blank lines doubled; spaces between words doubled; a question wrapped onto a
     * second line at its first space.
     */
    static String extraWhitespace(String text) {
        String[] parts = SideBySide.split(text);
        String front = parts[0].replaceAll("(?m)$", " ").replaceAll(" \\z", "");
        String body = parts[1]
                .replaceAll("(?m)^(\\*\\*[^*\\s]+) (.+\\*\\*)$", "$1\n$2")
                .replaceAll("(?<=\\p{L}) (?=\\p{L})", "  ")
                .replace("\n\n", "\n\n\n")
                .replaceAll("(?m)(?<=\\S)$", " ");
        return front + body;
    }

    static Path write(Path dir, String slug, String lang, String text) throws Exception {
        Path p = dir.resolve(slug).resolve(lang + ".md");
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @org.junit.jupiter.api.Test
    void theWhitespaceVariantChangesWhatItSays() throws Exception {
        String en = Files.readString(Path.of("content/articles/issues-with-credentials/en.md"));
        String changed = extraWhitespace(en);
        assertThat(changed).startsWith("--- \ntitle:").contains("\n--- \n").contains("**How \ndo  my  users")
                .contains("\n\n\n").contains("?** \n");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void invisibleDifferencesGiveTheSameEntriesWithoutWarning(String variant, @TempDir Path dir) throws Exception {
        for (String slug : SideBySide.ARTICLES) {
            for (String lang : new String[] {"en", "zh-TW"}) {
                String original = Files.readString(Path.of("content/articles", slug, lang + ".md"));
                write(dir, slug, lang, SAME_ARTICLE.get(variant).apply(original));
            }
        }
        for (String lang : new String[] {"en", "zh-TW"}) {
            CliRunner.Result bundled = CliRunner.exec("faq", "list", "--lang", lang, "--format", "json");
            CliRunner.Result copy = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--lang", lang, "--format", "json");
            assertThat(copy.exit()).isZero();
            assertThat(copy.err()).as(variant + " " + lang + " stderr").isEmpty();
            assertThat(copy.out()).as(variant + " " + lang).isEqualTo(bundled.out());
            CliRunner.Result text = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--lang", lang);
            assertThat(text.err()).isEmpty();
            assertThat(text.out()).isEqualTo(CliRunner.exec("faq", "list", "--lang", lang).out());
            CliRunner.Result show = CliRunner.exec("--content-dir", dir.toString(), "faq", "show",
                    "issues-with-credentials/users-change-password", "--lang", lang, "--format", "json");
            assertThat(show.out()).isEqualTo(CliRunner.exec("faq", "show",
                    "issues-with-credentials/users-change-password", "--lang", lang, "--format", "json").out());
        }
        CliRunner.Result check = CliRunner.exec("content", "check", dir.toString());
        assertThat(check.exit()).as(variant + ": content check finds no problem\n" + check.out()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"removed,9", "added,11"})
    void aCopyWithAnotherEntryCountIsRefusedWithOneWarning(String change, int found, @TempDir Path dir) throws Exception {
        String zh = Files.readString(Path.of("content/articles/issues-with-credentials/zh-TW.md"));
        String copy = change.equals("removed")
                ? zh.replace("**[密碼重設] 按鈕會灰顯**", "[密碼重設] 按鈕會灰顯")
                : zh + "\n**這是新的問題嗎？**\n\n新的答案。\n";
        Path file = write(dir, "issues-with-credentials", "zh-TW", copy);
        CliRunner.Result r = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--lang", "zh-TW", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).as("the bundled zh-TW copy is used").isEqualTo(CliRunner.exec("faq", "list", "--lang", "zh-TW", "--format", "json").out());
        assertThat(r.err().lines()).containsExactly("警告：" + file + ":" + 26
                + "：這份複本有 " + found + " 個項目，但 issues-with-credentials 的索引列出 10 個；不使用這份複本（執行 'sspr-doctor content check' 查看詳細資料）");
        CliRunner.Result en = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--article", "issues-with-credentials", "--format", "json");
        assertThat(en.err().lines()).containsExactly("warning: " + file + ":26: the copy has " + found
                + " entries but the index of issues-with-credentials lists 10; it is not used (run 'sspr-doctor content check' for details)");
    }

    @org.junit.jupiter.api.Test
    void theOneWarningOfARefusedCopySaysItIsNotUsed(@TempDir Path dir) throws Exception {
        String zh = Files.readString(Path.of("content/articles/issues-with-credentials/zh-TW.md"));
        String copy = zh.replace("**[密碼重設] 按鈕會灰顯**", "[密碼重設] 按鈕會灰顯")
                .replace("**如何管理應用程式的密碼或憑證認證？**", "**如何管理應用程式的\u001b[2J密碼或憑證認證？**");
        write(dir, "issues-with-credentials", "zh-TW", copy);
        CliRunner.Result r = CliRunner.exec("--content-dir", dir.toString(), "faq", "list");
        assertThat(r.err().lines()).singleElement().asString().contains("it is not used");
    }

    @org.junit.jupiter.api.Test
    void aRefusedCopyWithoutABundledOneFallsBackToEnglish(@TempDir Path dir) throws Exception {
        String de = Files.readString(SideBySide.FOLDER.resolve("issues-with-credentials/de-DE.md"));
        String[] lines = de.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("<span data-ttu-id=\"[^\"]*\">\\*\\*.*")) {
                lines[i] = lines[i].replace("**", "");
                break;
            }
        }
        String fewer = String.join("\n", lines);
        assertThat(fewer).isNotEqualTo(de);
        Path file = write(dir, "issues-with-credentials", "de-DE", fewer);
        CliRunner.Result r = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--article", "issues-with-credentials",
                "--lang", "de-DE", "--format", "json");
        assertThat(r.exit()).isZero();
        for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out())) {
            assertThat(n.get("lang").asText()).isEqualTo("en");
        }
        assertThat(r.err().lines()).hasSize(2).anyMatch(l -> l.startsWith("warning: " + file + ":") && l.contains("9 entries"))
                .anyMatch(l -> l.startsWith("notice:"));
    }
}
