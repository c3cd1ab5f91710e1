package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The help bundle of the user's language is loaded only when help text may be printed (it cost start-up time). */
class HelpBundleTest {
    private static boolean bundled(String... args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        return CommandLines.commandLine(sink, sink, Map.of(), false, args).getCommandSpec().resourceBundle() != null;
    }

    @Test
    void onlyWhereHelpTextMayShow() {
        assertThat(bundled("faq", "list", "--lang", "zh-TW")).isFalse();
        assertThat(bundled("diagnose", "--role", "user-admin", "--lang", "zh-TW")).isFalse();
        assertThat(bundled("faq", "list", "--help", "--lang", "zh-TW")).isTrue();
        assertThat(bundled("faq", "--lang", "zh-TW")).isTrue(); // prints its usage
        assertThat(bundled("diagnose", "-vh", "--lang", "zh-TW")).isTrue();
        assertThat(bundled("help", "diagnose", "--lang", "zh-TW")).isTrue();
        assertThat(bundled("--lang", "zh-TW")).isTrue();
        assertThat(bundled("completion", "fish", "--lang", "zh-TW")).isTrue();
        assertThat(bundled("faq", "list", "--help")).isFalse(); // English: the annotations' text, no bundle
    }

    @Test
    void clusteredHelpIsLocalizedToo() {
        CliRunner.Result clustered = CliRunner.exec("diagnose", "-vh", "--lang", "zh-TW");
        CliRunner.Result plain = CliRunner.exec("diagnose", "--help", "--lang", "zh-TW");
        assertThat(clustered.exit()).isZero();
        assertThat(clustered.out()).isEqualTo(plain.out()).contains("重設");
    }
}
