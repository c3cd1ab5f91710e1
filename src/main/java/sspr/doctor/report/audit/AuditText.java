package sspr.doctor.report.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.i18n.Messages;
import sspr.doctor.report.ReportContext;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextTable;
import sspr.doctor.text.TextWrapper;

/** {@code audit} as text: the counts, the findings and methods by count, the first users who cannot reset; the administrator's side. */
public final class AuditText {
    private AuditText() {}

    public static void render(AuditTextReport m, ReportContext ctx, Writer out) throws IOException {
        out.write(summary(ctx, m.totals(), m.listed()) + admin(ctx, m) + extras(ctx, m.totals(), m.extras()));
    }

    /** Text after the report: the --limit hint on a terminal, exclusions, waived counts, changes since the baseline, waivers needing attention. */
    @SuppressWarnings("unchecked")
    private static String extras(ReportContext ctx, Map<String, Object> totals, AuditTextReport.Extras x) {
        StringBuilder out = new StringBuilder();
        Messages r = Messages.of("report", ctx.lang());
        if (x.hintShown() != null) {
            out.append(ctx.style().dim(r.format("report.limit.hint", "shown", x.hintShown(), "count", ((Number) totals.get("cannotReset")).longValue()))).append('\n');
        }
        if (!x.ledger()) return out.toString();
        if (totals.get("excluded") instanceof Map<?, ?> ex) {
            out.append('\n').append(ctx.style().bold(r.get("report.excluded"))).append('\n');
            ex.forEach((k, v) -> out.append("  ").append(k).append("  ").append(v).append('\n'));
        }
        if (totals.get("waived") instanceof Map<?, ?> w) {
            out.append('\n').append(ctx.style().bold(r.get("report.waived"))).append('\n');
            ((Map<String, Object>) w.get("byFinding")).forEach((k, v) -> out.append("  ").append(k).append("  ").append(v).append('\n'));
        }
        Map<String, Object> changes = x.changes();
        if (changes != null) {
            out.append('\n').append(ctx.style().bold(r.get("report.changes"))).append('\n');
            for (String kind : List.of("new", "fixed", "unchanged")) {
                Map<String, Object> c = (Map<String, Object>) changes.get(kind);
                out.append("  ").append(r.get("report.changes." + kind)).append("  ").append(c.get("count")).append("  ").append(c.get("byFinding")).append('\n');
            }
        }
        for (Map<String, Object> w : x.waivers()) {
            out.append(r.get("report.waiver." + w.get("status"))).append(": ").append(w.get("code")).append(" (")
                    .append(x.waiversFile()).append(':').append(w.get("line")).append(", ").append(w.get("owner")).append(", ").append(w.get("expires")).append(")\n");
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String summary(ReportContext ctx, Map<String, Object> totals, List<AuditReport.Listed> listed) {
        Messages findings = Messages.of("findings", ctx.lang());
        StringBuilder out = new StringBuilder();
        Map<String, Long> summary = new LinkedHashMap<>();
        for (String k : List.of("total", "ssprRegistered", "ssprEnabled", "ssprCapable", "admins", "adminsNotSsprCapable", "guests", "cannotReset")) {
            summary.put(ctx.t("audit." + k), (Long) totals.get(k));
        }
        counts(out, ctx, ctx.t("audit.summary"), summary, label -> "");
        counts(out, ctx, ctx.t("audit.byFinding"), (Map<String, Long>) totals.get("byFinding"), code -> findings.get(sspr.doctor.audit.AuditWording.title(code) + ".title"));
        counts(out, ctx, ctx.t("audit.byMethod"), (Map<String, Long>) totals.get("byMethod"), method -> "");
        long cannotReset = (Long) totals.get("cannotReset");
        if (cannotReset > 0) {
            out.append('\n');
            title(out, ctx, ctx.t("audit.users", "shown", listed.size(), "count", String.format("%,d", cannotReset)));
            users(out, ctx, listed);
        }
        return out.toString();
    }

    /** audit --tenant: the snapshot.incomplete line, then, with an administrator, whom they could not reset. */
    private static String admin(ReportContext ctx, AuditTextReport m) {
        String incomplete = m.incomplete() != null ? "\n" + ctx.style().bold(m.incomplete()) + "\n" : "";
        AuditTextReport.AdminReset a = m.adminReset();
        if (a == null) return incomplete;
        StringBuilder out = new StringBuilder(incomplete).append("\n");
        Messages findings = Messages.of("findings", ctx.lang());
        Map<String, Long> summary = new LinkedHashMap<>();
        summary.put(ctx.t("audit.total"), a.total());
        summary.put(ctx.t("audit.cannotBeResetByActor"), a.cannotBeReset());
        StringBuilder block = new StringBuilder();
        counts(block, ctx, ctx.t("audit.adminReset", "actor", a.actor()), summary, label -> "");
        counts(block, ctx, ctx.t("audit.byFinding"), a.byFinding(), code -> findings.get(code + ".title"));
        out.append(block);
        if (a.cannotBeReset() > 0) {
            out.append('\n');
            title(out, ctx, ctx.t("audit.adminReset.users", "shown", a.listed().size(), "count", String.format("%,d", a.cannotBeReset())));
            users(out, ctx, a.listed());
        }
        return out.toString();
    }

    /** A title in bold, wrapped to the width. */
    private static void title(StringBuilder out, ReportContext ctx, String title) {
        for (String l : TextWrapper.wrap(title, ctx.width())) out.append(ctx.style().bold(l)).append('\n');
    }

    /** Users and their finding codes, aligned when that fits, else the codes wrapped beside or under each name. */
    private static void users(StringBuilder out, ReportContext ctx, List<AuditReport.Listed> listed) {
        TextTable table = new TextTable((String[]) null);
        for (AuditReport.Listed u : listed) table.row(name(u, ctx), String.join(", ", u.findings()));
        for (String line : table.render(Math.max(20, ctx.width() - 2)).split("\n")) out.append("  ").append(line).append('\n');
    }

    private static String name(AuditReport.Listed u, ReportContext ctx) {
        return (u.userPrincipalName() == null ? u.id() : u.userPrincipalName()) + (u.admin() ? "  " + ctx.t("audit.tag.admin") : "");
    }

    /** A titled table of counts by key, with an optional description after each count; blocks are separated by a blank line. */
    private static void counts(StringBuilder out, ReportContext ctx, String title, Map<String, Long> counts,
                               java.util.function.Function<String, String> describe) {
        if (counts.isEmpty()) return;
        if (out.length() > 0) out.append('\n');
        title(out, ctx, title);
        int width = 0;
        for (String key : counts.keySet()) width = Math.max(width, DisplayWidth.of(key));
        // counts line up in a column 12 wide; on a narrow terminal the column is only as wide as the largest
        // count, and a label too long for what is left wraps, its count on its last line
        int digits = 12;
        if (2 + width + 2 + digits > ctx.width()) {
            digits = 1;
            for (Long v : counts.values()) digits = Math.max(digits, String.format("%,d", v).length());
            width = Math.min(width, Math.max(10, ctx.width() - 4 - digits));
        }
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String description = describe.apply(e.getKey());
            List<String> label = DisplayWidth.of(e.getKey()) > width ? TextWrapper.wrap(e.getKey(), width) : List.of(e.getKey());
            for (int i = 0; i < label.size() - 1; i++) out.append("  ").append(label.get(i)).append('\n');
            String head = "  " + DisplayWidth.padRight(label.get(label.size() - 1), width) + String.format("  %," + digits + "d", e.getValue());
            out.append(head);
            if (!description.isEmpty()) {
                // the description wraps in the room the terminal leaves beside the count, or below it when that is narrow
                int room = ctx.width() - DisplayWidth.of(head) - 2;
                String indent = room >= 20 ? " ".repeat(DisplayWidth.of(head) + 2) : "    ";
                List<String> lines = TextWrapper.wrap(description, room >= 20 ? room : Math.max(20, ctx.width() - 4));
                out.append(room >= 20 ? "  " + lines.get(0) : "\n" + indent + lines.get(0));
                for (int i = 1; i < lines.size(); i++) out.append('\n').append(indent).append(lines.get(i));
            }
            out.append('\n');
        }
    }
}
