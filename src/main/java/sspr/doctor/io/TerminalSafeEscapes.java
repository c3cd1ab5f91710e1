package sspr.doctor.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON written for a terminal as well as for programs: besides what JSON must escape (C0 controls,
 * quote, backslash), the C1 controls (U+0080–U+009F, which include a one-character CSI and OSC),
 * DEL and the bidi overrides, embeddings and isolates are written as {@code \\uXXXX}. The data is
 * unchanged for a JSON reader; {@code cat report.json} can no longer drive the terminal. All other
 * text is written as before (CJK stays readable).
 */
final class TerminalSafeEscapes extends CharacterEscapes {
    static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    /** Asked for every non-ASCII character: null writes it as it is. */
    @Override
    public SerializableString getEscapeSequence(int ch) {
        return unsafe(ch) ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch)) : null;
    }

    static boolean unsafe(int ch) {
        return (ch >= 0x80 && ch <= 0x9F) || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069)
                || ch == 0x2028 || ch == 0x2029;
    }
}
