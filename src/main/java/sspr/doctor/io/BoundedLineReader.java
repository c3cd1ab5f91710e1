package sspr.doctor.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream of any length, holding at most one line of at most
 * {@code maxBytes} in memory. A longer line, or one that is not valid UTF-8, is reported as that
 * line's problem and skipped, so the lines after it are still read. LF or CRLF ends a line; a
 * byte-order mark before the first line is ignored.
 */
public final class BoundedLineReader {
    /** One line: its 1-based number, and either its text or the reason it cannot be read. */
    public record Line(long number, String text, String problem, long column) {
        public Line(long number, String text, String problem) {
            this(number, text, problem, 0);
        }

        /** "LINE" or "LINE:COLUMN" where the problem is. */
        public String position() {
            return column > 0 ? number + ":" + column : String.valueOf(number);
        }
    }

    /**
     * A line runs on for more than {@link #MAX_SKIP_FACTOR} times the limit: the input is not
     * line-oriented (or a line never ends), so reading stops here instead of skipping forever.
     */
    public static final class EndlessLine extends IOException {
        public final long line;
        public final int maxBytes;

        public EndlessLine(long line, int maxBytes) {
            super("line " + line + " is longer than " + maxBytes / 1024 + " KiB", null);
            this.line = line;
            this.maxBytes = maxBytes;
        }
    }

    /** How far past the limit a too-long line is skipped before the input counts as endless. */
    public static final int MAX_SKIP_FACTOR = 16;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line;
    private long number;
    private boolean eof;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    public BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.line = new byte[Math.min(maxBytes, 4096)];
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        long skipped = 0;
        while (true) {
            if (pos == limit && !fill()) {
                if (!sawAny) return null;
                break;
            }
            sawAny = true;
            // the buffered bytes up to the newline in one copy (a byte at a time was most of a batch line's reading)
            int end = pos;
            while (end < limit && buffer[end] != '\n') end++;
            int n = end - pos;
            if (!tooLong) {
                int taken = Math.min(n, maxBytes - length);
                if (length + taken > line.length) line = java.util.Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, length + taken)));
                System.arraycopy(buffer, pos, line, length, taken);
                length += taken;
                if (taken < n) {
                    // the first byte past the limit marks the line too long; the ones after it are skipped
                    tooLong = true;
                    skipped += n - taken - 1;
                }
            } else {
                skipped += n;
            }
            if (tooLong && skipped > (long) maxBytes * MAX_SKIP_FACTOR) throw new EndlessLine(number + 1, maxBytes);
            pos = end;
            if (end < limit) {
                pos++;
                break;
            }
        }
        number++;
        if (tooLong) return new Line(number, null, "line is longer than " + maxBytes / 1024 + " KiB");
        if (length > 0 && line[length - 1] == '\r') length--;
        int start = 0;
        if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) start = 3;
        // the JDK's own decoding (an ASCII fast path) puts U+FFFD for what is ill-formed: only a line holding one
        // (ill-formed, or a U+FFFD written as such) goes through the strict decoder, which tells the two apart
        String text = new String(line, start, length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return new Line(number, text, null);
        try {
            return new Line(number, decoder.decode(ByteBuffer.wrap(line, start, length - start)).toString(), null);
        } catch (CharacterCodingException e) {
            // where in the line: the column of the first ill-formed character
            long column = 0;
            try {
                Utf8Check.decode(java.util.Arrays.copyOfRange(line, start, length), "");
            } catch (Utf8Check.Malformed m) {
                column = m.column;
            }
            return new Line(number, null, "the text is not valid UTF-8; save the file as UTF-8", column);
        }
    }

    /** Whether a call to {@link #next} could answer without waiting for the input (a pipe that is still being written to). */
    public boolean ready() throws IOException {
        return pos < limit || eof || in.available() > 0;
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = n < 0;
            if (n == 0) return fill();
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
