package sspr.doctor.junit;

/**
 * Escapes text for XML 1.0. Characters XML 1.0 forbids (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) and C1 controls such as a stray ESC sequence's CSI are replaced by U+FFFD, so
 * one bad character in an export never makes the whole report unreadable; bidi overrides and
 * isolates are dropped so that a name cannot reorder the text around it in a CI web page.
 * Everything else (CJK included) is written as is: the document is UTF-8.
 */
public final class XmlText {
    static final char REPLACEMENT = '\uFFFD';

    private XmlText() {}

    /** For element content: {@code & < >} escaped, CR kept as a reference so parsers do not fold it away. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** For an attribute value in double quotes: also {@code "} and TAB/LF/CR, which attribute normalisation would turn into spaces. */
    public static String attribute(String s) {
        return escape(s, true);
    }

    static String escape(String s, boolean attribute) {
        if (s == null) return "";
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            boolean keep = false;
            if (c == '&') replacement = "&amp;";
            else if (c == '<') replacement = "&lt;";
            else if (c == '>') replacement = "&gt;";
            else if (c == '"' && attribute) replacement = "&quot;";
            else if (c == '\r') replacement = "&#13;";
            else if (c == '\n') { if (attribute) replacement = "&#10;"; else keep = true; }
            else if (c == '\t') { if (attribute) replacement = "&#9;"; else keep = true; }
            else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') replacement = String.valueOf(REPLACEMENT);
            else if (isBidiControl(c)) replacement = "";
            else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                replacement = String.valueOf(REPLACEMENT);
            } else if (Character.isLowSurrogate(c)) replacement = String.valueOf(REPLACEMENT);
            else keep = true;
            if (keep) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
                out.append(s, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? s : out.toString();
    }

    /** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
