package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diagnose --batch answers a line seen before (same text, or same facts under another name) from
 * what it kept, and writes a stdout taken as bytes: every line still reads exactly as if it had
 * been answered alone.
 */
class BatchAnswersTest {
    @TempDir Path tmp;

    static final List<String> LINES = List.of(
            "{\"role\":[\"helpdesk-admin\"],\"target-role\":[\"global-admin\"]}",
            "{\"name\":\"Zoë \\u202E 中文\",\"role\":\"user-admin\",\"hybrid\":true,\"writeback\":false}",
            "{\"role\":[\"helpdesk-admin\"],\"target-role\":[\"global-admin\"]}",
            "",
            "{\"name\":\"another\",\"role\":\"user-admin\",\"hybrid\":true,\"writeback\":false}",
            "{\"role\":[\"user-admn\"]}",
            "{\"role\":[\"user-admn\"]}",
            "{\"scenario\":\"self-service\",\"license\":[\"o365-e3\"],\"sspr-scope\":\"selected\",\"registered\":false}",
            "{\"name\":\"x\",\"role\":\"user-admin\",\"hybrid\":true,\"writeback\":false}",
            "{not json");

    @Test
    void everyLineReadsAsIfAnsweredAlone() throws Exception {
        Path all = tmp.resolve("all.ndjson");
        Files.writeString(all, String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", all.toString(), "--lang", "zh-TW", "--fail-on", "never");
        String[] out = r.out().split("\n");
        assertThat(out).hasSize(9);
        int at = 0;
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).isBlank()) continue;
            // the same line alone, at the same line number (blank lines before it keep their numbers)
            Path one = tmp.resolve("one" + i + ".ndjson");
            Files.writeString(one, "\n".repeat(i) + LINES.get(i) + "\n", StandardCharsets.UTF_8);
            String alone = CliRunner.exec("diagnose", "--batch", one.toString(), "--lang", "zh-TW", "--fail-on", "never").out();
            assertThat(out[at++] + "\n").as("line " + (i + 1)).isEqualTo(alone.replace(one.toString(), all.toString()));
        }
    }

    @Test
    void aStdoutTakenAsBytesGetsTheSameBytes() throws Exception {
        Path all = tmp.resolve("all.ndjson");
        Files.writeString(all, String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        String[] args = {"diagnose", "--batch", all.toString(), "--lang", "zh-CN", "--fail-on", "never"};
        String chars = CliRunner.exec(args).out();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        PrintWriter err = new PrintWriter(new StringWriter(), true);
        try {
            Cli.registerStdout(out, new PrintStream(bytes, false, StandardCharsets.UTF_8));
            int exit = CommandLines.commandLine(out, err, new HashMap<>(), false, args).execute(args);
            assertThat(exit).isEqualTo(Main.USAGE);
        } finally {
            Cli.registerStdout(null, null);
        }
        assertThat(text.toString()).isEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars);
    }

    @Test
    void aStdoutTakenAsBytesStillStopsWhenItsReaderLeaves() {
        BatchClosedPipeTest.EndlessLines in = new BatchClosedPipeTest.EndlessLines();
        OutputStream pipe = new OutputStream() {
            long written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 4096) throw new IOException("Broken pipe");
            }
        };
        PrintStream stdout = new PrintStream(pipe, false, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new StringWriter(), true);
        String[] args = {"diagnose", "--batch", "-"};
        try {
            Cli.registerStdout(out, stdout);
            int exit = CommandLines.commandLine(out, err, new HashMap<>(), false, in, args).execute(args);
            assertThat(exit).isEqualTo(Main.PROBLEMS);
        } finally {
            Cli.registerStdout(null, null);
        }
        assertThat(stdout.checkError()).isTrue();
        assertThat(in.lines).isLessThan(100_000);
    }
}
