package sspr.doctor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a column width. Latin text breaks at spaces; CJK text may break between any
 * two ideographs, because Chinese has no spaces between words.
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
        int i = 0;
        while (i < text.length()) {
            int end = nextBreak(text, i);
            String token = text.substring(i, end);
            int tokenWidth = DisplayWidth.of(token);
            boolean space = token.isBlank();
            if (lineWidth + tokenWidth > width && lineWidth > 0) {
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

    /** End of the next unbreakable token starting at {@code start}. */
    private static int nextBreak(String text, int start) {
        int cp = text.codePointAt(start);
        if (cp == ' ') {
            int j = start;
            while (j < text.length() && text.charAt(j) == ' ') j++;
            return j;
        }
        if (DisplayWidth.of(cp) == 2) {
            int j = start + Character.charCount(cp);
            // keep closing punctuation with the character before it
            while (j < text.length() && isClosingPunctuation(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            return j;
        }
        int j = start;
        while (j < text.length()) {
            int c = text.codePointAt(j);
            if (c == ' ' || DisplayWidth.of(c) == 2) break;
            j += Character.charCount(c);
        }
        // a line never starts with closing punctuation ("[2]。" stays together)
        while (j < text.length() && isClosingPunctuation(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j;
    }

    private static boolean isClosingPunctuation(int cp) {
        return "，。、；：？！）」』】》〉".indexOf(cp) >= 0;
    }
}
