package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.content.SideBySide;
import sspr.doctor.text.DisplayWidth;

/**
 * `content check` catches each kind of broken article and says, for each file, what it found
 * (form, BOM, CRLF, side-by-side spans reduced, control characters) with file:line; other
 * commands keep working with one warning.
 */
class ContentCheckTest {
    @TempDir Path dir;
    String good;

    @BeforeEach
    void readGoodArticle() throws Exception {
        good = Files.readString(Path.of("content/articles/issues-with-credentials/zh-TW.md"));
    }

    Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve("issues-with-credentials").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    static String code(String textLine) {
        return textLine.split("  +", 4)[2];
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(CliRunner.exec("content", "check", dir.toString(), "--format", "json").out());
    }

    /** Wide enough for one line per note (temporary folders make long paths; ContentCheckWidthTest covers narrow terminals). */
    CliRunner.Result check() {
        return new CliRunner().env("COLUMNS", "1000").run("content", "check", dir.toString());
    }

    @Test
    void bundledContentIsClean() {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "200").run("content", "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).allMatch(l -> l.matches("\\S+\\.md(:\\d+)* +info +\\S+ +.*"))
                .filteredOn(l -> l.matches("\\S+\\.md +info +form +(plain|side-by-side) copy in \\S+, \\d+ entr(y|ies) as its index lists; used"))
                .hasSize(12);
    }

    @Test
    void goodCopyPasses() throws Exception {
        write("zh-TW.md", good.getBytes(StandardCharsets.UTF_8));
        assertThat(check().exit()).isZero();
    }

    @Test
    void badFrontMatter() throws Exception {
        write("zh-TW.md", good.replace("ms.topic: article", "ms.topic: [article").getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("zh-TW.md:").contains("front-matter");
    }

    @Test
    void missingLocale() throws Exception {
        write("zh-TW.md", good.replace("ms.contentlocale: zh-TW\n", "").getBytes(StandardCharsets.UTF_8));
        assertThat(check().out()).contains("locale").contains("ms.contentlocale");
    }

    @Test
    void localeDoesNotMatchLocation() throws Exception {
        write("zh-CN.md", good.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("zh-CN.md:18").contains("stored as zh-CN");
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 10] = (byte) 0xC3;
        bytes[bytes.length - 9] = (byte) 0x28;
        write("zh-TW.md", bytes);
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("invalid UTF-8");
    }

    @Test
    void byteOrderMark() throws Exception {
        Path file = write("zh-TW.md", ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).as("a BOM is not a problem").isZero();
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(file + ":1:1") + " +info +bom +byte order mark at the start, ignored\n");
        assertThat(json().get("files").get(0).get("bom").asBoolean()).isTrue();
    }

    @Test
    void crlfLineEndings() throws Exception {
        Path file = write("zh-TW.md", good.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).as("CRLF is not a problem").isZero();
        long lines = good.chars().filter(c -> c == '\n').count();
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(file + ":1:4") + " +info +crlf +CRLF line endings \\(" + lines + " lines\\), read as LF\n");
        assertThat(json().get("files").get(0).get("crlfLines").asInt()).isEqualTo(lines);
    }

    @Test
    void differentNumberOfEntries() throws Exception {
        String fewer = good.replace("**[密碼重設] 按鈕會灰顯**", "[密碼重設] 按鈕會灰顯");
        write("zh-TW.md", fewer.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("has 9 entries but the index of issues-with-credentials lists 10; it is not used")
                .containsPattern("zh-TW.md:26 +problem +entries +")
                .containsPattern("zh-TW.md +info +form +plain copy; not used");
        JsonNode f = json().get("files").get(0);
        assertThat(f.get("used").asBoolean()).isFalse();
        assertThat(f.get("entries").asInt()).isEqualTo(9);
        assertThat(f.get("indexEntries").asInt()).isEqualTo(10);
    }

    @Test
    void formOfEachFile() throws Exception {
        write("zh-TW.md", good.getBytes(StandardCharsets.UTF_8));
        Files.copy(SideBySide.FOLDER.resolve("issues-with-credentials/ja-JP.md"), dir.resolve("issues-with-credentials/ja-JP.md"));
        CliRunner.Result r = check();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("zh-TW.md +info +form +plain copy in zh-TW, 10 entries as its index lists; used\n")
                .containsPattern("ja-JP.md +info +form +side-by-side copy in ja-JP, 10 entries as its index lists; used\n");
        JsonNode files = json().get("files");
        assertThat(files.findValuesAsText("form")).containsExactly("side-by-side", "plain");
        assertThat(files.get(0).get("lang").asText()).isEqualTo("ja-JP");
    }

    @Test
    void sideBySideSpansReducedWithTheirLines() throws Exception {
        Files.createDirectories(dir.resolve("issues-with-credentials"));
        Path ja = dir.resolve("issues-with-credentials/ja-JP.md");
        Files.copy(SideBySide.FOLDER.resolve("issues-with-credentials/ja-JP.md"), ja);
        List<String> lines = Files.readAllLines(ja);
        int first = 0;
        int last = 0;
        int pairs = 0;
        for (int i = 0; i < lines.size(); i++) {
            int n = lines.get(i).split("class=\"sxs-lookup\"", -1).length - 1;
            if (n > 0 && first == 0) first = i + 1;
            if (n > 0) last = i + 1;
            pairs += n;
        }
        CliRunner.Result r = check();
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(ja + ":" + first) + " +info +pairs +" + pairs
                + " side-by-side span pairs reduced to the translated half \\(lines " + first + "-" + last + "\\)\n");
        JsonNode f = json().get("files").get(0);
        assertThat(f.get("sideBySidePairs").asInt()).isEqualTo(pairs);
        assertThat(f.get("sideBySideLines").get(0).asInt()).isEqualTo(first);
        assertThat(f.get("sideBySideLines").get(f.get("sideBySideLines").size() - 1).asInt()).isEqualTo(last);
    }

    @Test
    void controlCharactersWhichAndWhere() throws Exception {
        String evil = good.replace("**[密碼重設] 按鈕會灰顯**", "**[密碼重設] \u001b]0;owned\u0007按鈕\u2067會\u202e灰顯\u001b[2J\u0001**");
        int line = (int) evil.substring(0, evil.indexOf("**[密碼重設] \u001b")).chars().filter(c -> c == '\n').count() + 1;
        Path file = write("zh-TW.md", evil.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        String at = java.util.regex.Pattern.quote(file + ":" + line + ":");
        assertThat(r.out()).containsPattern(at + "10 +problem +control +OSC \\(operating system command\\) sequence removed: it could control the terminal\n")
                .containsPattern(at + "22 +info +bidi +bidi isolate U\\+2067 removed for display; the text keeps its order\n")
                .containsPattern(at + "24 +problem +control +bidi override U\\+202E removed")
                .containsPattern(at + "27 +problem +control +ESC \\[ \\(CSI\\) sequence removed")
                .containsPattern(at + "31 +problem +control +control character U\\+0001 removed");
        assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\u202e", "\u2067", "\u0001");
        JsonNode report = json();
        assertThat(report.get("problems").findValuesAsText("code")).containsOnly("control").hasSize(4);
        JsonNode controls = report.get("files").get(0).get("controls");
        assertThat(controls.findValuesAsText("kind")).containsExactly("osc", "bidi-isolate", "bidi-override", "csi", "control");
        assertThat(controls.findValuesAsText("codePoint")).containsExactly("U+001B", "U+2067", "U+202E", "U+001B", "U+0001");
        assertThat(controls.findValues("line")).allMatch(n -> n.asInt() == line);
        assertThat(controls.get(1).get("problem").asBoolean()).isFalse();
        CliRunner.Result list = CliRunner.exec("--content-dir", dir.toString(), "faq", "list", "--lang", "zh-TW");
        assertThat(list.err().lines()).as("one warning for the file").hasSize(1).first().asString().contains(file + ":" + line + ":10");
    }

    @Test
    void englishTextSaysWhatJsonNotesSay() throws Exception {
        String evil = good.replace("**[密碼重設] 按鈕會灰顯**", "**[密碼重設] 按鈕\u2067會灰顯**");
        write("zh-TW.md", ("\uFEFF" + evil.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Files.copy(SideBySide.FOLDER.resolve("issues-with-credentials/ko-KR.md"), dir.resolve("issues-with-credentials/ko-KR.md"));
        String text = check().out();
        List<String> messages = json().get("files").findValues("notes").stream()
                .flatMap(n -> n.findValuesAsText("message").stream()).toList();
        assertThat(messages).hasSize(4);
        for (String m : messages) assertThat(text).contains(m);
    }

    @Test
    void aCopyNamedAfterNoArticleIsANewArticleAndCheckSaysWhichWasMeant() throws Exception {
        Files.copy(SideBySide.FOLDER.resolve("issues-with-credentials/de-DE.md"), dir.resolve("issues-with-credential.md"));
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("issues-with-credential.md +problem +index +no index.yaml for article issues-with-credential;"
                + " entries are numbered \\(did you mean issues-with-credentials\\?\\)");
        CliRunner.Result show = CliRunner.exec("--content-dir", dir.toString(), "faq", "show", "issues-with-credentials/app-credentials", "--lang", "de-DE");
        assertThat(show.out()).as("the bundled article is not replaced").doesNotContain("Wie verwalte");
    }

    @Test
    void jsonProblemsKeepTheirShape() throws Exception {
        write("zh-TW.md", good.replace("ms.contentlocale: zh-TW\n", "").getBytes(StandardCharsets.UTF_8));
        for (JsonNode p : json().get("problems")) {
            assertThat(p.fieldNames()).toIterable().containsExactly("file", "line", "column", "code", "message");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void textLinesAreLocalizedAndAligned(String lang) throws Exception {
        String evil = good.replace("**[密碼重設] 按鈕會灰顯**", "**[密碼重設] \u001b[2J按鈕\u2067會灰顯**")
                .replace("**如何管理應用程式的密碼或憑證認證？**", "如何管理應用程式的密碼或憑證認證？");
        write("zh-TW.md", ("\uFEFF" + evil.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Files.copy(SideBySide.FOLDER.resolve("issues-with-credentials/ko-KR.md"), dir.resolve("issues-with-credentials/ko-KR.md"));
        CliRunner.Result r = new CliRunner().env("COLUMNS", "1000").run("--lang", lang, "content", "check", dir.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(8);
        sspr.doctor.i18n.Messages ui = sspr.doctor.i18n.Messages.of("ui", lang);
        String info = ui.get("check.level.info");
        String problem = ui.get("check.level.problem");
        Set<Integer> levelColumns = new HashSet<>();
        Set<Integer> codeColumns = new HashSet<>();
        Set<Integer> textColumns = new HashSet<>();
        for (String line : lines) {
            String[] cells = line.split("  +", 4);
            assertThat(cells[1]).isIn(info, problem);
            levelColumns.add(DisplayWidth.of(line.substring(0, line.indexOf(cells[1], cells[0].length()))));
            int code = line.indexOf(cells[2], line.indexOf(cells[1], cells[0].length()) + cells[1].length());
            codeColumns.add(DisplayWidth.of(line.substring(0, code)));
            textColumns.add(DisplayWidth.of(line.substring(0, line.indexOf(cells[3], code + cells[2].length()))));
        }
        assertThat(levelColumns).hasSize(1);
        assertThat(codeColumns).hasSize(1);
        assertThat(textColumns).hasSize(1);
        assertThat(lines).filteredOn(l -> code(l).equals("bom")).singleElement().asString().contains(ui.get("note.bom"));
        assertThat(lines).filteredOn(l -> code(l).equals("entries")).singleElement().asString()
                .contains(ui.format("problem.entries", "found", 9, "expected", 10, "article", "issues-with-credentials"));
        assertThat(lines).filteredOn(l -> code(l).equals("control")).singleElement().asString()
                .contains(ui.format("problem.control", "control", ui.format("control.csi")));
        assertThat(lines).filteredOn(l -> code(l).equals("bidi")).singleElement().asString()
                .contains(ui.format("note.bidi", "control", ui.format("control.bidi-isolate", "codePoint", "U+2067")));
        assertThat(lines).filteredOn(l -> code(l).equals("crlf")).singleElement().asString().contains(ui.format("note.crlf", "count", 85));
        assertThat(lines).filteredOn(l -> code(l).equals("pairs")).singleElement();
        assertThat(lines).filteredOn(l -> code(l).equals("form")).hasSize(2)
                .anyMatch(l -> l.contains(ui.format("check.file.unused", "form", ui.get("check.form.plain"))))
                .anyMatch(l -> l.contains(ui.format("check.file.used", "form", ui.get("check.form.side-by-side"), "lang", "ko-KR", "entries", 10)));
    }

    @Test
    void brokenLink() throws Exception {
        write("zh-TW.md", good.replace("](https://", "] (https://").getBytes(StandardCharsets.UTF_8));
        assertThat(check().out()).contains("link");
    }

    @Test
    void otherCommandsKeepWorkingWithOneWarningAndFallback() throws Exception {
        String fewer = good.replace("**[密碼重設] 按鈕會灰顯**", "[密碼重設] 按鈕會灰顯");
        write("zh-TW.md", fewer.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = CliRunner.exec("faq", "show", "reset-button-greyed-out", "--lang", "zh-TW", "--content-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("警告").contains("zh-TW.md");
        assertThat(r.out()).contains("[密碼重設] 按鈕會灰顯");
    }

    @Test
    void missingDirIsExit2() {
        CliRunner.Result r = CliRunner.exec("content", "check", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
    }
}
