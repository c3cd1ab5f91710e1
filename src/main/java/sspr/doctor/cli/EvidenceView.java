package sspr.doctor.cli;

import java.util.List;
import java.util.Map;
import sspr.doctor.text.ControlCharacters;
import sspr.doctor.text.DisplayWidth;

/** The text section of the audit log evidence: one block per event, newest first, and the findings each is evidence of. */
final class EvidenceView {
    private EvidenceView() {}

    static void text(Cli cli, List<Map<String, Object>> evidence, StringBuilder out) {
        out.append(cli.style().bold(cli.t("evidence.heading"))).append('\n');
        if (evidence.isEmpty()) {
            out.append("  ").append(cli.t("evidence.none")).append("\n\n");
            return;
        }
        String[] labels = {cli.t("evidence.time"), cli.t("evidence.activity"), cli.t("evidence.result"), cli.t("evidence.reason"),
                cli.t("evidence.correlation"), cli.t("evidence.findings")};
        int w = 0;
        for (String l : labels) w = Math.max(w, DisplayWidth.of(l));
        for (Map<String, Object> e : evidence) {
            String result = String.valueOf(e.get("result"));
            String resultKey = "evidence.result." + result.toLowerCase(java.util.Locale.ROOT);
            String[] values = {str(e.get("time")), str(e.get("activity")), cli.ui().has(resultKey) ? cli.t(resultKey) : clean(result),
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
