package sspr.doctor.report;

/** ANSI decoration, only when colour is allowed; the words always carry the meaning. */
public class Style {
    private final boolean color;

    public Style(boolean color) { this.color = color; }

    public boolean color() { return color; }

    public String bold(String s) { return wrap("1", s); }
    public String dim(String s) { return wrap("2", s); }
    public String red(String s) { return wrap("31", s); }
    public String yellow(String s) { return wrap("33", s); }
    public String green(String s) { return wrap("32", s); }
    public String cyan(String s) { return wrap("36", s); }

    public String severity(String severity, String text) {
        switch (severity) {
            case "blocker": case "blocked": return red(text);
            case "warning": return yellow(text);
            case "ok": return green(text);
            default: return cyan(text);
        }
    }

    private String wrap(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
