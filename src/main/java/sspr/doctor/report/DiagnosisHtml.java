package sspr.doctor.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.i18n.Messages;

/**
 * {@code diagnose --format html} (one case, a profile's cases, or {@code --batch}): the verdict,
 * findings by code as a chart, each case's findings with their fixes and FAQ entries, the facts
 * and their sources, and the what-if proposals.
 */
public final class DiagnosisHtml {
    private DiagnosisHtml() {}

    public static String render(DiagnosisModel m) {
        Messages r = Messages.of("report", m.lang());
        Messages ui = Messages.of("ui", m.lang());
        StringBuilder out = new StringBuilder(32 * 1024 + m.cases().size() * 2048);
        Html.head(out, r.lang(), r.get("report.title.diagnose"));
        out.append("<header>\n<h1>").append(Html.esc(r.get("report.title.diagnose"))).append("</h1>\n");
        if (m.source() != null) out.append("<p class=\"muted\">").append(Html.esc(m.source())).append("</p>\n");
        out.append("<p id=\"verdict\" class=\"verdict ").append(m.verdict()).append("\" data-verdict=\"").append(m.verdict()).append("\">")
                .append(Html.esc(r.get("report.verdict." + m.verdict())));
        if (m.total() > 1 || m.kind().equals("batch")) {
            out.append("<span class=\"sub\">").append(Html.esc(r.format(m.kind().equals("batch") ? "report.batch.lines" : "report.cases", "count", Html.num(m.total()),
                    "blocked", Html.num(m.counts().getOrDefault("blocked", 0L)), "warning", Html.num(m.counts().getOrDefault("warning", 0L)),
                    "errors", Html.num(m.counts().getOrDefault("error", 0L))))).append("</span>");
        }
        out.append("</p>\n</header>\n");

        Map<String, Long> byCode = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        for (DiagnosisModel.Case c : m.cases()) {
            if (c.diagnosis() == null) continue;
            for (Finding f : c.diagnosis().findings()) {
                byCode.merge(f.code(), 1L, Long::sum);
                titles.putIfAbsent(f.code(), f.title());
            }
        }
        out.append("<section id=\"charts\">\n<h2>").append(Html.esc(r.get("report.byFinding"))).append("</h2>\n");
        if (byCode.isEmpty()) out.append("<p class=\"note\">").append(Html.esc(r.get("report.noFindings"))).append("</p>\n");
        else SvgChart.bars(out, "chart-findings", r.get("report.byFinding"), byCode, c -> titles.getOrDefault(c, c), "self");
        out.append("</section>\n");

        if (m.cases().size() > 1) casesTable(out, m, r);
        if (m.capped()) {
            out.append("<p id=\"capped\" class=\"note\">").append(Html.esc(r.format("report.capped.noFile", "shown", Html.num(m.cases().size()),
                    "count", Html.num(m.total())))).append("</p>\n");
        }
        int i = 0;
        for (DiagnosisModel.Case c : m.cases()) caseSection(out, c, i++, m.cases().size() > 1, r, ui);
        AuditHtml.waivers(out, m.waivers(), r);
        Html.tail(out, r.get("report.footer"));
        return out.toString();
    }

    private static void casesTable(StringBuilder out, DiagnosisModel m, Messages r) {
        out.append("<section id=\"cases\">\n<h2>").append(Html.esc(r.get("report.case"))).append("</h2>\n")
                .append("<input type=\"search\" id=\"cases-filter\" placeholder=\"").append(Html.esc(r.get("report.filter")))
                .append("\" aria-label=\"").append(Html.esc(r.get("report.filter"))).append("\">\n<p class=\"note\">")
                .append(Html.esc(r.get("report.shownRows"))).append(" <span id=\"cases-count\">").append(m.cases().size()).append("</span></p>\n");
        String probe = name(m.cases().get(m.cases().size() / 2), m.cases().size() / 2);
        out.append("<table id=\"users-table\" data-sortable data-filter=\"cases-filter\" data-counter=\"cases-count\" data-probe=\"")
                .append(Html.esc(probe)).append("\">\n<thead><tr><th data-sort=\"text\">").append(Html.esc(r.get("report.case")))
                .append("</th><th data-sort=\"text\">").append(Html.esc(r.get("report.verdict"))).append("</th><th data-sort=\"text\">")
                .append(Html.esc(r.get("report.findings"))).append("</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (DiagnosisModel.Case c : m.cases()) {
            out.append("<tr><td><a href=\"#case-").append(i).append("\">").append(Html.esc(name(c, i))).append("</a></td><td class=\"sev ")
                    .append(c.verdict().equals("blocked") ? "blocker" : c.verdict()).append("\">").append(Html.esc(c.verdict())).append("</td><td>");
            if (c.diagnosis() != null) {
                for (Finding f : c.diagnosis().findings()) {
                    out.append("<code>").append(Html.esc(f.code())).append("</code> ");
                    Waiver w = c.waived().get(f.code());
                    if (w != null) AuditHtml.waivedBadge(out, w, r);
                }
            } else {
                out.append(Html.esc(c.error()));
            }
            out.append("</td></tr>\n");
            i++;
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String name(DiagnosisModel.Case c, int i) {
        if (c.name() != null) return c.name();
        if (c.line() != null) return "#" + c.line();
        return "#" + (i + 1);
    }

    private static void caseSection(StringBuilder out, DiagnosisModel.Case c, int i, boolean multi, Messages r, Messages ui) {
        out.append("<section class=\"case\" id=\"case-").append(i).append("\">\n");
        if (multi) out.append("<h2>").append(Html.esc(name(c, i))).append(" <span class=\"sev ").append(c.verdict().equals("blocked") ? "blocker" : c.verdict())
                .append("\">").append(Html.esc(c.verdict())).append("</span></h2>\n");
        if (c.error() != null) {
            out.append("<p class=\"sev blocker\">").append(Html.esc(r.format("report.batch.error", "line", c.line()))).append(": ")
                    .append(Html.esc(c.error())).append("</p>\n</section>\n");
            return;
        }
        out.append("<h3>").append(Html.esc(r.get("report.findings"))).append("</h3>\n");
        if (c.diagnosis().findings().isEmpty()) out.append("<p class=\"note\">").append(Html.esc(ui.get("verdict.nothing"))).append("</p>\n");
        java.util.Set<String> notesShown = new java.util.HashSet<>(); // a note once per case, as in text
        for (Finding f : c.diagnosis().findings()) {
            out.append("<div class=\"finding\" data-code=\"").append(Html.esc(f.code())).append("\"><h3><span class=\"sev ").append(f.severity().name())
                    .append("\">").append(Html.esc(ui.get("severity." + f.severity().name()))).append("</span> ").append(Html.esc(f.title()))
                    .append(" <code>").append(Html.esc(f.code())).append("</code>");
            Waiver w = c.waived().get(f.code());
            if (w != null) AuditHtml.waivedBadge(out, w, r);
            out.append("</h3>\n<p>").append(Html.esc(f.detail())).append("</p>\n");
            if (w != null) out.append("<p class=\"note\">").append(Html.esc(r.format("report.annotation.waived", "rationale", w.rationale(),
                    "expires", w.expires(), "owner", w.owner()))).append("</p>\n");
            if (!f.fix().isEmpty()) {
                out.append("<strong>").append(Html.esc(r.get("report.fix"))).append("</strong><ol>");
                for (String x : f.fix()) out.append("<li>").append(Html.esc(x)).append("</li>");
                out.append("</ol>\n");
            }
            for (Finding.FaqRef q : f.faq()) {
                out.append("<p class=\"muted\">").append(Html.esc(ui.get("diagnose.faq"))).append(' ').append(Html.esc(q.question()))
                        .append(" <code>sspr-doctor faq show ").append(Html.esc(q.article() + "/" + q.entry())).append("</code></p>\n");
                for (Finding.Note n : q.notes()) {
                    if (!notesShown.add(n.text())) continue;
                    out.append("<p class=\"note\"><strong>").append(Html.esc(ui.get("faq.note.label"))).append("</strong> ").append(Html.esc(n.text()))
                            .append(" (").append(Html.esc(n.shortSource())).append(")</p>\n");
                }
            }
            for (String link : f.links()) {
                String safe = link.startsWith("https://") ? link : null;
                if (safe != null) out.append("<p><a href=\"").append(Html.esc(safe)).append("\" rel=\"noreferrer\">").append(Html.esc(link)).append("</a></p>\n");
            }
            out.append("</div>\n");
        }
        facts(out, c, r);
        whatIf(out, c, r);
        out.append("</section>\n");
    }

    private static void facts(StringBuilder out, DiagnosisModel.Case c, Messages r) {
        out.append("<details class=\"facts\"><summary>").append(Html.esc(r.get("report.facts"))).append("</summary>\n<table>\n<thead><tr><th>")
                .append(Html.esc(r.get("report.fact"))).append("</th><th>").append(Html.esc(r.get("report.value"))).append("</th><th>")
                .append(Html.esc(r.get("report.source"))).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Object> e : c.input().entrySet()) {
            if (e.getKey().equals("sources")) continue;
            Object v = e.getValue();
            String shown = v == null ? r.get("report.unknown") : v instanceof List<?> l ? (l.isEmpty() ? "[]" : String.join(", ", l.stream().map(String::valueOf).toList())) : String.valueOf(v);
            Object source = c.sources() == null ? null : c.sources().get(e.getKey());
            String where = source instanceof Map<?, ?> s ? String.valueOf(s.get("file") != null ? s.get("file") + (s.get("path") != null ? " " + s.get("path") : "")
                    : s.get("request") != null ? s.get("request") : s.values().iterator().next()) : source == null ? "" : String.valueOf(source);
            out.append("<tr><td><code>").append(Html.esc(e.getKey())).append("</code></td><td>").append(Html.esc(shown)).append("</td><td>")
                    .append(Html.esc(where)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    private static void whatIf(StringBuilder out, DiagnosisModel.Case c, Messages r) {
        if (c.whatIf() == null) return;
        out.append("<h3>").append(Html.esc(r.get("report.whatIf"))).append("</h3>\n");
        if (!c.onlyPaths().isEmpty()) {
            out.append("<ul class=\"only-paths\">");
            for (DiagnosisModel.OnlyPath o : c.onlyPaths()) {
                out.append("<li><strong>").append(Html.esc(r.get("report.whatIf.only"))).append("</strong> <code>").append(Html.esc(o.code()))
                        .append("</code>: ").append(Html.esc(o.path())).append("</li>");
            }
            out.append("</ul>\n");
        }
        if (c.whatIf().isEmpty() && c.onlyPaths().isEmpty() && c.diagnosis().verdict().equals("blocked")) {
            out.append("<p class=\"note\">").append(Html.esc(r.get("report.whatIf.none"))).append("</p>\n");
        }
        if (!c.whatIf().isEmpty()) {
            out.append("<ol class=\"what-if\">");
            for (DiagnosisModel.Proposal p : c.whatIf()) {
                out.append("<li>").append(Html.esc(String.join(" + ", p.changes()))).append(" → <span class=\"sev ")
                        .append(p.verdict().equals("ok") ? "info" : "warning").append("\">").append(Html.esc(Messages.of("ui", r.lang()).get("whatif.verdict." + p.verdict()))).append("</span><br><code>")
                        .append(Html.esc(p.command())).append("</code></li>");
            }
            out.append("</ol>\n");
        }
    }
}
