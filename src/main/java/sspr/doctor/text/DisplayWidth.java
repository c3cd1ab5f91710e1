package sspr.doctor.text;

/**
 * Terminal column width of text. CJK ideographs and fullwidth forms take two columns,
 * combining marks none, so tables built with {@code String.length()} would drift.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        if (cp == 0 || cp == 0x200B || cp == 0x200D || cp == 0xFEFF) return 0;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT) return 0;
        if (cp < 0x1100) return 1;
        if ((cp <= 0x115F)                                   // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)             // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)             // kana, CJK symbols
                || (cp >= 0x3400 && cp <= 0x4DBF)             // CJK ext A
                || (cp >= 0x4E00 && cp <= 0x9FFF)             // CJK unified
                || (cp >= 0xA000 && cp <= 0xA4CF)             // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)             // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)             // CJK compatibility
                || (cp >= 0xFE30 && cp <= 0xFE4F)             // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)             // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)           // emoji
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD)) {
            return 2;
        }
        return 1;
    }

    /** Pads with spaces on the right to exactly {@code columns}, truncating with an ellipsis if needed. */
    public static String padRight(String text, int columns) {
        int width = of(text);
        if (width == columns) return text;
        if (width < columns) return text + " ".repeat(columns - width);
        return truncate(text, columns);
    }

    public static String truncate(String text, int columns) {
        if (of(text) <= columns) return text;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > columns - 1) break;
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        out.append('…');
        used += 1;
        while (used < columns) { out.append(' '); used++; }
        return out.toString();
    }
}
