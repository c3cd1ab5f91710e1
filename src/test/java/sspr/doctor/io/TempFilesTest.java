package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shutdown hook does on Ctrl-C / SIGTERM: restore the terminal, remove every temporary file not yet moved into place. */
class TempFilesTest {
    @TempDir Path tmp;

    @Test
    void theHookRemovesLiveFilesAndRestoresTheTerminal() throws Exception {
        Path report = TempFiles.create(tmp, ".sspr-doctor-audit-", ".tmp");
        Path spool = TempFiles.spool("sspr-doctor-test", ".ndjson");
        Path kept = TempFiles.create(tmp, ".sspr-doctor-audit-", ".tmp");
        Path done = tmp.resolve("report.json");
        Files.move(kept, done);
        TempFiles.release(kept);
        AtomicBoolean restored = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        TempFiles.onInterrupt(() -> restored.set(true));
        TempFiles.onInterrupt(() -> finished.set(true)).close();
        TempFiles.atExit();
        assertThat(report).doesNotExist();
        assertThat(spool).doesNotExist();
        assertThat(done).exists();
        assertThat(restored).isTrue();
        assertThat(finished).as("a bar already cleared is left alone").isFalse();
        assertThat(TempFiles.live()).isEmpty();
    }
}
