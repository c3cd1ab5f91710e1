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

    /** A content or rules problem in the user's words (its English message when the bundle has no words for it). */
    public String problemText(sspr.doctor.io.Problem p) {
        if (p.args().isEmpty()) return p.message();
        Object key = p.args().get(sspr.doctor.io.Problem.MESSAGE_KEY);
        java.util.Map<String, Object> args = new java.util.LinkedHashMap<>(p.args());
        if (args.get(sspr.doctor.io.Problem.WHERE_KIND) instanceof String kind && has("problem.where." + kind)) {
            args.put("where", t("problem.where." + kind, "name", args.get(sspr.doctor.io.Problem.WHERE_NAME)));
        }
        args.replaceAll((name, value) -> value instanceof sspr.doctor.i18n.LocalizedText text ? text.in(lang()) : value);
        return contentText("problem." + (key instanceof String k ? k : p.code()), args, p.message());
    }

    /**
     * The ui message {@code key} filled from {@code args}, or {@code english} when the bundle has no
     * such key. A {@code kind} arg (a control character's) also fills {@code {control}} with its localized name.
     */
    public String contentText(String key, java.util.Map<String, Object> args, String english) {
        if (!has(key)) return english;
        java.util.List<Object> namesAndValues = new java.util.ArrayList<>();
        args.forEach((name, value) -> { namesAndValues.add(name); namesAndValues.add(value); });
        if (args.get("kind") instanceof String kind) {
            namesAndValues.add("control");
            namesAndValues.add(t("control." + kind, "codePoint", args.getOrDefault("codePoint", "")));
        }
        return t(key, namesAndValues.toArray());
    }

    public Style style() {
        return style;
    }

    public int width() {
        if (width == 0) width = widthSource.getAsInt();
        return width;
    }
}
