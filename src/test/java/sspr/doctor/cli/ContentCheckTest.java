package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `content check` catches each kind of broken article; other commands keep working with one warning. */
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

    CliRunner.Result check() {
        return CliRunner.exec("content", "check", dir.toString());
    }

    @Test
    void bundledContentIsClean() {
        CliRunner.Result r = CliRunner.exec("content", "check");
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isZero();
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
        write("zh-TW.md", ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8));
        assertThat(check().exit()).as("a BOM is not a problem").isZero();
    }

    @Test
    void crlfLineEndings() throws Exception {
        write("zh-TW.md", good.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(check().exit()).as("CRLF is not a problem").isZero();
    }

    @Test
    void differentNumberOfEntries() throws Exception {
        String fewer = good.replace("**[密碼重設] 按鈕會灰顯**", "[密碼重設] 按鈕會灰顯");
        write("zh-TW.md", fewer.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("has 9 entries but the index of issues-with-credentials lists 10");
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
