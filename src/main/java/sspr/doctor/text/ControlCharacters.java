package sspr.doctor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters in article text that would control the terminal instead of being shown: C0 and C1
 * controls, whole ESC sequences (CSI, OSC including OSC 8 hyperlinks and OSC 52 clipboard writes,
 * DCS/SOS/PM/APC strings) and the Unicode bidi overrides, embeddings and isolates
 * (U+202A–202E, U+2066–2069) that can make text display in another order than it is stored.
 * They are removed, never escaped, so text, Markdown and JSON output all carry the same text.
 * Tab and line feed are ordinary text here; bidi marks (LRM, RLM, ALM) are kept because they
 * only nudge neutral characters and cannot hide or reorder a run.
 */
public final class ControlCharacters {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char C1_ST = 0x9C;

    /**
     * One run of unsafe characters: where it starts in the text, how long it is, what it is in
     * English, and a stable {@code kind} for reports: {@code csi}, {@code osc}, {@code osc8},
     * {@code osc52}, {@code control-string}, {@code esc}, {@code control} (a single C0/C1
     * character, BEL and DEL included), {@code bidi-override}, {@code bidi-embedding},
     * {@code bidi-isolate}. {@code codePoint} is the run's first character.
     */
    public record Finding(int offset, int length, String what, String kind, int codePoint) {
        /** Bidi embeddings and isolates belong in right-to-left text; they never hide or reverse a run as overrides can. */
        public boolean expectedInText() {
            return kind.equals("bidi-embedding") || kind.equals("bidi-isolate");
        }

        public String codePointLabel() {
            return String.format("U+%04X", codePoint);
        }
    }

    private ControlCharacters() {}

    /** The text with every unsafe run removed (a line or paragraph separator becomes a space). */
    public static String clean(String text) {
        if (text == null || isSafe(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : find(text)) {
            out.append(text, at, f.offset());
            at = f.offset() + f.length();
        }
        out.append(text, at, text.length());
        return out.toString().replace('\u2028', ' ').replace('\u2029', ' ');
    }

    /** Quick test, so clean text (nearly all of it) is returned as is. */
    public static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i)) || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029') return false;
        }
        return true;
    }

    /** Every unsafe run in the text, in order; an ESC sequence is one run. */
    public static List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) { i++; continue; }
            int end;
            String what;
            String kind;
            if (c == ESC && i + 1 < n) {
                char k = text.charAt(i + 1);
                if (k == '[') {
                    end = csiEnd(text, i + 2);
                    what = "ESC [ (CSI) sequence";
                    kind = "csi";
                } else if (k == ']' || k == 'P' || k == 'X' || k == '^' || k == '_') {
                    end = stringEnd(text, i + 2);
                    what = k == ']' ? oscName(text, i + 2) : "ESC " + k + " control string";
                    kind = k == ']' ? oscKind(text, i + 2) : "control-string";
                } else {
                    end = i + 1;
                    while (end < n && text.charAt(end) >= 0x20 && text.charAt(end) <= 0x2F) end++;
                    if (end < n && text.charAt(end) >= 0x30 && text.charAt(end) <= 0x7E) end++;
                    what = "ESC sequence";
                    kind = "esc";
                }
            } else if (c == 0x9B) {
                end = csiEnd(text, i + 1);
                what = "C1 CSI sequence";
                kind = "csi";
            } else if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) {
                end = stringEnd(text, i + 1);
                what = c == 0x9D ? "C1 " + oscName(text, i + 1) : "C1 control string";
                kind = c == 0x9D ? oscKind(text, i + 1) : "control-string";
            } else {
                end = i + 1;
                what = name(c);
                kind = c == 0x202D || c == 0x202E ? "bidi-override"
                        : c >= 0x202A && c <= 0x202C ? "bidi-embedding"
                        : c >= 0x2066 && c <= 0x2069 ? "bidi-isolate" : "control";
            }
            out.add(new Finding(i, end - i, what, kind, c));
            i = end;
        }
        return out;
    }

    private static boolean isUnsafe(char c) {
        if (c < 0x20) return c != '\n' && c != '\t';
        if (c >= 0x7F && c <= 0x9F) return true;
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** After the introducer: parameters, intermediates, one final byte (ECMA-48 5.4). */
    private static int csiEnd(String text, int from) {
        int j = from;
        while (j < text.length() && text.charAt(j) >= 0x30 && text.charAt(j) <= 0x3F) j++;
        while (j < text.length() && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x2F) j++;
        if (j < text.length() && text.charAt(j) >= 0x40 && text.charAt(j) <= 0x7E) j++;
        return j;
    }

    /**
     * A control string runs to BEL or ST (ESC \ or U+009C). An unterminated one stops at the end of
     * the line: a terminal would swallow more, but the rest of an article is not part of it.
     */
    private static int stringEnd(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == BEL || c == C1_ST) return j + 1;
            if (c == ESC && j + 1 < text.length() && text.charAt(j + 1) == '\\') return j + 2;
            if (c == '\n') return j;
        }
        return text.length();
    }

    private static String oscName(String text, int from) {
        if (text.startsWith("8;", from)) return "OSC 8 (hyperlink) sequence";
        if (text.startsWith("52;", from)) return "OSC 52 (clipboard) sequence";
        return "OSC (operating system command) sequence";
    }

    private static String oscKind(String text, int from) {
        if (text.startsWith("8;", from)) return "osc8";
        if (text.startsWith("52;", from)) return "osc52";
        return "osc";
    }

    private static String name(char c) {
        if (c == BEL) return "BEL";
        if (c == ESC) return "ESC";
        if (c == '\r') return "carriage return";
        if (c == 0x7F) return "DEL";
        if (c == 0x202D || c == 0x202E) return String.format("bidi override U+%04X", (int) c);
        if (c >= 0x202A && c <= 0x202C) return String.format("bidi embedding U+%04X", (int) c);
        if (c >= 0x2066 && c <= 0x2069) return String.format("bidi isolate U+%04X", (int) c);
        return String.format(c < 0x80 ? "C0 control U+%04X" : "C1 control U+%04X", (int) c);
    }
}
