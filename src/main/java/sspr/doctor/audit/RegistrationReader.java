package sspr.doctor.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * A JSON registration export, read by the fast {@link RegistrationScanner} while the file stays
 * within what it reads, else by {@link GraphJsonReader}: that one re-reads the file from its start,
 * steps over the records already returned, and goes on (or reports the file's error) from there. The
 * records, and every message about a bad file, are therefore exactly the general reader's.
 */
final class RegistrationReader implements RecordReader {
    private final Path file;
    private final LongConsumer bytesRead;
    private final CountingInputStream counted;
    private RegistrationScanner scanner;
    private GraphJsonReader general;
    private long returned;

    /** {@code in} reads the file through {@code counted}, which reports to {@code bytesRead}. */
    RegistrationReader(Path file, InputStream in, CountingInputStream counted, LongConsumer bytesRead) {
        this.file = file;
        this.bytesRead = bytesRead;
        this.counted = counted;
        this.scanner = new RegistrationScanner(in);
    }

    @Override
    public boolean next(UserRecord r) throws IOException {
        if (scanner != null) {
            try {
                if (!scanner.next(r)) return false;
                returned++;
                return true;
            } catch (RegistrationScanner.Unsupported e) {
                handOver(r);
            }
        }
        return general.next(r);
    }

    private void handOver(UserRecord r) throws IOException {
        scanner.close();
        scanner = null;
        // the progress bar has seen the bytes up to here already: count only what lies beyond
        long alreadyReported = counted.count();
        long[] reread = {0};
        LongConsumer beyond = n -> {
            long before = reread[0];
            reread[0] += n;
            long fresh = reread[0] - Math.max(before, alreadyReported);
            if (fresh > 0) bytesRead.accept(Math.min(fresh, n));
        };
        InputStream in = new BufferedInputStream(new sspr.doctor.io.Utf8Check(
                new CountingInputStream(Files.newInputStream(file), beyond), file.toString(), true), 1 << 16);
        general = new GraphJsonReader(in, file.toString());
        for (long i = 0; i < returned; i++) {
            if (!general.next(r)) throw new AuditInputException(file.toString(), sspr.doctor.i18n.LocalizedText.of("audit.file-changed"));
        }
    }

    /** Whether the general reader took over: for tests, which check that the usual forms never need it. */
    boolean handedOver() {
        return general != null;
    }

    @Override
    public void close() throws IOException {
        if (scanner != null) scanner.close();
        if (general != null) general.close();
    }
}
