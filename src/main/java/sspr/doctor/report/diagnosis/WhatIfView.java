package sspr.doctor.report.diagnosis;

import sspr.doctor.report.ReportContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.i18n.Messages;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;
import sspr.doctor.whatif.Change;
import sspr.doctor.whatif.EquivalentCommand;
import sspr.doctor.whatif.WhatIf;

/**
 * {@code diagnose --what-if}: the proposals of {@link WhatIf} for each diagnosis, as a text section
 * after the findings or as the {@code whatIf} and {@code whatIfOnlyPaths} keys of the JSON/YAML object.
 */
public final class WhatIfView {
    private final ReportContext ctx;
    private final WhatIf whatIf;
    private final List<String> leading;
    private final Map<Diagnosis, WhatIf.Result> results = new IdentityHashMap<>();
    private Messages terms;

    /** @param leading options every proposed command repeats before the facts (--rules FILE) */
    public WhatIfView(ReportContext ctx, WhatIf whatIf, List<String> leading) {
        this.ctx = ctx;
        this.whatIf = whatIf;
        this.leading = leading;
    }

    private WhatIf.Result result(Diagnosis d) {
        return results.computeIfAbsent(d, x -> whatIf.search(x.input()));
    }

    /** The JSON {@code whatIf} list: changes, verdict after them, and the command that shows it. */
    public List<Object> proposals(Diagnosis d) {
        List<Object> out = new ArrayList<>();
        for (WhatIf.Proposal p : result(d).proposals()) {
            List<Object> changes = new ArrayList<>();
            for (Change c : p.changes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("fact", c.fact());
                m.put("from", c.from());
                m.put("to", c.to());
                changes.add(m);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("changes", changes);
            m.put("verdict", p.verdict());
            m.put("command", EquivalentCommand.of(p.input(), leading));
            out.add(m);
        }
        return out;
    }

    /** The JSON {@code whatIfOnlyPaths} list: each blocker nothing here can lift, the facts that pin it, and the only path. */
    public List<Object> onlyPaths(Diagnosis d) {
        List<Object> out = new ArrayList<>();
        for (WhatIf.OnlyPath o : result(d).onlyPaths()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", o.code());
            m.put("facts", o.facts());
            m.put("path", path(o, d));
            out.add(m);
        }
        return out;
    }

    /** The proposals for the HTML and Markdown reports: each change worded in the user's language. */
    public List<sspr.doctor.report.DiagnosisModel.Proposal> reportProposals(Diagnosis d) {
        List<sspr.doctor.report.DiagnosisModel.Proposal> out = new ArrayList<>();
        for (WhatIf.Proposal p : result(d).proposals()) {
            List<String> changes = new ArrayList<>();
            for (Change c : p.changes()) changes.add(describe(c));
            out.add(new sspr.doctor.report.DiagnosisModel.Proposal(changes, p.verdict(), EquivalentCommand.of(p.input(), leading)));
        }
        return out;
    }

    public List<sspr.doctor.report.DiagnosisModel.OnlyPath> reportOnlyPaths(Diagnosis d) {
        List<sspr.doctor.report.DiagnosisModel.OnlyPath> out = new ArrayList<>();
        for (WhatIf.OnlyPath o : result(d).onlyPaths()) out.add(new sspr.doctor.report.DiagnosisModel.OnlyPath(o.code(), path(o, d)));
        return out;
    }

    public void text(Diagnosis d, StringBuilder out) {
        WhatIf.Result r = result(d);
        sspr.doctor.report.Style style = ctx.style();
        int width = ctx.width();
        out.append('\n').append(style.bold(ctx.t("whatif.heading"))).append('\n');
        if (!r.blocked()) {
            wrapped(ctx.t("whatif.none"), "  ", "  ", width, out);
            return;
        }
        if (!r.onlyPaths().isEmpty()) {
            wrapped(ctx.t("whatif.only.heading"), "  ", "  ", width, out);
            int codeWidth = 0;
            for (WhatIf.OnlyPath o : r.onlyPaths()) codeWidth = Math.max(codeWidth, DisplayWidth.of(o.code()));
            String indent = " ".repeat(4 + codeWidth + 2);
            for (WhatIf.OnlyPath o : r.onlyPaths()) {
                List<String> lines = TextWrapper.wrap(path(o, d), Math.max(30, width - DisplayWidth.of(indent)));
                out.append("  ").append(style.severity("blocker", "✗")).append(' ').append(style.dim(DisplayWidth.padRight(o.code(), codeWidth)))
                        .append("  ").append(lines.get(0)).append('\n');
                for (int i = 1; i < lines.size(); i++) out.append(indent).append(lines.get(i)).append('\n');
            }
            return;
        }
        if (r.proposals().isEmpty()) {
            wrapped(ctx.t("whatif.beyond", "count", WhatIf.MAX_CHANGES), "  ", "  ", width, out);
            return;
        }
        wrapped(ctx.t("whatif.checked"), "  ", "  ", width, out);
        int numberWidth = String.valueOf(r.proposals().size()).length() + 2;
        String indent = " ".repeat(2 + numberWidth);
        for (int i = 0; i < r.proposals().size(); i++) {
            WhatIf.Proposal p = r.proposals().get(i);
            String number = DisplayWidth.padRight((i + 1) + ".", numberWidth);
            for (int j = 0; j < p.changes().size(); j++) {
                String first = j == 0 ? "  " + number : indent.substring(2) + "+ ";
                wrapped(describe(p.changes().get(j)), first, indent, width, out);
            }
            String mark = p.verdict().equals("ok") ? "✓" : "!";
            List<String> verdict = TextWrapper.wrap("→ " + mark + " " + ctx.t("whatif.verdict." + p.verdict()), Math.max(20, width - indent.length()));
            for (int k = 0; k < verdict.size(); k++) {
                out.append(indent).append(k == 0 ? "" : "    ").append(style.severity(p.verdict(), verdict.get(k))).append('\n');
            }
            // the command is one line whatever the width, so that it can be copied
            out.append(indent).append(style.dim(EquivalentCommand.of(p.input(), leading))).append('\n');
        }
    }

    private static void wrapped(String text, String first, String rest, int width, StringBuilder out) {
        List<String> lines = TextWrapper.wrap(text, Math.max(30, width - DisplayWidth.of(rest)));
        for (int i = 0; i < lines.size(); i++) out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }

    /** One change in words, in the language of the output. */
    @SuppressWarnings("unchecked")
    public String describe(Change c) {
        switch (c.fact()) {
            case "roles": {
                List<String> to = (List<String>) c.to();
                return ctx.t("whatif.change.roles", "role", roleName(to.get(to.size() - 1)));
            }
            case "targetRoles": {
                List<String> removed = new ArrayList<>((List<String>) c.from());
                removed.removeAll((List<String>) c.to());
                List<String> names = new ArrayList<>();
                for (String alias : removed) names.add(roleName(alias));
                return ctx.t("whatif.change.targetRoles", "roles", String.join(terms().get("role-list.separator"), names));
            }
            case "licenses": {
                List<String> to = (List<String>) c.to();
                String part = to.get(to.size() - 1);
                Sku s = Catalogs.skus().resolve(part).value();
                return ctx.t("whatif.change.licenses", "product", s == null ? part : s.productName(), "part", part);
            }
            case "portal":
                return ctx.t("whatif.change.portal", "portal", terms().get("portal." + c.to()));
            case "roleScope":
            case "ssprScope":
                return ctx.t("whatif.change." + c.fact() + "." + c.to());
            default:
                return ctx.t("whatif.change." + c.fact());
        }
    }

    private String path(WhatIf.OnlyPath o, Diagnosis d) {
        if (o.facts().contains("error")) return ctx.t("whatif.only.error", "error", d.input().error);
        String key = "whatif.only." + o.code();
        return ctx.has(key) ? ctx.t(key) : ctx.t("whatif.only.other");
    }

    private Messages terms() {
        if (terms == null) terms = Messages.of("terms", ctx.lang());
        return terms;
    }

    private String roleName(String alias) {
        return Catalogs.roles().displayName(alias, ctx.lang());
    }
}
