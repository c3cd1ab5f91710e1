package sspr.doctor.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A window of UTF-8 bytes over a JSON file and the strict JSON lexing the byte scanners share
 * ({@link RegistrationScanner}, {@code tenant.UserScanner}): numbers, names, strings (escapes and
 * UTF-8 checked), whitespace and refills. Anything outside the strict subset throws
 * {@link Unsupported}, and the caller hands the file to its general (Jackson) reader.
 */
public abstract class JsonByteWindow {
    /** The input is outside what the scanner reads; the caller must use the general reader. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    protected static final Unsupported UNSUPPORTED = new Unsupported();

    /** Every record, and every step between records, must fit in this many bytes after a refill. */
    protected static final int WINDOW = 1 << 17;
    /** Far below the general reader's string limit (64 Ki chars), so no string accepted here could be refused there. */
    protected static final int LONGEST_STRING = 1 << 14;
    protected static final int LONGEST_NUMBER = 32;

    protected final byte[] buf = new byte[1 << 20];
    protected InputStream in;
    protected int pos;
    protected int limit;
    protected boolean eof;
    protected int nameStart;
    protected int nameEnd;
    protected int stringStart;
    protected int stringEnd;
    protected boolean stringEscaped;
    protected boolean stringNonAscii;

    /** A short ASCII value of the window as a String shared with its repeats (the scanner's own pool). */
    protected abstract String shared(int start, int length);

    /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? — exactly JSON's numbers, nothing lenient. */
    protected final void number() throws Unsupported {
        int start = pos;
        if (at(pos) == '-') pos++;
        byte c = at(pos);
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            throw UNSUPPORTED;
        }
        if (pos < limit && buf[pos] == '.') {
            pos++;
            if (!isDigit(at(pos))) throw UNSUPPORTED;
            digits();
        }
        if (pos < limit && (buf[pos] == 'e' || buf[pos] == 'E')) {
            pos++;
            if (at(pos) == '+' || at(pos) == '-') pos++;
            if (!isDigit(at(pos))) throw UNSUPPORTED;
            digits();
        }
        if (pos - start > LONGEST_NUMBER || pos >= limit) throw UNSUPPORTED;
    }

    protected final void digits() {
        while (pos < limit && isDigit(buf[pos])) pos++;
    }

    protected static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** A field name and nothing else: plain (no escapes), so that it compares as bytes. */
    protected final void name() throws Unsupported {
        if (at(pos) != '"') throw UNSUPPORTED;
        scanString();
        if (stringEscaped) throw UNSUPPORTED;
        nameStart = stringStart;
        nameEnd = stringEnd;
    }

    protected final void colon() throws Unsupported {
        skipWhitespace();
        if (at(pos) != ':') throw UNSUPPORTED;
        pos++;
        skipWhitespace();
    }

    /** Positioned on an opening quote: validates the string (escapes, strict UTF-8, no control characters) and moves past it. */
    protected final void scanString() throws Unsupported {
        int p = pos + 1;
        int start = p;
        boolean escaped = false;
        boolean nonAscii = false;
        final byte[] b = buf;
        final int end = Math.min(limit, start + LONGEST_STRING);
        while (true) {
            p = JsonBytes.plainRun(b, p, end);
            if (p >= end) throw UNSUPPORTED;
            byte c = b[p];
            if (c == '"') break;
            if (c == '\\') {
                escaped = true;
                p = escape(p + 1, end);
            } else if (c < 0) {
                nonAscii = true;
                p = utf8(p, end);
            } else {
                throw UNSUPPORTED; // a raw control character
            }
        }
        stringStart = start;
        stringEnd = p;
        stringEscaped = escaped;
        stringNonAscii = nonAscii;
        pos = p + 1;
    }

    /** After a backslash: one of \" \\ \/ \b \f \n \r \t or \\uXXXX; returns the index after it. */
    protected final int escape(int p, int end) throws Unsupported {
        if (p >= end) throw UNSUPPORTED;
        switch (buf[p]) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                return p + 1;
            case 'u':
                if (p + 5 > end) throw UNSUPPORTED;
                for (int i = 1; i <= 4; i++) if (hex(buf[p + i]) < 0) throw UNSUPPORTED;
                return p + 5;
            default:
                throw UNSUPPORTED;
        }
    }

    protected static int hex(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** One well-formed UTF-8 sequence (shortest form, no surrogates, at most U+10FFFF) at p; returns the index after it. */
    protected final int utf8(int p, int end) throws Unsupported {
        int lead = buf[p] & 0xFF;
        int n;
        int min;
        int cp;
        if (lead >= 0xC2 && lead <= 0xDF) { n = 1; min = 0x80; cp = lead & 0x1F; }
        else if (lead >= 0xE0 && lead <= 0xEF) { n = 2; min = 0x800; cp = lead & 0x0F; }
        else if (lead >= 0xF0 && lead <= 0xF4) { n = 3; min = 0x10000; cp = lead & 0x07; }
        else throw UNSUPPORTED;
        if (p + n >= end) throw UNSUPPORTED;
        for (int i = 1; i <= n; i++) {
            int c = buf[p + i] & 0xFF;
            if ((c & 0xC0) != 0x80) throw UNSUPPORTED;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) throw UNSUPPORTED;
        return p + n + 1;
    }

    /** The string last scanned, as the general reader decodes it. */
    protected final String decoded(boolean share) {
        int start = stringStart;
        int length = stringEnd - start;
        if (!stringEscaped) {
            if (stringNonAscii) return new String(buf, start, length, StandardCharsets.UTF_8);
            return share ? shared(start, length) : new String(buf, start, length, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(length);
        int run = start;
        int p = start;
        int end = stringEnd;
        while (p < end) {
            if (buf[p] != '\\') {
                p++;
                continue;
            }
            sb.append(new String(buf, run, p - run, StandardCharsets.UTF_8));
            byte e = buf[p + 1];
            switch (e) {
                case 'b': sb.append('\b'); p += 2; break;
                case 'f': sb.append('\f'); p += 2; break;
                case 'n': sb.append('\n'); p += 2; break;
                case 'r': sb.append('\r'); p += 2; break;
                case 't': sb.append('\t'); p += 2; break;
                case 'u':
                    sb.append((char) (hex(buf[p + 2]) << 12 | hex(buf[p + 3]) << 8 | hex(buf[p + 4]) << 4 | hex(buf[p + 5])));
                    p += 6;
                    break;
                default: sb.append((char) e); p += 2; break; // " \ /
            }
            run = p;
        }
        sb.append(new String(buf, run, end - run, StandardCharsets.UTF_8));
        return sb.toString();
    }

    protected final boolean nameIs(byte[] expected) {
        if (nameEnd - nameStart != expected.length) return false;
        for (int i = 0; i < expected.length; i++) if (buf[nameStart + i] != expected[i]) return false;
        return true;
    }

    protected final boolean nameStartsWith(byte[] prefix) {
        if (nameEnd - nameStart < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (buf[nameStart + i] != prefix[i]) return false;
        return true;
    }

    /** JSON's four whitespace characters only. Small enough to be inlined everywhere: compact exports have none. */
    protected final void skipWhitespace() {
        if (pos < limit && buf[pos] <= ' ') skipWhitespaceRun();
    }

    protected final void skipWhitespaceRun() {
        while (pos < limit) {
            byte c = buf[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            pos++;
        }
    }

    /** The byte at p; running out of the window (a truncated file, or a record too long) is left to the subclass's general reader. */
    protected final byte at(int p) throws Unsupported {
        if (p >= limit) throw UNSUPPORTED;
        return buf[p];
    }

    /** Keeps at least a window of bytes ahead, unless the file ends first. */
    protected final void refill() throws IOException {
        if (eof || limit - pos >= WINDOW) return;
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
        }
    }

    protected static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
