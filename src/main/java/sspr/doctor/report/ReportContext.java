package sspr.doctor.report;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import sspr.doctor.i18n.Messages;

/**
 * What a renderer may know of the invocation, as plain values: the UI messages in the user's
 * language, whether to colour, and the width to wrap text at. Renderers know nothing of the
 * command line, terminals or files; the command builds one of these and hands it over.
 * The messages and width are asked for when first needed (choosing the language may print a notice).
 */
public final class ReportContext {
    private final Supplier<Messages> uiSource;
    private final Style style;
    private final IntSupplier widthSource;
    private Messages ui;
    private int width;

    public ReportContext(Supplier<Messages> ui, Style style, IntSupplier width) {
        this.uiSource = ui;
        this.style = style;
        this.widthSource = width;
    }

    /** A context for {@code lang}, without colour, {@code width} columns wide. */
    public static ReportContext of(String lang, int width) {
        return new ReportContext(() -> Messages.of("ui", lang), new Style(false), () -> width);
    }

    public Messages ui() {
        if (ui == null) ui = uiSource.get();
        return ui;
    }

    /** The language the messages are in (the user's, or English when there is no translation). */
    public String lang() {
        return ui().lang();
    }

    public String t(String key, Object... namesAndValues) {
        return ui().format(key, namesAndValues);
    }

    public boolean has(String key) {
        return ui().has(key);
    }

    public Style style() {
        return style;
    }

    public int width() {
        if (width == 0) width = widthSource.getAsInt();
        return width;
    }
}
