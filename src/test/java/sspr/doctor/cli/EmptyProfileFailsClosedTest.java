package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A CI gate fails closed: a profile or a batch without a single fact is exit 2 in one line, never a green verdict. */
class EmptyProfileFailsClosedTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n", "---\n", "{}", "{}\n", "cases:\n  - name: a\n", "null\n"})
    void aProfileWithoutFactsIsExitTwo(String text) throws Exception {
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, text);
        for (String format : new String[] {"text", "json", "junit", "sarif"}) {
            CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString(), "-o", format);
            assertThat(r.exit()).as(format).isEqualTo(2);
            assertThat(r.out()).as(format).isEmpty();
            assertThat(r.err()).isEqualTo("sspr-doctor: no facts in " + p
                    + "; an empty profile is not a passing diagnosis (a profile holds facts, e.g. role: [user-admin])\n");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|sspr-doctor: no facts in <stdin>; an empty profile is not a passing diagnosis (a profile holds facts, e.g. role: [user-admin])",
            "id-ID|sspr-doctor: tidak ada fakta di <stdin>; profil kosong bukan diagnosis yang lulus (profil berisi fakta, mis. role: [user-admin])",
            "zh-CN|sspr-doctor: <stdin> 中没有任何事实；空的配置文件不能算作通过的诊断（配置文件包含事实，例如 role: [user-admin]）",
            "zh-TW|sspr-doctor: <stdin> 中沒有任何事實；空的設定檔不能算作通過的診斷（設定檔包含事實，例如 role: [user-admin]）"})
    void anEmptyStandardInputIsExitTwoInTheUsersLanguage(String lang, String line) {
        CliRunner.Result r = new CliRunner().stdin("").run("--lang", lang, "diagnose", "--profile", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(line + "\n");
    }

    @Test
    void devNullIsNoProfile() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", "/dev/null");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: no facts in /dev/null; ");
    }

    /** Command-line facts do not make an empty profile file right: the file is still the wrong one. */
    @Test
    void anEmptyProfileIsRefusedEvenWithFactsOnTheCommandLine() throws Exception {
        Path p = tmp.resolve("empty.json");
        Files.writeString(p, "{}");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString(), "--role", "user-admin");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: no facts in " + p + "; ");
    }

    /** A profile with one fact still runs, and no options at all still warns and answers (documented). */
    @Test
    void oneFactOrNoProfileAtAllStillRun() throws Exception {
        Path p = tmp.resolve("one.yaml");
        Files.writeString(p, "role: [user-admin]\n");
        assertThat(CliRunner.exec("diagnose", "--profile", p.toString(), "--fail-on", "never").exit()).isZero();
        CliRunner.Result none = CliRunner.exec("diagnose", "--fail-on", "never");
        assertThat(none.exit()).isZero();
        assertThat(none.err()).startsWith("warning: no facts given");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|sspr-doctor: no lines in stdin; an empty batch is not a passing run (one JSON object of facts per line)",
            "id-ID|sspr-doctor: tidak ada baris di stdin; batch kosong bukan proses yang lulus (satu objek JSON berisi fakta per baris)",
            "zh-CN|sspr-doctor: stdin 中没有任何行；空的批处理不能算作通过的运行（每行一个包含事实的 JSON 对象）",
            "zh-TW|sspr-doctor: stdin 中沒有任何行；空的批次不能算作通過的執行（每行一個包含事實的 JSON 物件）"})
    void anEmptyBatchIsExitTwo(String lang, String line) {
        for (String input : new String[] {"", "\n", "  \n\n"}) {
            CliRunner.Result r = new CliRunner().stdin(input).run("--lang", lang, "diagnose", "--batch", "-");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo(line + "\n");
        }
    }

    @Test
    void anEmptyBatchFileWritesNoReport() throws Exception {
        Path in = tmp.resolve("empty.ndjson");
        Files.writeString(in, "");
        Path html = tmp.resolve("r.html");
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", in.toString(), "-o", "html", "--output", html.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: no lines in " + in + "; ");
        assertThat(html).doesNotExist();
    }
}
