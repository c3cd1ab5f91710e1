package sspr.doctor.cli;

/** The renderers' {@link sspr.doctor.report.Style}, under the name the commands have always used. */
public final class Style extends sspr.doctor.report.Style {
    public Style(boolean color) { super(color); }
}
