package sspr.doctor.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

    /** Nesting inside one field value; with the page and record around it, far below Jackson's 32. */
    protected static final int DEEPEST_VALUE = 16;
    protected static final byte[] TRUE = ascii("true");
    protected static final byte[] FALSE = ascii("false");
    protected static final byte[] NULL = ascii("null");

    /** Field slots remembered from the record before: its names in order, and short unused values. */
    protected static final int SLOTS = 64;
    private static final int REMEMBERED_VALUE = 64;
    protected final byte[][] slotNames = new byte[SLOTS][];
    protected final int[] slotKinds = new int[SLOTS];
    private final byte[][] slotValues = new byte[SLOTS][];
    private final int[] slotValueLengths = new int[SLOTS];
    protected int slots;

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

    /** What {@link #rememberedName} returns for a name this slot did not have before. */
    protected static final int NEW_NAME = -1;

    /**
     * The field name at pos, when it is the one this slot had in the record before: the records of one
     * export name their fields in the same order, so those bytes are tried first, quotes included (the
     * same bytes are the same, already validated, name), and the kind they had is returned. Otherwise the
     * name is read ([nameStart, nameEnd)) and {@link #NEW_NAME} returned: the scanner tells its kind
     * (its own method, called directly in its hot loop) and {@link #remember}s it.
     */
    protected final int rememberedName(int slot) throws Unsupported {
        if (slot < slots) {
            byte[] quoted = slotNames[slot];
            int end = pos + quoted.length;
            if (end <= limit && JsonBytes.equal(buf, pos, quoted, 0, quoted.length)) {
                pos = end;
                return slotKinds[slot];
            }
        }
        name();
        return NEW_NAME;
    }

    protected final void remember(int slot, int kind) {
        if (slot >= SLOTS) return;
        slotNames[slot] = Arrays.copyOfRange(buf, nameStart - 1, nameEnd + 1);
        slotKinds[slot] = kind;
        slotValueLengths[slot] = 0;
        if (slot >= slots) slots = slot + 1;
    }

    /**
     * An unused field's value at nesting {@code depth}, stepped over. Many repeat from record to record (dates, flags, the
     * preferred method), so the value this slot had last time is tried first, as bytes: a string,
     * list or object ends with its own closing byte, so the same bytes are the same valid value; a
     * number or word must also be followed by something that cannot continue it.
     */
    protected final void skipValueAt(int slot, int depth) throws Unsupported {
        if (slot < slots) {
            int length = slotValueLengths[slot];
            if (length > 0) {
                byte[] last = slotValues[slot];
                int end = pos + length;
                if (end < limit && JsonBytes.equal(buf, pos, last, 0, length)) {
                    byte closing = last[length - 1];
                    byte next = buf[end];
                    if (closing == '"' || closing == ']' || closing == '}'
                            || next == ',' || next == '}' || next == ']' || next == ' ' || next == '\n' || next == '\r' || next == '\t') {
                        pos = end;
                        return;
                    }
                }
            }
        }
        int start = pos;
        skipValue(depth);
        if (slot < slots) {
            int length = pos - start;
            if (length <= REMEMBERED_VALUE) {
                if (slotValues[slot] == null) slotValues[slot] = new byte[REMEMBERED_VALUE];
                System.arraycopy(buf, start, slotValues[slot], 0, length);
                slotValueLengths[slot] = length;
            } else {
                slotValueLengths[slot] = 0;
            }
        }
    }

    /** A word: true, false or null. */
    protected final void literal(byte[] word) throws Unsupported {
        if (limit - pos < word.length) throw UNSUPPORTED;
        for (int i = 0; i < word.length; i++) if (buf[pos + i] != word[i]) throw UNSUPPORTED;
        pos += word.length;
        // "truex" and the like: whatever follows must be checked by the caller (',', '}', ']' or space)
    }

    /** Any JSON value, validated and stepped over. */
    protected final void skipValue(int depth) throws Unsupported {
        byte c = at(pos);
        switch (c) {
            case '"': scanString(); return;
            case 't': literal(TRUE); return;
            case 'f': literal(FALSE); return;
            case 'n': literal(NULL); return;
            case '[': {
                if (depth >= DEEPEST_VALUE) throw UNSUPPORTED;
                pos++;
                skipWhitespace();
                if (at(pos) == ']') { pos++; return; }
                while (true) {
                    skipValue(depth + 1);
                    skipWhitespace();
                    byte d = at(pos++);
                    if (d == ']') return;
                    if (d != ',') throw UNSUPPORTED;
                    skipWhitespace();
                }
            }
            case '{': {
                if (depth >= DEEPEST_VALUE) throw UNSUPPORTED;
                pos++;
                skipWhitespace();
                if (at(pos) == '}') { pos++; return; }
                while (true) {
                    name();
                    colon();
                    skipValue(depth + 1);
                    skipWhitespace();
                    byte d = at(pos++);
                    if (d == '}') return;
                    if (d != ',') throw UNSUPPORTED;
                    skipWhitespace();
                }
            }
            default:
                if (c == '-' || (c >= '0' && c <= '9')) { number(); return; }
                throw UNSUPPORTED;
        }
    }
}
