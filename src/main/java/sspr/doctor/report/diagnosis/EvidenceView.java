package sspr.doctor.report.diagnosis;

import sspr.doctor.report.ReportContext;
import java.util.List;
import java.util.Map;
import sspr.doctor.text.ControlCharacters;
import sspr.doctor.text.DisplayWidth;

/** The text section of the audit log evidence: one block per event, newest first, and the findings each is evidence of. */
public final class EvidenceView {
    private EvidenceView() {}

    public static void text(ReportContext ctx, List<Map<String, Object>> evidence, StringBuilder out) {
        out.append(ctx.style().bold(ctx.t("evidence.heading"))).append('\n');
        if (evidence.isEmpty()) {
            out.append("  ").append(ctx.t("evidence.none")).append("\n\n");
            return;
        }
        String[] labels = {ctx.t("evidence.time"), ctx.t("evidence.activity"), ctx.t("evidence.result"), ctx.t("evidence.reason"),
                ctx.t("evidence.correlation"), ctx.t("evidence.findings")};
        int w = 0;
        for (String l : labels) w = Math.max(w, DisplayWidth.of(l));
        for (Map<String, Object> e : evidence) {
            String result = String.valueOf(e.get("result"));
            String resultKey = "evidence.result." + result.toLowerCase(java.util.Locale.ROOT);
            String[] values = {str(e.get("time")), str(e.get("activity")), ctx.has(resultKey) ? ctx.t(resultKey) : clean(result),
                    str(e.get("reason")), str(e.get("correlationId")), codes(e.get("findings"))};
            boolean first = true;
            for (int i = 0; i < labels.length; i++) {
                if (values[i] == null || values[i].isEmpty()) continue;
                out.append(first ? "  • " : "    ").append(DisplayWidth.padRight(labels[i], w)).append("  ").append(values[i]).append('\n');
                first = false;
            }
        }
        out.append('\n');
    }

    private static String codes(Object findings) {
        if (!(findings instanceof List<?> list) || list.isEmpty()) return null;
        return String.join(", ", list.stream().map(String::valueOf).toList());
    }

    private static String str(Object o) {
        return o == null ? null : clean(String.valueOf(o));
    }

    private static String clean(String s) {
        return ControlCharacters.clean(s);
    }
}
