package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli measures the terminal (on a terminal: it forks {@code stty} and polls for the answer) when a
 * command with an automatic help width is asked for its width, which subcommands do when they inherit
 * the root's attributes. The help is laid out by HelpLayout at its own width, so nothing may measure.
 */
class TerminalWidthProbeTest {
    private static Object measured(CommandLine cl) throws Exception {
        Field f = UsageMessageSpec.class.getDeclaredField("cachedTerminalWidth");
        f.setAccessible(true);
        return f.get(cl.getCommandSpec().usageMessage());
    }

    @Test
    void noCommandLineMeasuresTheTerminal() throws Exception {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (String[] args : new String[][] {{"faq", "list"}, {"diagnose", "--role", "user-admin"}, {"tenant", "--help"}, {"--help"}, {}}) {
            CommandLine cl = CommandLines.commandLine(sink, sink, Map.of(), false, args);
            cl.execute(args);
            assertThat(measured(cl)).as(String.join(" ", args)).isNull();
            for (CommandLine sub : cl.getSubcommands().values()) assertThat(measured(sub)).as(String.join(" ", args)).isNull();
        }
    }
}
