package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** diagnose --batch stops when the reader of its output has gone ({@code | head -1}), instead of answering the rest for nobody. */
class BatchClosedPipeTest {
    /** Endless facts lines: without the check the batch would never end. */
    static final class EndlessLines extends InputStream {
        private static final byte[] LINE = "{\"role\":[\"helpdesk-admin\"],\"target-role\":[\"global-admin\"]}\n".getBytes(StandardCharsets.UTF_8);
        long lines;
        private int at;

        @Override
        public int read() {
            if (at == LINE.length) {
                at = 0;
                lines++;
            }
            return LINE[at++];
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /** A pipe whose reader leaves after the first 4 KiB. */
    static final class ClosingPipe extends OutputStream {
        long written;

        @Override
        public void write(int b) throws IOException {
            if (++written > 4096) throw new IOException("Broken pipe");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stopsSoonAfterTheReaderLeaves() {
        EndlessLines in = new EndlessLines();
        ClosingPipe pipe = new ClosingPipe();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8), true);
        StringWriter errText = new StringWriter();
        PrintWriter err = new PrintWriter(errText, true);
        String[] args = {"diagnose", "--batch", "-"};
        int exit = CommandLines.commandLine(out, err, new HashMap<>(), false, in, args).execute(args);
        assertThat(exit).isEqualTo(Main.PROBLEMS);
        // a line is ~1.5 KB of JSON: the pipe took three; the batch stopped within one check interval of that (plus what the
        // line reader had buffered ahead, 64 KiB of input)
        assertThat(in.lines).isLessThan(BatchRunner.PIPE_CHECK_EVERY + 65536 / 60 + 64);
        assertThat(errText.toString()).isEmpty();
    }
}
