package sspr.doctor.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.i18n.Messages;

/**
 * {@code audit --format markdown} and the GitHub step summary: the verdict, counts, findings by
 * code, the users, fixes, changes and waivers, at three levels — {@code table} (verdict, counts,
 * findings), {@code summary} (and the first users, changes, waivers) and {@code full} (every listed
 * user and the fixes). {@link #fit} keeps the result under a byte budget whatever the input,
 * saying what it cut and where the full report is.
 */
public final class AuditMarkdown {
    public enum Level { table, summary, full }

    /** Users the summary level lists. */
    static final int SUMMARY_USERS = 50;

    private AuditMarkdown() {}

    public static String render(AuditModel m, Level level) {
        return render(m, level, Integer.MAX_VALUE, null);
    }

    /**
     * The Markdown at {@code level}, at most {@code budget} bytes of UTF-8: fewer users first,
     * then a lower level, then only the verdict, each time with a line saying so.
     * @param where where the full report is (a file name), or null
     */
    public static String fit(AuditModel m, Level level, int budget, String where) {
        Messages r = Messages.of("report", m.lang());
        int users = level == Level.table ? 0 : level == Level.summary ? Math.min(SUMMARY_USERS, m.rows().size()) : m.rows().size();
        String s = render(m, level, users, null);
        if (bytes(s) <= budget) return s;
        // fewer users: halve until it fits (a few renders, each linear in what it keeps)
        Level used = level;
        while (users > 0) {
            users /= 2;
            String note = cut(r, m, users, level, used, where);
            s = render(m, level, users, note);
            if (bytes(s) <= budget) return s;
        }
        used = Level.table;
        s = render(m, used, 0, cut(r, m, 0, level, used, where));
        if (bytes(s) <= budget) return s;
        // a table of findings beyond the budget (a decision table of one's own with very many codes): only the verdict
        s = "## " + Markdown.esc(r.get("report.title.audit")) + "\n\n**" + Markdown.esc(verdictLine(m, r)) + "**\n\n> "
                + Markdown.esc(cut(r, m, 0, level, used, where)) + "\n";
        return bytes(s) <= budget ? s : "";
    }

    private static String cut(Messages r, AuditModel m, int users, Level asked, Level used, String where) {
        List<String> what = new ArrayList<>();
        if (asked != Level.table) what.add(r.format("report.summary.cutUsers", "shown", Html.num(users), "count", Html.num(m.listed())));
        if (used != asked) what.add(r.format("report.summary.cutLevel", "level", asked, "used", used));
        String w = where != null ? r.format("report.summary.where", "where", where) : r.get("report.summary.nowhere");
        return r.format("report.summary.cut", "what", String.join("; ", what)) + " " + w;
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String verdictLine(AuditModel m, Messages r) {
        return m.count("cannotReset") > 0
                ? r.format("report.audit.cannotReset", "count", Html.num(m.count("cannotReset")), "total", Html.num(m.count("total")))
                : r.format("report.audit.allCanReset", "total", Html.num(m.count("total")));
    }

    private static String render(AuditModel m, Level level, int users, String note) {
        Messages ui = Messages.of("ui", m.lang());
        Messages r = Messages.of("report", m.lang());
        FindingTexts t = m.texts();
        StringBuilder out = new StringBuilder(4096 + users * 120);
        String mark = m.verdict().equals("ok") ? "✅" : "❌";
        out.append("## ").append(Markdown.esc(r.get("report.title.audit"))).append("\n\n");
        out.append(mark).append(" **").append(Markdown.esc(verdictLine(m, r))).append("**\n");
        if (m.adminReset() != null) {
            out.append("\n").append(m.cannotBeResetByActor() > 0 ? "❌" : "✅").append(" **").append(Markdown.esc(r.format("report.audit.cannotBeReset",
                    "count", Html.num(m.cannotBeResetByActor()), "total", Html.num(((Number) m.adminReset().get("total")).longValue()), "actor", m.actor())))
                    .append("**\n");
        }
        if (note != null) out.append("\n> ").append(Markdown.esc(note)).append("\n");
        out.append("\n| ").append(Markdown.esc(ui.get("audit.summary"))).append(" | |\n|---|--:|\n");
        for (String k : List.of("total", "ssprRegistered", "ssprEnabled", "ssprCapable", "admins", "adminsNotSsprCapable", "guests", "cannotReset")) {
            out.append("| ").append(Markdown.esc(ui.get("audit." + k))).append(" | ").append(Html.num(m.count(k))).append(" |\n");
        }
        if (m.adminReset() != null) {
            out.append("| ").append(Markdown.esc(ui.get("audit.cannotBeResetByActor"))).append(" | ").append(Html.num(m.cannotBeResetByActor())).append(" |\n");
        }
        if (m.summary().get("excluded") instanceof Map<?, ?> ex) {
            for (Map.Entry<?, ?> e : ex.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.append("| ").append(Markdown.esc(key.equals("total") ? r.get("report.excluded") : r.get("report.excluded") + ": " + key))
                        .append(" | ").append(Html.num(((Number) e.getValue()).longValue())).append(" |\n");
            }
        }
        findingsTable(out, r.get("report.byFinding"), m.byFinding(), t, r, "");
        if (m.adminReset() != null) findingsTable(out, ui.format("audit.adminReset", "actor", m.actor()), m.adminByFinding(), t, r, "admin-reset:");
        if (level != Level.table) {
            changes(out, m, r);
            waivers(out, m, r);
            if (users > 0) usersTable(out, m, r, users);
        }
        if (level == Level.full) fixes(out, m, t, r);
        return out.toString();
    }

    private static void findingsTable(StringBuilder out, String title, Map<String, Long> counts, FindingTexts t, Messages r, String prefix) {
        out.append("\n### ").append(Markdown.esc(title)).append("\n\n");
        if (counts.isEmpty()) {
            out.append(Markdown.esc(r.get("report.noFindings"))).append("\n");
            return;
        }
        out.append("| ").append(Markdown.esc(r.get("report.waiver.code"))).append(" | | |\n|---|---|--:|\n");
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.append("| ").append(Markdown.code(e.getKey())).append(" | ").append(Markdown.esc(t.title(e.getKey()))).append(" | ")
                    .append(Html.num(e.getValue())).append(" |\n");
        }
    }

    @SuppressWarnings("unchecked")
    private static void changes(StringBuilder out, AuditModel m, Messages r) {
        if (m.changes() == null) return;
        out.append("\n### ").append(Markdown.esc(r.get("report.changes"))).append("\n\n| | | |\n|---|--:|---|\n");
        for (String kind : List.of("new", "fixed", "unchanged")) {
            Map<String, Object> c = (Map<String, Object>) m.changes().get(kind);
            List<String> parts = new ArrayList<>();
            ((Map<String, Long>) c.get("byFinding")).forEach((code, n) -> parts.add(Markdown.code(code) + " " + Html.num(n)));
            out.append("| ").append(Markdown.esc(r.get("report.changes." + kind))).append(" | ").append(Html.num(((Number) c.get("count")).longValue()))
                    .append(" | ").append(String.join(", ", parts)).append(" |\n");
        }
    }

    private static void waivers(StringBuilder out, AuditModel m, Messages r) {
        if (m.waivers() == null) return;
        out.append("\n### ").append(Markdown.esc(r.get("report.waivers"))).append("\n\n");
        if (m.waivers().isEmpty()) {
            out.append(Markdown.esc(r.get("report.waivers.allUsed"))).append("\n");
            return;
        }
        waiverTable(out, m.waivers(), r);
    }

    static void waiverTable(StringBuilder out, List<Map<String, Object>> waivers, Messages r) {
        out.append("| ").append(Markdown.esc(r.get("report.waiver.status"))).append(" | ").append(Markdown.esc(r.get("report.waiver.code")))
                .append(" | ").append(Markdown.esc(r.get("report.waiver.rationale"))).append(" | ").append(Markdown.esc(r.get("report.waiver.expires")))
                .append(" | ").append(Markdown.esc(r.get("report.waiver.owner"))).append(" |\n|---|---|---|---|---|\n");
        for (Map<String, Object> w : waivers) {
            out.append("| ").append(Markdown.esc(r.get("report.waiver." + w.get("status")))).append(" | ").append(Markdown.code(String.valueOf(w.get("code"))))
                    .append(w.get("user") != null ? " " + Markdown.esc(w.get("user")) : "").append(w.get("case") != null ? " " + Markdown.esc(w.get("case")) : "")
                    .append(" | ").append(Markdown.esc(w.get("rationale"))).append(" | ").append(Markdown.esc(w.get("expires"))).append(" | ")
                    .append(Markdown.esc(w.get("owner"))).append(" |\n");
        }
    }

    private static void usersTable(StringBuilder out, AuditModel m, Messages r, int users) {
        out.append("\n### ").append(Markdown.esc(r.get("report.users"))).append("\n\n");
        if (users < m.listed()) {
            out.append(Markdown.esc(r.format("report.capped.noFile", "shown", Html.num(users), "count", Html.num(m.listed())))).append("\n\n");
        }
        boolean admin = m.adminReset() != null;
        out.append("| ").append(Markdown.esc(r.get("report.col.user"))).append(" | ").append(Markdown.esc(r.get("report.col.admin")))
                .append(" | ").append(Markdown.esc(r.get("report.col.selfService"))).append(" |");
        if (admin) out.append(' ').append(Markdown.esc(r.get("report.col.adminReset"))).append(" |");
        out.append(admin ? "\n|---|---|---|---|\n" : "\n|---|---|---|\n");
        String yes = r.get("report.yes"), no = r.get("report.no"), waived = r.get("report.waived");
        for (int i = 0; i < users && i < m.rows().size(); i++) {
            AuditRow row = m.rows().get(i);
            out.append("| ").append(Markdown.esc(row.name())).append(" | ").append(row.admin() ? yes : no).append(" | ");
            codes(out, row.selfService(), "", row, waived);
            out.append(" |");
            if (admin) {
                out.append(' ');
                codes(out, row.adminReset(), "admin-reset:", row, waived);
                out.append(" |");
            }
            out.append('\n');
        }
    }

    private static void codes(StringBuilder out, List<String> codes, String prefix, AuditRow row, String waived) {
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) out.append(' ');
            out.append(Markdown.code(codes.get(i)));
            Waiver w = row.waived().get(prefix + codes.get(i));
            if (w != null) out.append(" _(").append(Markdown.esc(waived)).append(": ").append(Markdown.esc(w.rationale())).append(")_");
        }
    }

    private static void fixes(StringBuilder out, AuditModel m, FindingTexts t, Messages r) {
        Set<String> codes = new LinkedHashSet<>(m.byFinding().keySet());
        codes.addAll(m.adminByFinding().keySet());
        if (codes.isEmpty()) return;
        out.append("\n### ").append(Markdown.esc(r.get("report.fixes"))).append("\n");
        for (String c : codes) {
            out.append("\n#### ").append(Markdown.esc(t.title(c))).append(' ').append(Markdown.code(c)).append("\n\n");
            String d = t.detail(c);
            if (!d.isEmpty()) out.append(Markdown.esc(d)).append("\n\n");
            List<String> fix = t.fix(c);
            for (int i = 0; i < fix.size(); i++) out.append(i + 1).append(". ").append(Markdown.esc(fix.get(i))).append('\n');
        }
    }
}
