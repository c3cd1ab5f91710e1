package sspr.doctor.report;

import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.i18n.Messages;

/**
 * {@code diagnose --format markdown} and its GitHub step summary: the verdict, a table of cases
 * (with a profile or a batch), and each case's findings with fixes ({@code full}); kept under a
 * byte budget by listing fewer cases, saying so.
 */
public final class DiagnosisMarkdown {
    private DiagnosisMarkdown() {}

    public static String render(DiagnosisModel m, AuditMarkdown.Level level) {
        return render(m, level, m.cases().size(), null);
    }

    public static String fit(DiagnosisModel m, AuditMarkdown.Level level, int budget, String where) {
        Messages r = Messages.of("report", m.lang());
        int n = m.cases().size();
        String s = render(m, level, n, null);
        while (AuditMarkdown.bytes(s) > budget && n > 0) {
            n /= 2;
            String w = where != null ? r.format("report.summary.where", "where", where) : r.get("report.summary.nowhere");
            s = render(m, level, n, r.format("report.summary.cut", "what", r.format("report.summary.cutUsers", "shown", Html.num(n),
                    "count", Html.num(m.total()))) + " " + w);
        }
        return AuditMarkdown.bytes(s) <= budget ? s : "";
    }

    private static String render(DiagnosisModel m, AuditMarkdown.Level level, int cases, String note) {
        Messages r = Messages.of("report", m.lang());
        Messages ui = Messages.of("ui", m.lang());
        StringBuilder out = new StringBuilder();
        String mark = m.verdict().equals("ok") ? "✅" : m.verdict().equals("warning") ? "⚠️" : "❌";
        out.append("## ").append(Markdown.esc(r.get("report.title.diagnose"))).append("\n\n").append(mark).append(" **")
                .append(Markdown.esc(r.get("report.verdict." + m.verdict()))).append("**\n");
        if (m.total() > 1 || m.kind().equals("batch")) {
            out.append("\n").append(Markdown.esc(r.format(m.kind().equals("batch") ? "report.batch.lines" : "report.cases", "count", Html.num(m.total()),
                    "blocked", Html.num(m.counts().getOrDefault("blocked", 0L)), "warning", Html.num(m.counts().getOrDefault("warning", 0L)),
                    "errors", Html.num(m.counts().getOrDefault("error", 0L))))).append("\n");
        }
        if (note != null) out.append("\n> ").append(Markdown.esc(note)).append("\n");
        boolean multi = m.cases().size() > 1;
        if (multi) {
            out.append("\n| ").append(Markdown.esc(r.get("report.case"))).append(" | ").append(Markdown.esc(r.get("report.verdict")))
                    .append(" | ").append(Markdown.esc(r.get("report.findings"))).append(" |\n|---|---|---|\n");
            for (int i = 0; i < cases && i < m.cases().size(); i++) {
                DiagnosisModel.Case c = m.cases().get(i);
                out.append("| ").append(Markdown.esc(c.name() != null ? c.name() : c.line() != null ? "#" + c.line() : "#" + (i + 1)))
                        .append(" | ").append(c.verdict()).append(" | ").append(codes(c, r)).append(" |\n");
            }
        }
        if (level != AuditMarkdown.Level.table) {
            for (int i = 0; i < cases && i < m.cases().size(); i++) {
                DiagnosisModel.Case c = m.cases().get(i);
                if (c.diagnosis() == null || (level == AuditMarkdown.Level.summary && multi)) continue;
                if (multi) out.append("\n### ").append(Markdown.esc(c.name() != null ? c.name() : "#" + (i + 1))).append("\n");
                java.util.Set<String> notesShown = new java.util.HashSet<>();
                for (Finding f : c.diagnosis().findings()) {
                    out.append("\n- **").append(Markdown.esc(ui.get("severity." + f.severity().name()))).append("** ")
                            .append(Markdown.esc(f.title())).append(' ').append(Markdown.code(f.code()));
                    Waiver w = c.waived().get(f.code());
                    if (w != null) out.append(" _(").append(Markdown.esc(r.format("report.annotation.waived", "rationale", w.rationale(),
                            "expires", w.expires(), "owner", w.owner()))).append(")_");
                    out.append("\n  ").append(Markdown.esc(f.detail())).append('\n');
                    for (int j = 0; j < f.fix().size(); j++) out.append("  ").append(j + 1).append(". ").append(Markdown.esc(f.fix().get(j))).append('\n');
                    faq(out, f, ui, notesShown);
                }
                if (c.whatIf() != null && !c.whatIf().isEmpty()) {
                    out.append("\n**").append(Markdown.esc(r.get("report.whatIf"))).append("**\n\n");
                    for (int j = 0; j < c.whatIf().size(); j++) {
                        DiagnosisModel.Proposal p = c.whatIf().get(j);
                        out.append(j + 1).append(". ").append(Markdown.esc(String.join(" + ", p.changes()))).append(" → ").append(Markdown.esc(Messages.of("ui", m.lang()).get("whatif.verdict." + p.verdict())))
                                .append(": ").append(Markdown.code(p.command())).append('\n');
                    }
                }
            }
        }
        if (m.waivers() != null && !m.waivers().isEmpty()) {
            out.append("\n### ").append(Markdown.esc(r.get("report.waivers"))).append("\n\n");
            AuditMarkdown.waiverTable(out, m.waivers(), r);
        }
        return out.toString();
    }

    /**
     * The FAQ entries that answer a finding, as the text and HTML reports give them, each with the notes on
     * where current documentation supersedes it (a note once per case, as in text): a list of its own inside
     * the finding's item, after a blank line so that it does not run on into the last fix.
     */
    private static void faq(StringBuilder out, Finding f, Messages ui, java.util.Set<String> notesShown) {
        if (f.faq().isEmpty()) return;
        out.append('\n');
        for (Finding.FaqRef q : f.faq()) {
            out.append("  - ").append(Markdown.esc(ui.get("diagnose.faq") + " " + q.question())).append(' ')
                    .append(Markdown.code("sspr-doctor faq show " + q.article() + "/" + q.entry())).append('\n');
            boolean quoted = false;
            for (Finding.Note n : q.notes()) {
                if (!notesShown.add(n.text())) continue;
                if (quoted) out.append("    >\n"); // a paragraph each, not one run-on quote
                quoted = true;
                out.append("    > **").append(Markdown.esc(ui.get("faq.note.label"))).append("** ").append(Markdown.esc(n.text()))
                        .append(" (").append(Markdown.esc(n.shortSource())).append(")\n");
            }
        }
    }

    private static String codes(DiagnosisModel.Case c, Messages r) {
        if (c.diagnosis() == null) return Markdown.esc(c.error());
        StringBuilder b = new StringBuilder();
        for (Finding f : c.diagnosis().findings()) {
            if (b.length() > 0) b.append(' ');
            b.append(Markdown.code(f.code()));
            if (c.waived().containsKey(f.code())) b.append(" _(").append(Markdown.esc(r.get("report.waived"))).append(")_");
        }
        return b.toString();
    }

    /** One annotation per finding code over all cases: its severity, how many cases, and the first case names. */
    public static Annotations annotations(Annotations.Kind kind, DiagnosisModel m) {
        Annotations a = new Annotations(kind);
        Messages r = Messages.of("report", m.lang());
        Map<String, long[]> counts = new java.util.TreeMap<>();
        Map<String, Finding> first = new java.util.HashMap<>();
        Map<String, Boolean> allWaived = new java.util.HashMap<>();
        Map<String, List<String>> names = new java.util.HashMap<>();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        for (DiagnosisModel.Case c : m.cases()) {
            if (c.diagnosis() == null) continue;
            for (Finding f : c.diagnosis().findings()) {
                counts.computeIfAbsent(f.code(), k -> new long[1])[0]++;
                first.putIfAbsent(f.code(), f);
                Waiver w = c.waived().get(f.code());
                allWaived.merge(f.code(), w != null && !w.expiredOn(today), Boolean::logicalAnd);
                List<String> n = names.computeIfAbsent(f.code(), k -> new java.util.ArrayList<>());
                if (n.size() < 3 && c.name() != null) n.add(c.name());
            }
        }
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            Finding f = first.get(e.getKey());
            String severity = switch (f.severity()) {
                case blocker -> Boolean.TRUE.equals(allWaived.get(e.getKey())) ? "warning" : "error";
                case warning -> "warning";
                default -> "notice";
            };
            String msg = f.title() + (m.cases().size() > 1 ? " (" + e.getValue()[0] + "×" + (names.get(e.getKey()).isEmpty() ? "" : ": "
                    + String.join(", ", names.get(e.getKey()))) + ")" : "");
            a.add(severity, e.getKey(), msg);
        }
        if (m.waivers() != null) for (Map<String, Object> w : m.waivers()) a.waiver(w, r);
        return a;
    }
}
