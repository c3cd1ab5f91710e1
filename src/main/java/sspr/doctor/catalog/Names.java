package sspr.doctor.catalog;

import java.util.Locale;

/**
 * How names typed by users are compared: case-, space- and punctuation-insensitive. Written as plain
 * loops, not regular expressions: every role name is keyed at start-up, before any code is compiled.
 */
final class Names {
    private Names() {}

    /** Key for role names: legacy names carry remarks in parentheses, which are ignored. */
    static String key(String name) {
        return compact(name, true);
    }

    /** Key for product names, whose parentheses matter ("Business Premium (no Teams)"). */
    static String compact(String name) {
        return compact(name, false);
    }

    private static String compact(String name, boolean dropRemarks) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (dropRemarks && c == '(') {
                int close = lower.indexOf(')', i + 1);
                if (close >= 0) {
                    i = close;
                    continue;
                }
            }
            if (!separator(c)) out.append(c);
        }
        return out.toString();
    }

    /** Whitespace, Unicode space separators (the ideographic space too), underscore, hyphen. */
    private static boolean separator(char c) {
        if (c == ' ' || c == '_' || c == '-' || (c >= '\t' && c <= '\r')) return true;
        if (c < 0x80) return false;
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
