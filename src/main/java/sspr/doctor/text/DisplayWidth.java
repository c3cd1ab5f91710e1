package sspr.doctor.text;

/**
 * Terminal column width of text, as wcwidth-style terminals count it. CJK ideographs, kana,
 * Hangul syllables and leading jamo, fullwidth forms and emoji take two columns; combining marks
 * (accents, Thai vowel and tone marks, Arabic harakat, Hebrew points), the vowel and final jamo
 * that join a Hangul syllable, and zero-width characters take none. Tables built with
 * {@code String.length()} would drift for every script but Latin.
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
        if (isZeroWidth(cp)) return 0;
        if (cp < 0x1100) return 1;
        return isWide(cp) ? 2 : 1;
    }

    /** Joins the character before it on screen (or shows nothing): it never starts a line of its own. */
    public static boolean isZeroWidth(int cp) {
        if (cp == 0 || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF) return true;
        // Hangul vowel and final jamo: a decomposed syllable is one two-column cell with its leading jamo
        if ((cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)                // Hangul leading jamo
                || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0x303E)             // CJK radicals, punctuation, ideographic space
                || (cp >= 0x3041 && cp <= 0x33FF)             // kana, bopomofo, CJK symbols
                || (cp >= 0x3400 && cp <= 0x4DBF)             // CJK ext A
                || (cp >= 0x4E00 && cp <= 0x9FFF)             // CJK unified
                || (cp >= 0xA000 && cp <= 0xA4CF)             // Yi
                || (cp >= 0xA960 && cp <= 0xA97F)             // Hangul leading jamo, extended
                || (cp >= 0xAC00 && cp <= 0xD7A3)             // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)             // CJK compatibility
                || (cp >= 0xFE10 && cp <= 0xFE19)             // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)             // CJK compatibility and small forms
                || (cp >= 0xFF00 && cp <= 0xFF60)             // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || isWideEmoji(cp)
                || (cp >= 0x1B000 && cp <= 0x1B2FF)           // kana supplement, extended
                || (cp >= 0x20000 && cp <= 0x3FFFD);          // CJK ext B and beyond
    }

    /** Emoji shown as pictures by default (East Asian Width W in Unicode's EastAsianWidth.txt). */
    private static boolean isWideEmoji(int cp) {
        if (cp >= 0x1F000) {
            return (cp >= 0x1F004 && cp <= 0x1F0CF) || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A)
                    || (cp >= 0x1F200 && cp <= 0x1F251) || (cp >= 0x1F300 && cp <= 0x1F64F)
                    || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F7E0 && cp <= 0x1F7EB)
                    || (cp >= 0x1F90C && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF);
        }
        return cp == 0x231A || cp == 0x231B || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || cp == 0x25FD || cp == 0x25FE || cp == 0x2614 || cp == 0x2615 || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || cp == 0x26AA || cp == 0x26AB || cp == 0x26BD
                || cp == 0x26BE || cp == 0x26C4 || cp == 0x26C5 || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || cp == 0x26F2 || cp == 0x26F3 || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705
                || cp == 0x270A || cp == 0x270B || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55;
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
