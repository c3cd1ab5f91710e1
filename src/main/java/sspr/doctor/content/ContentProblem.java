package sspr.doctor.content;

/** Something wrong in a content file, with its position (line and column are 1-based, 0 = unknown). */
public record ContentProblem(String file, int line, int column, String code, String message) {
    public String location() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
