package sspr.doctor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.i18n.Messages;

/**
 * {@code audit --format html}: the verdict, the counts, a chart of findings by code (self-service,
 * and admin reset with an actor), the users in a sortable, filterable table linking each code to its
 * fix, the fixes, the facts and their sources, changes since a baseline, waivers and the snapshot's manifest.
 */
public final class AuditHtml {
    private AuditHtml() {}

    public static String render(AuditModel m) {
        Messages ui = Messages.of("ui", m.lang());
        Messages r = Messages.of("report", m.lang());
        FindingTexts t = m.texts();
        StringBuilder out = new StringBuilder(64 * 1024 + m.rows().size() * 300);
        Html.head(out, ui.lang(), r.get("report.title.audit"));
        out.append("<header>\n<h1>").append(Html.esc(r.get("report.title.audit"))).append("</h1>\n");
        if (m.source() != null) out.append("<p class=\"muted\">").append(Html.esc(m.source())).append("</p>\n");
        String verdict = m.verdict();
        out.append("<p id=\"verdict\" class=\"verdict ").append(verdict).append("\" data-verdict=\"").append(verdict).append("\">");
        if (m.count("cannotReset") > 0) {
            out.append(Html.esc(r.format("report.audit.cannotReset", "count", Html.num(m.count("cannotReset")), "total", Html.num(m.count("total")))));
        } else {
            out.append(Html.esc(r.format("report.audit.allCanReset", "total", Html.num(m.count("total")))));
        }
        if (m.adminReset() != null) {
            out.append("<span class=\"sub\">").append(Html.esc(r.format("report.audit.cannotBeReset", "count", Html.num(m.cannotBeResetByActor()),
                    "total", Html.num(((Number) m.adminReset().get("total")).longValue()), "actor", m.actor()))).append("</span>");
        }
        out.append("</p>\n</header>\n");

        // counts
        out.append("<section id=\"counts\">\n<h2>").append(Html.esc(ui.get("audit.summary"))).append("</h2>\n<table class=\"counts\">\n");
        for (String k : List.of("total", "ssprRegistered", "ssprEnabled", "ssprCapable", "admins", "adminsNotSsprCapable", "guests", "cannotReset")) {
            countRow(out, k, ui.get("audit." + k), m.count(k));
        }
        if (m.adminReset() != null) countRow(out, "cannotBeResetByActor", ui.format("audit.cannotBeResetByActor"), m.cannotBeResetByActor());
        Object excluded = m.summary().get("excluded");
        if (excluded instanceof Map<?, ?> ex) {
            for (Map.Entry<?, ?> e : ex.entrySet()) {
                String key = String.valueOf(e.getKey());
                String label = key.equals("total") ? r.get("report.excluded") : r.get("report.excluded") + ": " + key;
                countRow(out, "excluded." + key, label, ((Number) e.getValue()).longValue());
            }
        }
        out.append("</table>\n</section>\n");

        // charts
        out.append("<section id=\"charts\">\n<h2>").append(Html.esc(r.get("report.byFinding"))).append("</h2>\n");
        if (m.byFinding().isEmpty()) out.append("<p class=\"note\">").append(Html.esc(r.get("report.noFindings"))).append("</p>\n");
        else SvgChart.bars(out, "chart-self", r.get("report.chart.self"), m.byFinding(), t::title, "self");
        if (m.adminReset() != null) {
            out.append("<h3>").append(Html.esc(ui.format("audit.adminReset", "actor", m.actor()))).append("</h3>\n");
            if (m.adminByFinding().isEmpty()) out.append("<p class=\"note\">").append(Html.esc(r.get("report.noFindings"))).append("</p>\n");
            else SvgChart.bars(out, "chart-admin", r.get("report.chart.admin"), m.adminByFinding(), t::title, "admin");
        }
        out.append("</section>\n");

        usersTable(out, m, ui, r, t);
        fixes(out, m, r, t);
        facts(out, m.facts(), r);
        changes(out, m.changes(), r, t);
        waivers(out, m.waivers(), r);
        manifest(out, m.manifest(), r);
        Html.tail(out, r.get("report.footer"));
        return out.toString();
    }

    private static void countRow(StringBuilder out, String key, String label, long n) {
        out.append("<tr data-key=\"").append(Html.esc(key)).append("\"><th>").append(Html.esc(label)).append("</th><td class=\"n\">")
                .append(Html.num(n)).append("</td></tr>\n");
    }

    private static void usersTable(StringBuilder out, AuditModel m, Messages ui, Messages r, FindingTexts t) {
        out.append("<section id=\"users\">\n<h2>").append(Html.esc(r.get("report.users"))).append("</h2>\n");
        if (m.rows().isEmpty()) {
            out.append("<p class=\"note\">").append(Html.esc(r.get("report.noUsers"))).append("</p>\n</section>\n");
            return;
        }
        if (m.capped()) {
            String note = m.fullList() != null
                    ? r.format("report.capped", "shown", Html.num(m.rows().size()), "count", Html.num(m.listed()), "file", m.fullList())
                    : r.format("report.capped.noFile", "shown", Html.num(m.rows().size()), "count", Html.num(m.listed()));
            out.append("<p id=\"capped\" class=\"note\">").append(Html.esc(note)).append("</p>\n");
        }
        boolean admin = m.adminReset() != null;
        boolean waivers = m.waivers() != null;
        out.append("<input type=\"search\" id=\"users-filter\" placeholder=\"").append(Html.esc(r.get("report.filter"))).append("\" aria-label=\"")
                .append(Html.esc(r.get("report.filter"))).append("\">\n<p class=\"note\">").append(Html.esc(r.get("report.shownRows")))
                .append(" <span id=\"users-count\">").append(m.rows().size()).append("</span></p>\n");
        String probe = m.rows().get(m.rows().size() / 2).name();
        out.append("<table id=\"users-table\" data-sortable data-filter=\"users-filter\" data-counter=\"users-count\" data-probe=\"")
                .append(Html.esc(probe == null ? "" : probe)).append("\">\n<thead><tr><th data-sort=\"text\">").append(Html.esc(r.get("report.col.user")))
                .append("</th><th data-sort=\"text\">").append(Html.esc(r.get("report.col.admin"))).append("</th><th data-sort=\"text\">")
                .append(Html.esc(r.get("report.col.selfService"))).append("</th>");
        if (admin) out.append("<th data-sort=\"text\">").append(Html.esc(r.get("report.col.adminReset"))).append("</th>");
        out.append("<th>").append(Html.esc(r.get("report.col.fix"))).append("</th></tr></thead>\n<tbody>\n");
        String yes = r.get("report.yes"), no = r.get("report.no");
        for (AuditRow row : m.rows()) {
            out.append("<tr><td>").append(Html.esc(row.name())).append("</td><td>").append(row.admin() ? yes : no).append("</td><td>");
            codes(out, row.selfService(), "", row, r);
            out.append("</td>");
            if (admin) {
                out.append("<td>");
                codes(out, row.adminReset(), "admin-reset:", row, r);
                out.append("</td>");
            }
            out.append("<td>");
            Set<String> all = new LinkedHashSet<>(row.selfService());
            all.addAll(row.adminReset());
            boolean first = true;
            for (String c : all) {
                if (!first) out.append("; ");
                first = false;
                out.append("<a href=\"#fix-").append(Html.id(c)).append("\">").append(Html.esc(t.title(c))).append("</a>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void codes(StringBuilder out, List<String> codes, String prefix, AuditRow row, Messages r) {
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) out.append(' ');
            out.append("<code>").append(Html.esc(codes.get(i))).append("</code>");
            Waiver w = row.waived().get(prefix + codes.get(i));
            if (w != null) waivedBadge(out, w, r);
        }
    }

    static void waivedBadge(StringBuilder out, Waiver w, Messages r) {
        boolean expired = w.expiredOn(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        out.append("<span class=\"waived").append(expired ? " expired" : "").append("\" title=\"")
                .append(Html.esc(w.rationale() + " — " + w.owner() + ", " + w.expires())).append("\">")
                .append(Html.esc(expired ? r.format("report.waived.expired", "date", w.expires()) : r.get("report.waived"))).append("</span>");
    }

    private static void fixes(StringBuilder out, AuditModel m, Messages r, FindingTexts t) {
        Set<String> codes = new LinkedHashSet<>(m.byFinding().keySet());
        codes.addAll(m.adminByFinding().keySet());
        if (codes.isEmpty()) return;
        out.append("<section id=\"fixes\">\n<h2>").append(Html.esc(r.get("report.fixes"))).append("</h2>\n");
        for (String c : codes) finding(out, c, t, r);
        out.append("</section>\n");
    }

    static void finding(StringBuilder out, String code, FindingTexts t, Messages r) {
        out.append("<div class=\"finding\" id=\"fix-").append(Html.id(code)).append("\"><h3>").append(Html.esc(t.title(code)))
                .append(" <code>").append(Html.esc(code)).append("</code></h3>\n");
        String detail = t.detail(code);
        if (!detail.isEmpty()) out.append("<p>").append(Html.esc(detail)).append("</p>\n");
        List<String> fix = t.fix(code);
        if (!fix.isEmpty()) {
            out.append("<strong>").append(Html.esc(r.get("report.fix"))).append("</strong><ol>");
            for (String f : fix) out.append("<li>").append(Html.esc(f)).append("</li>");
            out.append("</ol>\n");
        }
        out.append("</div>\n");
    }

    /** The facts and their sources: what held for the whole tenant and who said so, and which files each user's facts came from. */
    private static void facts(StringBuilder out, List<AuditModel.Fact> facts, Messages r) {
        if (facts == null || facts.isEmpty()) return;
        out.append("<section id=\"facts\">\n<h2>").append(Html.esc(r.get("report.facts"))).append("</h2>\n<p class=\"note\">")
                .append(Html.esc(r.get("report.facts.audit"))).append("</p>\n<table id=\"facts-table\">\n<thead><tr><th>")
                .append(Html.esc(r.get("report.fact"))).append("</th><th>").append(Html.esc(r.get("report.value"))).append("</th><th>")
                .append(Html.esc(r.get("report.source"))).append("</th></tr></thead>\n<tbody>\n");
        for (AuditModel.Fact f : facts) {
            Object v = f.value();
            String shown = f.perUser() ? r.get("report.facts.perUser") : v == null ? r.get("report.unknown")
                    : v instanceof List<?> l ? (l.isEmpty() ? "[]" : String.join(", ", l.stream().map(String::valueOf).toList())) : String.valueOf(v);
            String state = f.perUser() ? "per-user" : v == null ? "unknown" : "given";
            out.append("<tr data-fact=\"").append(Html.esc(f.fact())).append("\" data-state=\"").append(state).append("\"><td><code>")
                    .append(Html.esc(f.fact())).append("</code></td><td>").append(Html.esc(shown)).append("</td><td>")
                    .append(Html.esc(f.source() == null ? "" : f.source())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    @SuppressWarnings("unchecked")
    private static void changes(StringBuilder out, Map<String, Object> changes, Messages r, FindingTexts t) {
        if (changes == null) return;
        out.append("<section id=\"changes\">\n<h2>").append(Html.esc(r.get("report.changes"))).append("</h2>\n<table class=\"counts\">\n");
        for (String kind : List.of("new", "fixed", "unchanged")) {
            Map<String, Object> c = (Map<String, Object>) changes.get(kind);
            out.append("<tr data-key=\"changes.").append(kind).append("\"><th>").append(Html.esc(r.get("report.changes." + kind)))
                    .append("</th><td class=\"n\">").append(Html.num(((Number) c.get("count")).longValue())).append("</td><td>");
            Map<String, Long> by = (Map<String, Long>) c.get("byFinding");
            List<String> parts = new ArrayList<>();
            by.forEach((code, n) -> parts.add(code + " " + Html.num(n)));
            out.append(Html.esc(String.join(", ", parts))).append("</td></tr>\n");
        }
        out.append("</table>\n");
        List<Map<String, Object>> added = (List<Map<String, Object>>) ((Map<String, Object>) changes.get("new")).get("users");
        if (!added.isEmpty()) {
            out.append("<h3>").append(Html.esc(r.get("report.changes.new"))).append("</h3>\n<ul id=\"changes-new\">");
            for (Map<String, Object> u : added) {
                Object name = u.get("userPrincipalName") != null ? u.get("userPrincipalName") : u.get("id");
                out.append("<li>").append(Html.esc(name)).append(" — <code>").append(Html.esc(String.join(" ", (List<String>) u.get("findings")))).append("</code></li>");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    static void waivers(StringBuilder out, List<Map<String, Object>> waivers, Messages r) {
        if (waivers == null) return;
        out.append("<section id=\"waivers\">\n<h2>").append(Html.esc(r.get("report.waivers"))).append("</h2>\n");
        if (waivers.isEmpty()) {
            out.append("<p class=\"note\">").append(Html.esc(r.get("report.waivers.allUsed"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table id=\"waivers-table\">\n<thead><tr><th>").append(Html.esc(r.get("report.waiver.status"))).append("</th><th>")
                .append(Html.esc(r.get("report.waiver.code"))).append("</th><th>").append(Html.esc(r.get("report.waiver.rationale")))
                .append("</th><th>").append(Html.esc(r.get("report.waiver.expires"))).append("</th><th>").append(Html.esc(r.get("report.waiver.owner")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map<String, Object> w : waivers) {
            out.append("<tr data-status=\"").append(Html.esc(w.get("status"))).append("\"><td>").append(Html.esc(r.get("report.waiver." + w.get("status"))))
                    .append("</td><td><code>").append(Html.esc(w.get("code"))).append("</code>")
                    .append(w.get("user") != null ? " " + Html.esc(w.get("user")) : "").append(w.get("case") != null ? " " + Html.esc(w.get("case")) : "")
                    .append("</td><td>").append(Html.esc(w.get("rationale"))).append("</td><td>").append(Html.esc(w.get("expires")))
                    .append("</td><td>").append(Html.esc(w.get("owner"))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    @SuppressWarnings("unchecked")
    static void manifest(StringBuilder out, Map<String, Object> manifest, Messages r) {
        if (manifest == null) return;
        out.append("<section id=\"manifest\">\n<h2>").append(Html.esc(r.get("report.manifest"))).append("</h2>\n<p>");
        for (String k : List.of("tenantId", "fetchedAt")) {
            if (manifest.get(k) != null) out.append(Html.esc(k)).append(": <code>").append(Html.esc(manifest.get(k))).append("</code> ");
        }
        out.append("</p>\n");
        if (manifest.get("collections") instanceof Map<?, ?> cols) {
            out.append("<table>\n<thead><tr><th>").append(Html.esc(r.get("report.manifest.collection"))).append("</th><th>")
                    .append(Html.esc(r.get("report.manifest.status"))).append("</th><th>").append(Html.esc(r.get("report.manifest.count")))
                    .append("</th><th>").append(Html.esc(r.get("report.manifest.error"))).append("</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<?, ?> e : cols.entrySet()) {
                Map<String, Object> c = e.getValue() instanceof Map<?, ?> mm ? (Map<String, Object>) mm : new LinkedHashMap<>();
                out.append("<tr><td>").append(Html.esc(e.getKey())).append("</td><td>").append(Html.esc(c.get("status"))).append("</td><td class=\"n\">")
                        .append(Html.esc(c.get("count"))).append("</td><td>").append(Html.esc(c.get("error"))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }
}
