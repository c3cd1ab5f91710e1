package sspr.doctor.text;

import java.util.regex.Pattern;

/** Words written for a POSIX shell (bash, zsh): single quotes, with a quote inside as '\''. */
public final class ShellQuoting {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuoting() {}

    /** Always single-quoted. */
    public static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** As typed when the shell would read it unchanged, else single-quoted. */
    public static String asNeeded(String word) {
        return PLAIN.matcher(word).matches() ? word : quoted(word);
    }
}
