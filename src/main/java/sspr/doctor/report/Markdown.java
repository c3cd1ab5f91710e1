package sspr.doctor.report;

import sspr.doctor.text.ControlCharacters;

/** Escaping for GitHub-flavoured Markdown: text from input never becomes markup, a table cell stays one cell. */
final class Markdown {
    private Markdown() {}

    static String esc(Object o) {
        if (o == null) return "";
        String s = ControlCharacters.clean(String.valueOf(o)).replace('\r', ' ').replace('\n', ' ');
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!', '&' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Inline code: a finding code or user name, with backticks that cannot be closed from inside. */
    static String code(String s) {
        String t = ControlCharacters.clean(String.valueOf(s)).replace('\r', ' ').replace('\n', ' ').replace("`", "'").replace("|", "\\|");
        return "`" + t + "`";
    }
}
