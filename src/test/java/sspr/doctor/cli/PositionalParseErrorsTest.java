package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** picocli's errors about positional parameters and 'help NAME', as one line in the user's language, exit 2. */
class PositionalParseErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|completion powershell|SHELL: unknown value 'powershell'; allowed: bash, zsh, fish",
            "id-ID|completion powershell|SHELL: nilai 'powershell' tidak dikenal; yang diizinkan: bash, zsh, fish",
            "zh-CN|completion powershell|SHELL: 未知的值 'powershell'；允许的值：bash, zsh, fish",
            "zh-TW|completion powershell|SHELL: 未知的值 'powershell'；允許的值：bash, zsh, fish",
            "en|faq search|missing QUERY (see 'sspr-doctor faq search --help')",
            "id-ID|faq search|QUERY tidak diberikan (lihat 'sspr-doctor faq search --help')",
            "zh-CN|faq search|缺少 QUERY（参见 'sspr-doctor faq search --help'）",
            "zh-TW|faq search|缺少 QUERY（請參閱 'sspr-doctor faq search --help'）",
            "en|articles show|missing SLUG (see 'sspr-doctor articles show --help')",
            "id-ID|articles show|SLUG tidak diberikan (lihat 'sspr-doctor articles show --help')",
            "zh-CN|articles show|缺少 SLUG（参见 'sspr-doctor articles show --help'）",
            "zh-TW|articles show|缺少 SLUG（請參閱 'sspr-doctor articles show --help'）",
            "en|tenant check|missing DIR (see 'sspr-doctor tenant check --help')",
            "id-ID|tenant check|DIR tidak diberikan (lihat 'sspr-doctor tenant check --help')",
            "zh-CN|tenant check|缺少 DIR（参见 'sspr-doctor tenant check --help'）",
            "zh-TW|tenant check|缺少 DIR（請參閱 'sspr-doctor tenant check --help'）",
            "en|completion|missing SHELL (see 'sspr-doctor completion --help')",
            "id-ID|completion|SHELL tidak diberikan (lihat 'sspr-doctor completion --help')",
            "zh-CN|completion|缺少 SHELL（参见 'sspr-doctor completion --help'）",
            "zh-TW|completion|缺少 SHELL（請參閱 'sspr-doctor completion --help'）",
            "en|faq show|missing ENTRY (see 'sspr-doctor faq show --help')",
            "id-ID|faq show|ENTRY tidak diberikan (lihat 'sspr-doctor faq show --help')",
            "zh-CN|faq show|缺少 ENTRY（参见 'sspr-doctor faq show --help'）",
            "zh-TW|faq show|缺少 ENTRY（請參閱 'sspr-doctor faq show --help'）",
            "en|help nope|unknown command 'nope'; 'sspr-doctor help' lists the commands",
            "id-ID|help nope|perintah 'nope' tidak dikenal; 'sspr-doctor help' menampilkan daftar perintah",
            "zh-CN|help nope|未知的命令 'nope'；'sspr-doctor help' 会列出所有命令",
            "zh-TW|help nope|未知的命令 'nope'；'sspr-doctor help' 會列出所有命令",
            "en|help fqa|unknown command 'fqa' (did you mean faq?); 'sspr-doctor help' lists the commands",
            "id-ID|help fqa|perintah 'fqa' tidak dikenal (maksud Anda faq?); 'sspr-doctor help' menampilkan daftar perintah",
            "zh-CN|help fqa|未知的命令 'fqa'（您是否指 faq？）；'sspr-doctor help' 会列出所有命令",
            "zh-TW|help fqa|未知的命令 'fqa'（您是否是指 faq？）；'sspr-doctor help' 會列出所有命令",
            "en|tenant fetch|missing --out DIR (see 'sspr-doctor tenant fetch --help')",
            "id-ID|tenant fetch|--out DIR tidak diberikan (lihat 'sspr-doctor tenant fetch --help')",
            "zh-CN|tenant fetch|缺少 --out DIR（参见 'sspr-doctor tenant fetch --help'）",
            "zh-TW|tenant fetch|缺少 --out DIR（請參閱 'sspr-doctor tenant fetch --help'）",
            "en|diagnose --role|--role: needs a value",
            "en|audit --limit x|--limit: expected a whole number, got 'x'",
            "id-ID|audit --limit x|--limit: diharapkan bilangan bulat, didapat 'x'",
            "zh-CN|diagnose --since abc|--since: 应为整数，实际为 'abc'",
            "zh-TW|diagnose --since abc|--since: 應為整數，實際為 'abc'",
            "en|audit --limit 1 --limit 2|--limit: given more than once; give it once",
            "id-ID|audit --limit 1 --limit 2|--limit: diberikan lebih dari sekali; berikan sekali saja",
            "zh-CN|audit --limit 1 --limit 2|--limit: 给出了不止一次；只需给出一次",
            "zh-TW|audit --limit 1 --limit 2|--limit: 提供了不止一次；只需提供一次"})
    void oneLineInTheUsersLanguage(String lang, String command, String expected) {
        String[] words = command.split(" ");
        String[] args = new String[words.length + 2];
        args[0] = "--lang";
        args[1] = lang;
        System.arraycopy(words, 0, args, 2, words.length);
        CliRunner.Result r = CliRunner.exec(args);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("sspr-doctor: " + expected + "\n");
    }

    /** A value from the command line is printed through the terminal-safe filter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"help", "completion"})
    void controlCharactersInTheValueAreFiltered(String command) {
        CliRunner.Result r = CliRunner.exec(command, "x\u001b[31my");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\u001b").endsWith("\n");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }
}
