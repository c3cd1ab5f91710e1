package sspr.doctor.report;

import java.util.Map;
import java.util.function.Function;

/** A horizontal bar chart as inline SVG: one bar per key, labelled, with its count; no script needed to draw it. */
final class SvgChart {
    private static final int ROW = 26;
    private static final int LABEL = 400;
    private static final int BARS = 300;
    private static final int WIDTH = LABEL + BARS + 110;

    private SvgChart() {}

    /** At most {@code columns} display columns (a CJK character takes two), cut with an ellipsis; the full text is the bar's tooltip. */
    static String fit(String text, int columns) {
        if (sspr.doctor.text.DisplayWidth.of(text) <= columns) return text;
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = sspr.doctor.text.DisplayWidth.of(cp);
            if (used + w > columns - 1) break;
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** Bars largest first, as people read a chart; ties in the order given. */
    static void bars(StringBuilder out, String id, String title, Map<String, Long> counts, Function<String, String> label, String cssClass) {
        long max = 1;
        for (long v : counts.values()) max = Math.max(max, v);
        int height = Math.max(1, counts.size()) * ROW + 8;
        out.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-label=\"").append(Html.esc(title)).append("\">\n<title>").append(Html.esc(title)).append("</title>\n");
        int y = 4;
        java.util.List<Map.Entry<String, Long>> sorted = new java.util.ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Long> e : sorted) {
            long v = e.getValue();
            int w = v == 0 ? 0 : (int) Math.max(2, Math.round((double) v * BARS / max));
            String text = label.apply(e.getKey());
            text = fit(text, 56);
            out.append("<g class=\"bar\" data-code=\"").append(Html.esc(e.getKey())).append("\" data-count=\"").append(v).append("\">")
                    .append("<title>").append(Html.esc(label.apply(e.getKey()) + " (" + e.getKey() + "): " + v)).append("</title>")
                    .append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">").append(Html.esc(text)).append("</text>")
                    .append("<rect class=\"").append(cssClass).append("\" x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 8).append("\" rx=\"3\"/>")
                    .append("<text class=\"count\" x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 17).append("\">").append(Html.num(v)).append("</text></g>\n");
            y += ROW;
        }
        out.append("</svg>\n");
    }
}
