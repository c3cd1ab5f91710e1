package sspr.doctor.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import sspr.doctor.i18n.LocalizedText;

/**
 * Passes bytes through only if they are well-formed UTF-8 (RFC 3629): a stray continuation byte,
 * an overlong form, an encoded surrogate ({@code ED A0 80}, as some Windows and Python tools write),
 * a code point above U+10FFFF or a sequence cut off at the end stops the read with
 * {@link Malformed}, which says file:line:column. Every reader of a user's file reads through it,
 * so nothing downstream (a report writer, the terminal) ever meets text it cannot encode.
 *
 * <p>A byte-order mark is dropped at the start, and — with {@code joinedDocuments} — after a
 * closing {@code '}'} or {@code ']'} and optional white space: two UTF-8-with-BOM pages joined by
 * {@code cat} are valid input.
 */
public final class Utf8Check extends FilterInputStream {
    /** Ill-formed UTF-8 at file:line:column (1-based; the column counts characters). */
    public static final class Malformed extends IOException {
        public final String file;
        public final long line;
        public final long column;

        public Malformed(String file, long line, long column) {
            super(file + ":" + line + ":" + column + ": not valid UTF-8", null);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        /** The user's line: where, and "save the file as UTF-8". */
        public String origin() { return file + ":" + line + ":" + column; }

        public LocalizedText text() { return LocalizedText.of("parse.not-utf8"); }
    }

    private final String file;
    private final boolean joinedDocuments;
    private long line = 1;
    private long column = 1;
    /** Continuation bytes still expected, the code point so far and the smallest it may be. */
    private int need;
    private int codePoint;
    private int min;
    /** A BOM may come next (start of input, or after a closed document). */
    private boolean bomAllowed = true;
    /** Bytes of a possible BOM held back at the end of the last read. */
    private final byte[] held = new byte[2];
    private int heldCount;
    private boolean eof;

    /** The input is UTF-16 or UTF-32 (a BOM or NUL bytes up front): passed on for the JSON parser to decode. */
    private boolean other;
    private boolean started;

    public Utf8Check(InputStream in, String file, boolean joinedDocuments) {
        super(new java.io.PushbackInputStream(in, 4));
        this.file = file;
        this.joinedDocuments = joinedDocuments;
    }

    /** Decodes a whole file's bytes, refusing ill-formed UTF-8 with its position; a leading BOM is dropped. */
    public static String decode(byte[] bytes, String file) throws Malformed {
        Utf8Check check = new Utf8Check(InputStream.nullInputStream(), file, false);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        check.bomAllowed = false;
        byte[] copy = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        int n = check.scan(copy, 0, copy.length);
        check.finish();
        return new String(copy, 0, n, StandardCharsets.UTF_8);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        while ((n = read(one, 0, 1)) == 0) { /* a dropped BOM byte: read on */ }
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!started) start();
        if (other) return in.read(b, off, len);
        while (true) {
            if (eof) {
                finish();
                return -1;
            }
            int pending = Math.min(heldCount, len);
            System.arraycopy(held, 0, b, off, pending);
            int shift = heldCount - pending;
            System.arraycopy(held, pending, held, 0, shift);
            heldCount = shift;
            int n = len - pending > 0 ? in.read(b, off + pending, len - pending) : 0;
            if (n < 0) {
                eof = true;
                n = 0;
                if (pending > 0) {
                    // a held EF or EF BB with nothing after it: not a BOM, validated as it stands
                    bomAllowed = false;
                    return validateHeld(b, off, pending);
                }
                continue;
            }
            int kept = scan(b, off, pending + n);
            if (kept > 0 || (pending + n) == 0) return kept;
            // everything read was a dropped BOM: read on
        }
    }

    private int validateHeld(byte[] b, int off, int count) throws IOException {
        return scan(b, off, count);
    }

    /** Validates b[off, off+count) in place, dropping BOMs where allowed; returns how many bytes remain. */
    private int scan(byte[] b, int off, int count) throws Malformed {
        int end = off + count;
        int w = off;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (need == 0) {
                if (c == 0xEF && bomAllowed) {
                    int left = end - i;
                    if (left >= 3) {
                        if ((b[i + 1] & 0xFF) == 0xBB && (b[i + 2] & 0xFF) == 0xBF) { i += 2; continue; }
                    } else if (!eof && (left == 1 || (b[i + 1] & 0xFF) == 0xBB)) {
                        // maybe a BOM cut by the read: hold it back for the next read
                        for (int k = 0; k < left; k++) held[heldCount++] = b[i + k];
                        return w - off;
                    }
                }
                if (c < 0x80) {
                    if (c == '\n') { line++; column = 1; } else column++;
                    if (joinedDocuments) {
                        if (c == '}' || c == ']') bomAllowed = true;
                        else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') bomAllowed = false;
                    } else {
                        bomAllowed = false;
                    }
                    b[w++] = (byte) c;
                    continue;
                }
                bomAllowed = false;
                if (c >= 0xC2 && c <= 0xDF) { need = 1; codePoint = c & 0x1F; min = 0x80; }
                else if (c >= 0xE0 && c <= 0xEF) { need = 2; codePoint = c & 0x0F; min = 0x800; }
                else if (c >= 0xF0 && c <= 0xF4) { need = 3; codePoint = c & 0x07; min = 0x10000; }
                else throw new Malformed(file, line, column);
                b[w++] = (byte) c;
            } else {
                if ((c & 0xC0) != 0x80) throw new Malformed(file, line, column);
                codePoint = (codePoint << 6) | (c & 0x3F);
                b[w++] = (byte) c;
                // reject as early as the second byte where it already decides (overlong, surrogate, too large)
                if (--need == 0) {
                    if (codePoint < min || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) {
                        throw new Malformed(file, line, column);
                    }
                    column++;
                }
            }
        }
        return w - off;
    }

    /**
     * PowerShell's Out-File writes UTF-16 with a BOM; Graph tools may write UTF-16/32 without one.
     * Jackson detects those from the first four bytes the same way (a BOM, or NUL bytes).
     */
    private void start() throws IOException {
        started = true;
        byte[] first = new byte[4];
        int n = 0;
        while (n < 4) {
            int r = in.read(first, n, 4 - n);
            if (r < 0) break;
            n += r;
        }
        if (n > 0) ((java.io.PushbackInputStream) in).unread(first, 0, n);
        int b0 = n > 0 ? first[0] & 0xFF : -1;
        int b1 = n > 1 ? first[1] & 0xFF : -1;
        boolean bom16 = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
        boolean nul = false;
        for (int i = 0; i < n; i++) nul |= first[i] == 0;
        other = bom16 || (n >= 2 && nul);
    }

    /** At the end of the input: a sequence cut off is ill-formed too. */
    private void finish() throws Malformed {
        if (need > 0) throw new Malformed(file, line, column);
    }

    @Override
    public boolean markSupported() { return false; }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) break;
            done += r;
        }
        return done;
    }

    @Override
    public int available() throws IOException {
        return other ? in.available() : heldCount + in.available();
    }
}
