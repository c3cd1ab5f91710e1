package sspr.doctor.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wraps text to a column width. Latin text breaks at spaces; CJK text may break between any
 * two ideographs, because Chinese has no spaces between words; Thai, Lao, Khmer and Burmese, also
 * written without spaces, break between words found by the JDK's dictionary line
 * {@link BreakIterator}. A combining mark or joining jamo stays with the character it joins.
 */
public final class TextWrapper {
    private TextWrapper() {}

    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width < 10) width = 10;
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, int width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        boolean wrapped = false; // a line of this paragraph was ended: the next one starts with no space
        int i = 0;
        while (i < text.length()) {
            int end = nextBreak(text, i);
            String token = text.substring(i, end);
            int tokenWidth = DisplayWidth.of(token);
            boolean space = token.isBlank();
            if (space && wrapped && lineWidth == 0) { i = end; continue; }
            if (lineWidth + tokenWidth > width && lineWidth > 0) {
                wrapped = true;
                lines.add(stripTrailing(line));
                line.setLength(0);
                lineWidth = 0;
                if (space) { i = end; continue; }
            }
            if (tokenWidth > width) {
                // a single word longer than the line (a URL): put it on its own line unbroken
                line.append(token);
                lines.add(stripTrailing(line));
                line.setLength(0);
                lineWidth = 0;
                wrapped = true;
            } else {
                line.append(token);
                lineWidth += tokenWidth;
            }
            i = end;
        }
        lines.add(stripTrailing(line));
    }

    private static String stripTrailing(StringBuilder sb) {
        return sb.toString().stripTrailing();
    }

    /**
     * End of the next unbreakable token starting at {@code start}. Kinsoku: an opening bracket or quote
     * never ends a line (it goes with what follows it) and closing punctuation never starts one (it stays
     * with what comes before it).
     */
    private static int nextBreak(String text, int start) {
        int j = unit(text, start);
        while (j < text.length() && text.charAt(j) != ' ' && isOpeningPunctuation(lastCodePoint(text, start, j))) j = unit(text, j);
        return j;
    }

    /** The last code point of {@code text[start, end)} that takes a column (an opening bracket's marks do not hide it). */
    private static int lastCodePoint(String text, int start, int end) {
        int i = end;
        while (i > start) {
            int cp = text.codePointBefore(i);
            if (!DisplayWidth.isZeroWidth(cp)) return cp;
            i -= Character.charCount(cp);
        }
        return -1;
    }

    /** One character with what joins it, or one run of spaced text (a word), with the closing punctuation after it. */
    private static int unit(String text, int start) {
        int cp = text.codePointAt(start);
        if (cp == ' ') {
            int j = start;
            while (j < text.length() && text.charAt(j) == ' ') j++;
            return j;
        }
        if (DisplayWidth.of(cp) == 2) {
            int j = joined(text, start + Character.charCount(cp));
            // keep closing punctuation with the character before it
            while (j < text.length() && isClosingPunctuation(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            return j;
        }
        int j = start;
        boolean unspaced = false;
        while (j < text.length()) {
            int c = text.codePointAt(j);
            if (c == ' ' || DisplayWidth.of(c) == 2) break;
            unspaced |= isUnspacedScript(c);
            j += Character.charCount(c);
        }
        if (unspaced) j = Math.min(j, dictionaryBreak(text, start, j));
        // a line never starts with closing punctuation ("[2]。" stays together)
        while (j < text.length() && isClosingPunctuation(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j;
    }

    /** After {@code from}: past the combining marks, joining jamo and zero-width characters there. */
    private static int joined(String text, int from) {
        int j = from;
        while (j < text.length() && DisplayWidth.isZeroWidth(text.codePointAt(j))) j += Character.charCount(text.codePointAt(j));
        return j;
    }

    static boolean isUnspacedScript(int cp) {
        // Thai, Lao, Khmer and Myanmar all lie above U+0E00 and outside the CJK blocks: Latin and Chinese text is
        // answered without UnicodeScript, whose tables take milliseconds to set up on a tool's first wrap
        if (cp < 0x0E00 || (cp >= 0x2E80 && cp < 0xA000) || (cp >= 0xAC00 && cp < 0xD800) || (cp >= 0xFF00 && cp < 0xFFF0)) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
    }

    /** The first line-break opportunity after {@code start} within the run {@code [start, end)}. */
    private static int dictionaryBreak(String text, int start, int end) {
        BreakIterator lines = BreakIterator.getLineInstance(THAI);
        lines.setText(text.substring(start, end));
        int next = lines.following(0);
        return next == BreakIterator.DONE || next <= 0 ? end : start + next;
    }

    private static final Locale THAI = Locale.forLanguageTag("th");

    private static boolean isClosingPunctuation(int cp) {
        return "，。、；：？！）」』】》〉”’".indexOf(cp) >= 0;
    }

    private static boolean isOpeningPunctuation(int cp) {
        return cp >= 0 && "（「『《〈【“‘".indexOf(cp) >= 0;
    }
}
