package sspr.doctor.io;

/** Something wrong in a file the tool reads (article, index, rules), with its position (line and column are 1-based, 0 = unknown). */
public record Problem(String file, int line, int column, String code, String message) implements java.io.Serializable {
    /** Messages quote file names and content; neither may control the terminal. */
    public Problem {
        file = sspr.doctor.text.ControlCharacters.clean(file);
        message = sspr.doctor.text.ControlCharacters.clean(message);
    }

    public String location() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
