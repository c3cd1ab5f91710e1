package sspr.doctor.i18n;

/**
 * Chinese messages put a space around each placeholder so that a Latin value ("Exchange 管理員")
 * stands apart from the text, as Microsoft's Chinese pages write it; when the value is itself
 * Chinese ("技術支援管理員"), a space between two Chinese characters reads as a mistake. This drops
 * exactly those spaces: one whose neighbours are both wide CJK characters or CJK punctuation.
 */
final class CjkSpacing {
    private CjkSpacing() {}

    static String tidy(String s) {
        int space = s.indexOf(' ');
        if (space < 0) return s;
        StringBuilder out = null;
        int copied = 0;
        for (int i = space; i >= 0; i = s.indexOf(' ', i + 1)) {
            if (i == 0 || i == s.length() - 1) continue;
            if (wide(s.charAt(i - 1)) && wide(s.charAt(i + 1))) {
                if (out == null) out = new StringBuilder(s.length());
                out.append(s, copied, i);
                copied = i + 1;
            }
        }
        if (out == null) return s;
        return out.append(s, copied, s.length()).toString();
    }

    /** CJK ideographs, CJK symbols and punctuation, kana, full-width forms. */
    static boolean wide(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF01' && c <= '\uFF60')
                || (c >= '\uFE30' && c <= '\uFE4F');
    }
}
