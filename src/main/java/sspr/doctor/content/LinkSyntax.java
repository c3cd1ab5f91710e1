package sspr.doctor.content;

/**
 * Finds a malformed Markdown link on one line in linear time: {@code ] (} (a space between the
 * brackets and the parenthesis), {@code ]()} or {@code ](a b)} (an empty target or one with a space),
 * and {@code [text](target} never closed. It answers what the regular expression
 * {@code \](\s+\(|\((\s*\)|[^)\s]*\s[^)]*\)))|\[[^\]]*\]\([^)]*$} finds (the leftmost match), but a
 * backtracking matcher takes quadratic time on a long run of {@code [} (100 KB: minutes); this scan
 * precomputes, from the right, where the next ')' / white space / other character is.
 */
final class LinkSyntax {
    private LinkSyntax() {}

    /** Index of the leftmost malformed link, or -1. */
    static int brokenLink(String line) {
        int n = line.length();
        if (line.indexOf(']') < 0) return -1;
        int[] nextClose = new int[n + 1];
        int[] nextSpace = new int[n + 1];
        int[] nextNonSpace = new int[n + 1];
        nextClose[n] = n;
        nextSpace[n] = n;
        nextNonSpace[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            char c = line.charAt(i);
            boolean space = isSpace(c);
            nextClose[i] = c == ')' ? i : nextClose[i + 1];
            nextSpace[i] = space ? i : nextSpace[i + 1];
            nextNonSpace[i] = space ? nextNonSpace[i + 1] : i;
        }
        int firstOpen = -1;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '[') {
                if (firstOpen < 0) firstOpen = i;
                continue;
            }
            if (c != ']') continue;
            boolean match = false;
            // "] (" : white space between ']' and '('
            int after = nextNonSpace[i + 1];
            if (after > i + 1 && after < n && line.charAt(after) == '(') match = true;
            if (!match && i + 1 < n && line.charAt(i + 1) == '(') {
                int p = i + 2;
                int first = nextNonSpace[Math.min(p, n)];
                if (first < n && line.charAt(first) == ')') match = true;                 // "](  )"
                else {
                    int stop = Math.min(nextClose[Math.min(p, n)], nextSpace[Math.min(p, n)]);
                    if (stop < n && isSpace(line.charAt(stop)) && nextClose[stop] < n) match = true; // "](a b)"
                }
                // "[text](target" with no ')' to the end of the line
                if (firstOpen >= 0 && nextClose[Math.min(p, n)] == n) return firstOpen;
            }
            if (match) return i;
            firstOpen = -1;
        }
        return -1;
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
