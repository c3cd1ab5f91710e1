package sspr.doctor.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes pass through, so a progress bar can follow a file that is read as a stream. */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer bytesRead;
    private long count;

    CountingInputStream(InputStream in, LongConsumer bytesRead) {
        super(in);
        this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) counted(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        bytesRead.accept(n);
    }

    /** How many bytes have passed so far. */
    long count() {
        return count;
    }
}
