package sspr.doctor.io;

import java.util.Map;

/**
 * Something wrong in a file the tool reads (article, index, rules), with its position (line and
 * column are 1-based, 0 = unknown). {@code message} is English, for JSON; {@code args}, when set,
 * let the text output say the same in the user's language (ui key {@code problem.<code>}).
 */
public record Problem(String file, int line, int column, String code, String message, Map<String, Object> args)
        implements java.io.Serializable {
    /** Messages quote file names and content; neither may control the terminal. */
    public Problem {
        file = sspr.doctor.text.ControlCharacters.clean(file);
        message = sspr.doctor.text.ControlCharacters.clean(message);
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public Problem(String file, int line, int column, String code, String message) {
        this(file, line, column, code, message, Map.of());
    }

    /** An args entry naming the ui message {@code problem.<value>} when one code has several messages. */
    public static final String MESSAGE_KEY = "messageKey";
    /** Args entries naming the part of a file a problem is in (ui message {@code problem.where.<kind>} with {@code {name}}); it fills {@code {where}}. */
    public static final String WHERE_KIND = "whereKind";
    public static final String WHERE_NAME = "whereName";

    public String location() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
