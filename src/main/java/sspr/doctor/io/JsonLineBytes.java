package sspr.doctor.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@link JsonLine}'s characters as UTF-8, written straight into a byte buffer: the varying part of each
 * {@code diagnose --batch} answer (its {@code input} object) without a StringBuilder, a String and an
 * encoding per line. Plain ASCII strings are copied byte for byte; any other string goes through
 * JsonLine and is encoded, so the bytes are always those of encoding JsonLine's characters (a test
 * compares both on every char).
 */
public final class JsonLineBytes {
    private byte[] bytes = new byte[2048];
    private int length;

    public static final byte[] TRUE = ascii("true");
    public static final byte[] FALSE = ascii("false");
    public static final byte[] NULL = ascii("null");

    /** ASCII text (JSON punctuation and keys) as the bytes this writer copies. */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public JsonLineBytes clear() {
        length = 0;
        return this;
    }

    public JsonLineBytes raw(byte[] ascii) {
        room(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    public JsonLineBytes raw(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** A whole number, as JsonLine (and StringBuilder) write it. */
    public JsonLineBytes number(long n) {
        if (n < 0 || n > 999_999_999_999L) return raw(JsonLineBytes.ascii(Long.toString(n)));
        int digits = 1;
        for (long x = n; x >= 10; x /= 10) digits++;
        room(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += digits;
        return this;
    }

    /** true, false or null, as JsonLine writes a Boolean (null included). */
    public JsonLineBytes bool(Boolean b) {
        return raw(b == null ? NULL : b ? TRUE : FALSE);
    }

    /** A JSON string, as {@link JsonLine#string}. */
    public JsonLineBytes string(String s) {
        int n = s.length();
        room(n + 2);
        int at = length;
        bytes[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return escaped(s);
            bytes[at++] = (byte) c;
        }
        bytes[at++] = '"';
        length = at;
        return this;
    }

    /** A string with something to escape or encode: JsonLine's characters, encoded. */
    private JsonLineBytes escaped(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        JsonLine.string(b, s);
        return raw(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A list of strings, or null, as {@link JsonLine#append} writes it. */
    public JsonLineBytes strings(List<String> list) {
        if (list == null) return raw(NULL);
        raw('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) raw(',');
            String s = list.get(i);
            if (s == null) raw(NULL);
            else string(s);
        }
        return raw(']');
    }

    /** A string or null. */
    public JsonLineBytes stringOrNull(String s) {
        return s == null ? raw(NULL) : string(s);
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }

    public int length() {
        return length;
    }

    /** Copies what was written into {@code into} at {@code at}; returns the end. */
    public int copyTo(byte[] into, int at) {
        System.arraycopy(bytes, 0, into, at, length);
        return at + length;
    }

    /** What was written, as a new array. */
    public byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }
}
