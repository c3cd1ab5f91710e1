package sspr.doctor.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sspr.doctor.text.ControlCharacters;

/**
 * The last step of every line on stderr that may quote input (values, keys, file names): controls
 * that would drive the terminal are removed, and a quoted value or unbroken run of text too long
 * for one line is cut, so a 60,000-character value is not echoed back whole.
 */
final class ErrorLines {
    static final int MAX_QUOTED = 80;
    static final int MAX_RUN = 200;
    static final int MAX_LINE = 1000;
    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]{" + (MAX_QUOTED + 1) + ",})'");
    private static final Pattern RUN = Pattern.compile("\\S{" + (MAX_RUN + 1) + ",}");

    private ErrorLines() {}

    static String safe(String line) {
        if (line == null) return "";
        String s = ControlCharacters.clean(line).replace('\n', ' ').replace('\t', ' ');
        s = replace(QUOTED.matcher(s), m -> "'" + cut(m.group(1), MAX_QUOTED) + "'");
        s = replace(RUN.matcher(s), m -> cut(m.group(), MAX_RUN));
        return cut(s, MAX_LINE);
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(out);
        return out.toString();
    }

    /** At most {@code max} characters, never splitting a surrogate pair; "…" marks the cut. */
    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = max - 1;
        if (Character.isLowSurrogate(s.charAt(end))) end--;
        return s.substring(0, end) + "…";
    }
}
