package sspr.doctor.report.diagnosis;

import sspr.doctor.report.ReportContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;

/** Renders diagnoses: doctor-style text for people, stable trees for JSON/YAML. */
public final class DiagnosisView {
    private final ReportContext ctx;
    private final boolean trace;

    /** Where each fact came from when read from a tenant snapshot (JSON input.sources), or null. */
    private Map<String, Object> sources;

    public DiagnosisView(ReportContext ctx, boolean trace) {
        this.ctx = ctx;
        this.trace = trace;
    }

    public DiagnosisView sources(Map<String, Object> sources) {
        this.sources = sources;
        return this;
    }

    /** The user's password events from the audit log, or null when none were read. */
    private List<Map<String, Object>> evidence;

    public DiagnosisView evidence(List<Map<String, Object>> evidence) {
        this.evidence = evidence;
        return this;
    }

    /** With --what-if: what would unblock each diagnosis, or null. */
    private WhatIfView whatIf;

    public DiagnosisView whatIf(WhatIfView whatIf) {
        this.whatIf = whatIf;
        return this;
    }

    /** With --brief: one line per finding in text output. */
    private boolean brief;

    public DiagnosisView brief(boolean brief) {
        this.brief = brief;
        return this;
    }

    /** With --waivers: the waivers that mark findings "waived" (JSON "waived", a line in text), or null. */
    private sspr.doctor.report.Waivers waivers;

    public DiagnosisView waivers(sspr.doctor.report.Waivers waivers) {
        this.waivers = waivers;
        return this;
    }

    private sspr.doctor.report.Waiver waiver(Finding f, String caseName) {
        return waivers == null ? null : waivers.find(f.code(), null, null, caseName);
    }

    private Map<String, Object> input(Diagnosis d) {
        Map<String, Object> input = d.input().toMap();
        if (sources != null) input.put("sources", complete(input, sources));
        return input;
    }

    /**
     * input.sources names a place or says "unknown" for every fact of the input: a fact neither the
     * snapshot nor an option gave (lockedOut, portal…) is "unknown". The scenario is the question asked, not a fact read.
     */
    private static Map<String, Object> complete(Map<String, Object> input, Map<String, Object> sources) {
        Map<String, Object> out = new LinkedHashMap<>(sources);
        for (String key : input.keySet()) {
            if (key.equals("sources") || key.equals("scenario")) continue;
            out.putIfAbsent(key, sspr.doctor.tenant.SnapshotFacts.UNKNOWN);
        }
        return out;
    }

    public Map<String, Object> tree(Diagnosis d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", 1);
        root.put("lang", d.lang());
        root.put("input", input(d));
        root.put("verdict", d.verdict());
        root.put("findings", findings(d, null));
        if (evidence != null) root.put("evidence", evidence);
        whatIfTree(d, root);
        if (trace) root.put("trace", traceTree(d));
        if (waivers != null) root.put("waivers", waivers.report());
        return root;
    }

    public Map<String, Object> casesTree(List<String> names, List<Diagnosis> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", 1);
        root.put("lang", results.get(0).lang());
        List<Finding> all = new ArrayList<>();
        for (Diagnosis d : results) all.addAll(d.findings());
        root.put("verdict", Diagnosis.verdictOf(all));
        // built as the writer reaches each case, so a profile's thousands of cases never exist as trees at once;
        // with waivers, built now: which waivers were used must be known before the tree is written
        List<Object> lazy = new java.util.AbstractList<>() {
            @Override
            public Object get(int i) {
                Diagnosis d = results.get(i);
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", names.get(i));
                c.put("input", input(d));
                c.put("verdict", d.verdict());
                c.put("findings", findings(d, names.get(i)));
                if (evidence != null) c.put("evidence", evidence);
                whatIfTree(d, c);
                if (trace) c.put("trace", traceTree(d));
                return c;
            }

            @Override
            public int size() {
                return results.size();
            }
        };
        List<Object> cases = waivers == null ? lazy : new ArrayList<>(lazy);
        root.put("cases", cases);
        if (waivers != null) root.put("waivers", waivers.report());
        return root;
    }

    private void whatIfTree(Diagnosis d, Map<String, Object> into) {
        if (whatIf == null) return;
        into.put("whatIf", whatIf.proposals(d));
        into.put("whatIfOnlyPaths", whatIf.onlyPaths(d));
    }

    private List<Object> findings(Diagnosis d, String caseName) {
        List<Object> out = new ArrayList<>();
        for (Finding f : d.findings()) out.add(finding(f, caseName));
        return out;
    }

    /**
     * {@link #tree}'s JSON without the opening brace, the same characters as {@code JsonLine.append(tree(d))}
     * (BatchLinesTest compares them): each finding's object is written once and kept, so a batch of different
     * users, whose answers share their findings, pays for the input and a copy of each finding only.
     */
    void jsonBody(Diagnosis d, BatchLines.Out out) {
        StringBuilder b = out.scratch();
        if (out instanceof BatchLines.Pieces pieces && sources == null) {
            // UTF-8 pieces: the varying part written as bytes straight away (no builder, string and encoding per line)
            sspr.doctor.io.JsonLineBytes w = pieces.writer().clear().raw(SCHEMA_LANG).string(d.lang()).raw(INPUT);
            inputJson(d.input(), w);
            pieces.add(w.raw(VERDICT).string(d.verdict()).raw(FINDINGS).toArray());
        } else {
            b.append("\"schemaVersion\":1,\"lang\":");
            sspr.doctor.io.JsonLine.string(b, d.lang());
            b.append(",\"input\":");
            if (sources == null) inputJson(d.input(), b);
            else sspr.doctor.io.JsonLine.append(b, input(d));
            b.append(",\"verdict\":");
            sspr.doctor.io.JsonLine.string(b, d.verdict());
            b.append(",\"findings\":[");
            out.add(b);
        }
        boolean first = true;
        for (Finding f : d.findings()) {
            if (!first) out.add(',');
            first = false;
            out.add(waivers == null ? fragment(f) : new BatchLines.Fragment(BatchLines.json(finding(f, null))));
        }
        out.add(']');
        if (evidence == null && whatIf == null && !trace && waivers == null) {
            // the usual batch: nothing after the findings
            out.add('}');
            return;
        }
        Map<String, Object> rest = new LinkedHashMap<>();
        if (evidence != null) rest.put("evidence", evidence);
        whatIfTree(d, rest);
        if (trace) rest.put("trace", traceTree(d));
        if (waivers != null) rest.put("waivers", waivers.report());
        for (Map.Entry<String, Object> e : rest.entrySet()) {
            b.setLength(0);
            b.append(',');
            sspr.doctor.io.JsonLine.string(b, e.getKey());
            b.append(':');
            sspr.doctor.io.JsonLine.append(b, e.getValue());
            out.add(b);
        }
        out.add('}');
    }

    /**
     * Findings' JSON objects as written, by finding instance (findings repeat across users far more than
     * facts do): the diagnoser hands back the same instance for the same rule and wording, and keeps the
     * ones most recently used; an equal finding made anew is only written again.
     */
    private final Map<Finding, BatchLines.Fragment> fragments = new java.util.IdentityHashMap<>();

    /**
     * {@link DiagnosisInput#toMap}'s JSON without the map: the keys in its order, each value as JsonLine
     * writes it (BatchBodyTest compares the two; a fact added there must be added here).
     */
    private static void inputJson(sspr.doctor.diagnosis.DiagnosisInput in, StringBuilder b) {
        b.append("{\"scenario\":"); value(b, in.scenario);
        b.append(",\"roles\":"); value(b, in.roles);
        b.append(",\"roleScope\":"); value(b, in.roleScope);
        b.append(",\"roleNotActivated\":").append(in.roleNotActivated);
        b.append(",\"targetRoles\":"); value(b, in.targetRoles);
        b.append(",\"targetInRoleAssignableGroup\":").append(in.targetInRoleAssignableGroup);
        b.append(",\"targetInRestrictedAu\":").append(in.targetInRestrictedAu);
        b.append(",\"targetMemberOfRestrictedAu\":").append(in.targetMemberOfRestrictedAu);
        b.append(",\"licenses\":"); value(b, in.licenses);
        b.append(",\"hybrid\":").append(in.hybrid);
        b.append(",\"writeback\":").append(in.writeback);
        b.append(",\"federated\":").append(in.federated);
        b.append(",\"onpremProtected\":").append(in.onpremProtected);
        b.append(",\"syncEngine\":"); value(b, in.syncEngine);
        b.append(",\"portal\":"); value(b, in.effectivePortal());
        b.append(",\"symptoms\":"); value(b, in.symptoms);
        b.append(",\"lockedOut\":").append(in.lockedOut);
        b.append(",\"signInBlocked\":").append(in.signInBlocked);
        b.append(",\"throttled\":").append(in.throttled);
        b.append(",\"adminSsprDisabled\":").append(in.adminSsprDisabled);
        b.append(",\"ssprScope\":"); value(b, in.ssprScope);
        b.append(",\"inSsprGroup\":").append(in.inSsprGroup);
        b.append(",\"registered\":").append(in.registered);
        b.append(",\"guest\":").append(in.guest);
        b.append(",\"error\":"); value(b, in.error);
        b.append(",\"targetInActorUnit\":").append(in.targetInActorUnit);
        b.append('}');
    }

    private static final byte[] SCHEMA_LANG = sspr.doctor.io.JsonLineBytes.ascii("\"schemaVersion\":1,\"lang\":");
    private static final byte[] INPUT = sspr.doctor.io.JsonLineBytes.ascii(",\"input\":");
    private static final byte[] VERDICT = sspr.doctor.io.JsonLineBytes.ascii(",\"verdict\":");
    private static final byte[] FINDINGS = sspr.doctor.io.JsonLineBytes.ascii(",\"findings\":[");

    /** The keys of {@link #inputJson}, each with the punctuation before it, as bytes. */
    private static final byte[][] INPUT_KEYS = inputKeys();

    private static byte[][] inputKeys() {
        String[] keys = {"scenario", "roles", "roleScope", "roleNotActivated", "targetRoles", "targetInRoleAssignableGroup",
                "targetInRestrictedAu", "targetMemberOfRestrictedAu", "licenses", "hybrid", "writeback", "federated", "onpremProtected",
                "syncEngine", "portal", "symptoms", "lockedOut", "signInBlocked", "throttled", "adminSsprDisabled", "ssprScope",
                "inSsprGroup", "registered", "guest", "error", "targetInActorUnit"};
        byte[][] out = new byte[keys.length][];
        for (int i = 0; i < keys.length; i++) out[i] = sspr.doctor.io.JsonLineBytes.ascii((i == 0 ? "{\"" : ",\"") + keys[i] + "\":");
        return out;
    }

    /** As {@link #inputJson(sspr.doctor.diagnosis.DiagnosisInput, StringBuilder)}, as UTF-8 (BatchBodyTest compares the two). */
    private static void inputJson(sspr.doctor.diagnosis.DiagnosisInput in, sspr.doctor.io.JsonLineBytes w) {
        byte[][] k = INPUT_KEYS;
        w.raw(k[0]).stringOrNull(in.scenario);
        w.raw(k[1]).strings(in.roles);
        w.raw(k[2]).stringOrNull(in.roleScope);
        w.raw(k[3]).bool(in.roleNotActivated);
        w.raw(k[4]).strings(in.targetRoles);
        w.raw(k[5]).bool(in.targetInRoleAssignableGroup);
        w.raw(k[6]).bool(in.targetInRestrictedAu);
        w.raw(k[7]).bool(in.targetMemberOfRestrictedAu);
        w.raw(k[8]).strings(in.licenses);
        w.raw(k[9]).bool(in.hybrid);
        w.raw(k[10]).bool(in.writeback);
        w.raw(k[11]).bool(in.federated);
        w.raw(k[12]).bool(in.onpremProtected);
        w.raw(k[13]).stringOrNull(in.syncEngine);
        w.raw(k[14]).stringOrNull(in.effectivePortal());
        w.raw(k[15]).strings(in.symptoms);
        w.raw(k[16]).bool(in.lockedOut);
        w.raw(k[17]).bool(in.signInBlocked);
        w.raw(k[18]).bool(in.throttled);
        w.raw(k[19]).bool(in.adminSsprDisabled);
        w.raw(k[20]).stringOrNull(in.ssprScope);
        w.raw(k[21]).bool(in.inSsprGroup);
        w.raw(k[22]).bool(in.registered);
        w.raw(k[23]).bool(in.guest);
        w.raw(k[24]).stringOrNull(in.error);
        w.raw(k[25]).bool(in.targetInActorUnit);
        w.raw('}');
    }

    /** A string, a list or null as JsonLine writes it (Booleans, null ones included, are appended as is: true, false, null). */
    private static void value(StringBuilder b, Object v) {
        if (v instanceof String s) sspr.doctor.io.JsonLine.string(b, s);
        else sspr.doctor.io.JsonLine.append(b, v);
    }

    /** The buffer {@link BatchLines#body} writes into, kept from one answer to the next. */
    private BatchLines.Chars chars;

    BatchLines.Chars chars() {
        if (chars == null) chars = new BatchLines.Chars();
        return chars;
    }

    /** As {@link #chars}, for UTF-8 pieces. */
    private BatchLines.Pieces pieces;

    BatchLines.Pieces pieces() {
        if (pieces == null) pieces = new BatchLines.Pieces();
        return pieces;
    }

    /** As {@link #chars}, for UTF-8. */
    private BatchLines.Bytes bytes;

    BatchLines.Bytes bytes() {
        if (bytes == null) bytes = new BatchLines.Bytes();
        return bytes;
    }

    /** Bound on {@link #fragments}, past which the map starts afresh: twice the findings the diagnoser keeps (a few KB each). */
    static final int KEPT_FRAGMENTS = 16384;

    private BatchLines.Fragment fragment(Finding f) {
        BatchLines.Fragment json = fragments.get(f);
        if (json == null) {
            json = new BatchLines.Fragment(BatchLines.json(finding(f, null)));
            if (fragments.size() >= KEPT_FRAGMENTS) fragments.clear();
            fragments.put(f, json);
        }
        return json;
    }

    private Map<String, Object> finding(Finding f, String caseName) {
        {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("rule", f.rule());
            m.put("title", f.title());
            m.put("detail", f.detail());
            m.put("fix", f.fix());
            List<Object> faq = new ArrayList<>();
            for (Finding.FaqRef r : f.faq()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("article", r.article());
                e.put("entry", r.entry());
                e.put("lang", r.lang());
                e.put("question", r.question());
                if (!r.notes().isEmpty()) e.put("notes", notesTree(r.notes()));
                faq.add(e);
            }
            m.put("faq", faq);
            m.put("links", f.links());
            sspr.doctor.report.Waiver w = waiver(f, caseName);
            if (w != null) m.put("waived", w.toMap());
            m.put("sources", sspr.doctor.report.RuleSources.tree(f.sources()));
            if (f.docsDisagree()) {
                m.put("docsDisagree", true);
                List<Object> ds = new ArrayList<>();
                for (Finding.Disagreement dis : f.disagreements()) {
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("pages", dis.pages());
                    dm.put("follows", dis.follows());
                    dm.put("why", dis.why());
                    ds.add(dm);
                }
                m.put("disagreements", ds);
            }
            if (!f.candidates().isEmpty()) m.put("candidates", f.candidates());
            return m;
        }
    }

    /** Notes on superseded article text as JSON: [{"text","source"}] (source: page, commit, ms.date). */
    public static List<Object> notesTree(List<Finding.Note> notes) {
        List<Object> out = new ArrayList<>();
        for (Finding.Note n : notes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", n.text());
            m.put("source", n.source());
            out.add(m);
        }
        return out;
    }

    private static List<Object> traceTree(Diagnosis d) {
        List<Object> out = new ArrayList<>();
        for (RuleEngine.TraceLine t : d.trace()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", t.rule());
            m.put("matched", t.matched());
            m.put("reason", t.reason());
            out.add(m);
        }
        return out;
    }

    public String text(List<String> names, List<Diagnosis> results, boolean multi) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            text(names, results, multi, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** As above, written case by case (a profile's thousands of cases never exist as one text). */
    public void text(List<String> names, List<Diagnosis> results, boolean multi, java.io.Writer writer) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        if (sources != null) snapshotFacts(results.get(0), out);
        if (evidence != null) EvidenceView.text(ctx, evidence, out);
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) out.append('\n');
            if (multi) out.append(ctx.style().bold("── " + sspr.doctor.text.ControlCharacters.clean(names.get(i)) + " ──")).append('\n');
            text(results.get(i), out, multi ? names.get(i) : null);
            writer.write(out.toString());
            out.setLength(0);
        }
        writer.flush();
    }

    /** The short "facts from the snapshot" section: each fact the snapshot gave, its value and file; then the unknown ones. */
    private void snapshotFacts(Diagnosis d, StringBuilder out) {
        Map<String, Object> input = d.input().toMap();
        // facts read through Microsoft Graph (diagnose --graph) say so, and show each request without its query
        boolean graph = false;
        for (Object v : sources.values()) if (v instanceof Map<?, ?> m && m.get("request") != null) graph = true;
        out.append(ctx.style().bold(ctx.t(graph ? "graph.facts" : "tenant.facts"))).append('\n');
        List<String[]> rows = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Object> e : sources.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> where)) {
                unknown.add(e.getKey());
                continue;
            }
            Object value = input.get(e.getKey());
            String shown = value instanceof List<?> list ? (list.isEmpty() ? term("none") : String.join(", ", list.stream().map(String::valueOf).toList()))
                    : value instanceof Boolean b ? term(b.toString()) : String.valueOf(value);
            Object file = where.get("file") != null ? where.get("file") : where.get("request") != null ? String.valueOf(where.get("request")).split("\\?", 2)[0]
                    : where.get("option") != null ? where.get("option") : where.get("profile");
            rows.add(new String[] {factLabel(e.getKey()), shown, String.valueOf(file)});
        }
        // aligned when it fits the terminal, else each fact on a line of its own with its value and file below
        sspr.doctor.text.TextTable table = new sspr.doctor.text.TextTable((String[]) null)
                .cellStyle((column, text) -> column == 2 ? ctx.style().dim(text) : text);
        for (String[] r : rows) table.row(r);
        if (!rows.isEmpty()) {
            for (String line : table.render(Math.max(20, ctx.width() - 2)).split("\n")) out.append("  ").append(line).append('\n');
        }
        if (!unknown.isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (String k : unknown) labels.add(factLabel(k));
            String line = ctx.t(graph ? "graph.facts.unknown" : "tenant.facts.unknown", "facts", String.join(ctx.lang().startsWith("zh") ? "、" : ", ", labels));
            for (String l : TextWrapper.wrap(line, ctx.width() - 4)) out.append("  ").append(l).append('\n');
        }
        out.append('\n');
    }

    /** One line per finding: mark, severity, code and title, cut to the width (the code always shows). */
    private void briefText(Diagnosis d, int labelWidth, StringBuilder out) {
        int codeWidth = 0;
        for (Finding f : d.findings()) codeWidth = Math.max(codeWidth, DisplayWidth.of(f.code()));
        for (Finding f : d.findings()) {
            String label = DisplayWidth.padRight(ctx.t("severity." + f.severity().name()), labelWidth);
            String head = "  " + mark(f.severity()) + " " + label + "  " + DisplayWidth.padRight(f.code(), codeWidth) + "  ";
            int room = ctx.width() - DisplayWidth.of(head);
            if (room >= 10) {
                out.append(ctx.style().severity(f.severity().name(), head)).append(DisplayWidth.truncate(f.title(), room).stripTrailing()).append('\n');
            } else {
                // a narrow terminal: the title goes on a line of its own rather than being dropped
                out.append(ctx.style().severity(f.severity().name(), head.stripTrailing())).append('\n');
                out.append("      ").append(DisplayWidth.truncate(f.title(), Math.max(10, ctx.width() - 6)).stripTrailing()).append('\n');
            }
        }
        if (whatIf != null) whatIf.text(d, out);
    }

    /** Why a rule matched or not, in the user's language; the condition itself stays in the table's own notation. */
    private String traceReason(RuleEngine.TraceLine t) {
        if (t.matched()) return ctx.t(t.unconditional() ? "trace.no-conditions" : "trace.all-hold");
        Object v = t.value();
        String value = v == null ? ctx.t("trace.unknown") : RuleEngine.show(v);
        return ctx.t("trace.failed", "condition", t.failed().describe(), "fact", t.failed().fact(), "value", value);
    }

    /** A fact's name in the table in the user's language (its JSON key when the bundle has no word for it). */
    private String factLabel(String key) {
        return ctx.has("tenant.fact." + key) ? ctx.t("tenant.fact." + key) : key;
    }

    private String term(String value) {
        return ctx.has("tenant.value." + value) ? ctx.t("tenant.value." + value) : value;
    }

    public static String mark(Severity s) {
        switch (s) {
            case blocker: return "✗";
            case warning: return "!";
            default: return "✓";
        }
    }

    private void text(Diagnosis d, StringBuilder out, String caseName) {
        int blockers = 0, warnings = 0;
        for (Finding f : d.findings()) {
            if (f.severity() == Severity.blocker) blockers++;
            else if (f.severity() == Severity.warning) warnings++;
        }
        String verdictMark = d.verdict().equals("blocked") ? "✗" : d.verdict().equals("warning") ? "!" : "✓";
        String verdict = verdictMark + " " + ctx.t("verdict." + d.verdict(), "blockers", blockers, "warnings", warnings);
        for (String line : TextWrapper.wrap(verdict, ctx.width())) out.append(ctx.style().bold(ctx.style().severity(d.verdict(), line))).append('\n');
        if (d.findings().isEmpty()) out.append("  ").append(ctx.t("verdict.nothing")).append('\n');
        int labelWidth = 0;
        for (Severity s : Severity.values()) labelWidth = Math.max(labelWidth, DisplayWidth.of(ctx.t("severity." + s.name())));
        if (brief) {
            briefText(d, labelWidth, out);
            return;
        }
        String indent = " ".repeat(4 + labelWidth + 1);
        java.util.Set<String> notesShown = new java.util.HashSet<>();
        int width = ctx.width();
        int textWidth = Math.max(16, width - DisplayWidth.of(indent));
        for (Finding f : d.findings()) {
            out.append('\n');
            String label = DisplayWidth.padRight(ctx.t("severity." + f.severity().name()), labelWidth);
            out.append("  ").append(ctx.style().severity(f.severity().name(), mark(f.severity()) + " " + label)).append(' ');
            List<String> title = TextWrapper.wrap(f.title(), textWidth);
            out.append(ctx.style().bold(title.get(0))).append('\n');
            for (int i = 1; i < title.size(); i++) out.append(indent).append(ctx.style().bold(title.get(i))).append('\n');
            out.append(indent).append(ctx.style().dim(f.code())).append('\n');
            sspr.doctor.report.Waiver w = waiver(f, caseName);
            if (w != null) {
                String waived = sspr.doctor.i18n.Messages.of("report", ctx.lang()).format("report.annotation.waived",
                        "rationale", w.rationale(), "expires", w.expires(), "owner", w.owner());
                for (String line : TextWrapper.wrap(waived, textWidth)) out.append(indent).append(ctx.style().cyan(line)).append('\n');
            }
            for (String line : TextWrapper.wrap(f.detail(), textWidth)) out.append(indent).append(line).append('\n');
            if (!f.fix().isEmpty()) {
                out.append(indent).append(ctx.style().bold(ctx.t("diagnose.fix"))).append('\n');
                for (int i = 0; i < f.fix().size(); i++) {
                    String num = (i + 1) + ". ";
                    List<String> lines = TextWrapper.wrap(f.fix().get(i), textWidth - 2 - num.length());
                    for (int j = 0; j < lines.size(); j++) {
                        out.append(indent).append("  ").append(j == 0 ? num : " ".repeat(num.length())).append(lines.get(j)).append('\n');
                    }
                }
            }
            for (Finding.Disagreement dis : f.disagreements()) {
                for (String line : TextWrapper.wrap(ctx.t("diagnose.docs-disagree", "pages", String.join(", ", dis.pages()), "follows", dis.follows())
                        + " " + dis.why(), textWidth)) {
                    out.append(indent).append(ctx.style().yellow(line)).append('\n');
                }
            }
            for (Finding.FaqRef r : f.faq()) {
                List<String> lines = TextWrapper.wrap(ctx.t("diagnose.faq") + " " + r.question() + " (sspr-doctor faq show " + r.article() + "/" + r.entry() + ")", textWidth);
                for (String line : lines) out.append(indent).append(ctx.style().cyan(line)).append('\n');
                for (Finding.Note n : r.notes()) {
                    if (!notesShown.add(n.text())) continue; // each note once per diagnosis; JSON keeps them per entry
                    for (String line : TextWrapper.wrap(ctx.t("faq.note", "text", n.text(), "source", n.shortSource()), textWidth - 2)) {
                        out.append(indent).append("  ").append(line).append('\n');
                    }
                }
            }
            for (String link : f.links()) out.append(indent).append(ctx.style().dim(link)).append('\n');
        }
        if (whatIf != null) whatIf.text(d, out);
        if (trace) {
            out.append('\n').append(ctx.style().bold(ctx.t("diagnose.trace"))).append('\n');
            for (RuleEngine.TraceLine t : d.trace()) {
                String line = (t.matched() ? "✓ " : "· ") + t.rule() + ": " + traceReason(t);
                List<String> lines = TextWrapper.wrap(line, width - 6);
                out.append("  ").append(lines.get(0)).append('\n');
                for (int i = 1; i < lines.size(); i++) out.append("      ").append(lines.get(i)).append('\n');
            }
        }
    }
}
