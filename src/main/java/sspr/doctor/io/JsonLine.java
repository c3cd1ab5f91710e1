package sspr.doctor.io;

import java.util.Collection;
import java.util.Map;

/**
 * One line of JSON appended to a {@link StringBuilder}: the same characters as
 * {@link TreeWriter#jsonLine} (Jackson with {@link TerminalSafeEscapes}), without a generator, a
 * StringWriter and a char buffer per line. Hot paths ({@code diagnose --batch}) write thousands of
 * lines a second; a test compares both writers on every kind of character.
 */
public final class JsonLine {
    private JsonLine() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The tree (maps, collections, booleans, integers, longs, doubles, anything else as its string) as one JSON line. */
    public static StringBuilder append(StringBuilder out, Object v) {
        if (v == null) out.append("null");
        else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                append(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) out.append(',');
                first = false;
                append(out, item);
            }
            out.append(']');
        } else if (v instanceof Boolean b) out.append(b.booleanValue());
        else if (v instanceof Integer i) out.append(i.intValue());
        else if (v instanceof Long l) out.append(l.longValue());
        else if (v instanceof Double d) {
            // Jackson quotes what JSON has no number for
            if (d.isNaN() || d.isInfinite()) string(out, d.toString());
            else out.append(d.toString());
        } else string(out, String.valueOf(v));
        return out;
    }

    /** A JSON string: quote, backslash, C0 controls and DEL escaped as JSON does; C1 controls and bidi controls as {@code \\uXXXX}. */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F) continue;
            if (c >= 0x80 && !TerminalSafeEscapes.unsafe(c)) continue;
            if (i > plain) out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
        }
        if (plain == 0) out.append(s);
        else if (plain < n) out.append(s, plain, n);
        out.append('"');
    }
}
