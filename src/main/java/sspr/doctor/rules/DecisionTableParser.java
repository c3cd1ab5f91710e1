package sspr.doctor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.io.Problem;
import sspr.doctor.io.YamlTree;
import sspr.doctor.io.YamlTree.Node;

/**
 * Reads a decision table from YAML and reports schema problems with file:line:column. The result
 * is usable only when {@link Result#problems()} is empty.
 */
public final class DecisionTableParser {
    private static final Set<String> TOP_KEYS = Set.of("name", "hitPolicy", "facts", "constraints", "coverage", "rules", "sources", "checked", "requireSources");
    private static final Set<String> FACT_KEYS = Set.of("type", "values", "unknown", "derived", "description");
    private static final Set<String> RULE_KEYS = Set.of("id", "when", "then", "description");
    private static final Set<String> OUTPUT_KEYS = Set.of("code", "severity", "faq", "links", "sources", "docsDisagree");
    private static final Set<String> SOURCE_KEYS = Set.of("page", "commit", "date", "quote");
    private static final Set<String> DISAGREE_KEYS = Set.of("pages", "follows", "why");

    public record Result(DecisionTable table, List<Problem> problems) {}

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, FactDefinition> facts = new LinkedHashMap<>();

    private DecisionTableParser(String file) { this.file = file; }

    public static Result parse(String text, String file) {
        return new DecisionTableParser(file).run(text);
    }

    private Result run(String text) {
        Node root;
        try {
            root = YamlTree.parseYaml(text);
        } catch (YamlTree.SyntaxError e) {
            problem(e.line, e.column, "syntax", "syntax", e.getMessage(), "problem", e.text);
            return new Result(null, problems);
        }
        if (!root.isMap()) {
            problem(root.line(), root.column(), "schema", "not-map", "a decision table is a map with facts and rules");
            return new Result(null, problems);
        }
        Map<String, Node> top = root.asMap();
        unknownKeys(top, TOP_KEYS, Where.TABLE);
        String hitPolicy = text(top.get("hitPolicy"), "collect");
        if (!hitPolicy.equals("collect")) {
            Node n = top.get("hitPolicy");
            problem(n.line(), n.column(), "schema", "hit-policy", "hitPolicy '" + hitPolicy + "' is not supported (use collect)", "value", hitPolicy);
        }
        facts = parseFacts(top.get("facts"));
        List<Constraint> constraints = new ArrayList<>();
        for (Node c : list(top.get("constraints"), "constraints")) {
            if (!c.isMap()) { problem(c.line(), c.column(), "schema", "constraint-shape", "a constraint has when and then"); continue; }
            constraints.add(new Constraint(conditions(c.asMap().get("when"), Where.CONSTRAINT), conditions(c.asMap().get("then"), Where.CONSTRAINT), c.line()));
        }
        List<Coverage> coverage = new ArrayList<>();
        for (Node c : list(top.get("coverage"), "coverage")) {
            if (!c.isMap()) { problem(c.line(), c.column(), "schema", "coverage-shape", "a coverage entry has name, when and over"); continue; }
            Map<String, Node> m = c.asMap();
            List<String> over = new ArrayList<>();
            for (Node f : list(m.get("over"), "over")) {
                if (!facts.containsKey(f.text())) unknownFact(f, new Where("coverage-named", text(m.get("name"), "?")), f.text());
                else over.add(f.text());
            }
            coverage.add(new Coverage(text(m.get("name"), "coverage"), conditions(m.get("when"), Where.COVERAGE), over, c.line()));
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Node rulesNode = top.get("rules");
        if (rulesNode == null) problem(1, 1, "schema", "no-rules", "the table has no rules");
        for (Node r : list(rulesNode, "rules")) {
            Rule rule = parseRule(r);
            if (rule == null) continue;
            if (!ids.add(rule.id())) problem(r.line(), r.column(), "schema", "duplicate-id", Where.rule(rule.id()) + ": duplicate id", "where", Where.rule(rule.id()));
            rules.add(rule);
        }
        List<Rule.Source> tableSources = sources(top.get("sources"), Where.TABLE, false);
        String checked = text(top.get("checked"), null);
        if (checked != null && !checked.matches("\\d{4}-\\d{2}-\\d{2}")) {
            Node n = top.get("checked");
            problem(n.line(), n.column(), "schema", "checked-date", "checked must be an ISO date (YYYY-MM-DD)");
        }
        boolean requireSources = top.containsKey("requireSources") && Boolean.TRUE.equals(top.get("requireSources").value());
        DecisionTable table = new DecisionTable(text(top.get("name"), "rules"), hitPolicy, facts, rules, coverage, constraints, file,
                tableSources, checked, requireSources);
        return new Result(table, problems);
    }

    private Map<String, FactDefinition> parseFacts(Node node) {
        Map<String, FactDefinition> out = new LinkedHashMap<>();
        if (node == null || !node.isMap()) {
            problem(node == null ? 1 : node.line(), 1, "schema", "facts-map", "facts must be a map of fact name to its type and values");
            return out;
        }
        for (Map.Entry<String, Node> e : node.asMap().entrySet()) {
            Node def = e.getValue();
            if (!def.isMap()) { problem(def.line(), def.column(), "schema", "fact-type", "fact '" + e.getKey() + "' needs a type", "fact", e.getKey()); continue; }
            Map<String, Node> m = def.asMap();
            unknownKeys(m, FACT_KEYS, new Where("fact", e.getKey()));
            String type = text(m.get("type"), "");
            FactDefinition.Type t;
            switch (type) {
                case "boolean": t = FactDefinition.Type.BOOLEAN; break;
                case "enum": t = FactDefinition.Type.ENUM; break;
                case "set": t = FactDefinition.Type.SET; break;
                default:
                    problem(def.line(), def.column(), "schema", "fact-type-kind", "fact '" + e.getKey() + "': type must be boolean, enum or set", "fact", e.getKey());
                    continue;
            }
            List<String> values = new ArrayList<>();
            for (Node v : list(m.get("values"), "values")) values.add(v.text());
            if (t != FactDefinition.Type.BOOLEAN && values.isEmpty()) {
                problem(def.line(), def.column(), "schema", "fact-values", "fact '" + e.getKey() + "': an " + type + " needs values", "fact", e.getKey(), "type", type);
            }
            boolean unknown = Boolean.TRUE.equals(m.containsKey("unknown") ? m.get("unknown").value() : Boolean.FALSE);
            boolean derived = Boolean.TRUE.equals(m.containsKey("derived") ? m.get("derived").value() : Boolean.FALSE);
            out.put(e.getKey(), new FactDefinition(e.getKey(), t, List.copyOf(values), unknown, derived, def.line()));
        }
        return out;
    }

    private Rule parseRule(Node r) {
        if (!r.isMap()) { problem(r.line(), r.column(), "schema", "rule-shape", "a rule is a map with id, when and then"); return null; }
        Map<String, Node> m = r.asMap();
        String id = text(m.get("id"), null);
        if (id == null || id.isBlank()) { problem(r.line(), r.column(), "schema", "rule-id", "rule without id"); return null; }
        unknownKeys(m, RULE_KEYS, Where.rule(id));
        List<Condition> when = conditions(m.get("when"), Where.rule(id));
        Node then = m.get("then");
        if (then == null || !then.isMap()) {
            problem(r.line(), r.column(), "schema", "rule-then", Where.rule(id) + ": then must give code and severity", "where", Where.rule(id));
            return null;
        }
        Map<String, Node> o = then.asMap();
        unknownKeys(o, OUTPUT_KEYS, Where.rule(id));
        String code = text(o.get("code"), null);
        if (code == null || !code.matches("[a-z]+(\\.[a-z0-9-]+)+")) {
            problem(then.line(), then.column(), "schema", "rule-code", Where.rule(id) + ": code must look like area.name", "where", Where.rule(id));
            return null;
        }
        Severity severity = Severity.parse(text(o.get("severity"), ""));
        if (severity == null) {
            problem(then.line(), then.column(), "schema", "rule-severity", Where.rule(id) + ": severity must be blocker, warning or info", "where", Where.rule(id));
            return null;
        }
        List<String> faq = new ArrayList<>();
        for (Node f : list(o.get("faq"), "faq")) faq.add(f.text());
        List<String> links = new ArrayList<>();
        for (Node l : list(o.get("links"), "links")) {
            if (l.text() == null || !l.text().startsWith("https://")) problem(l.line(), l.column(), "schema", "rule-links", Where.rule(id) + ": links must be https URLs", "where", Where.rule(id));
            else links.add(l.text());
        }
        List<Rule.Source> sources = sources(o.get("sources"), Where.rule(id), true);
        List<Rule.Disagreement> disagree = disagreements(o.get("docsDisagree"), Where.rule(id));
        if (!disagree.isEmpty() && severity == Severity.blocker) {
            Node n = o.get("docsDisagree");
            problem(n.line(), n.column(), "schema", "rule-disagree-severity", Where.rule(id) + ": a finding built on pages that disagree is at most a warning", "where", Where.rule(id));
        }
        return new Rule(id, when, new Rule.Output(code, severity, List.copyOf(faq), List.copyOf(links), sources, disagree), r.line());
    }

    /** A list of {page, commit, date, quote}; a page with neither commit nor date has no provenance. */
    private List<Rule.Source> sources(Node node, Where where, boolean quoteRequired) {
        List<Rule.Source> out = new ArrayList<>();
        for (Node s : list(node, "sources")) {
            if (!s.isMap()) { problem(s.line(), s.column(), "schema", "source-shape", where + ": a source is a map with page, commit or date, and quote", "where", where); continue; }
            Map<String, Node> m = s.asMap();
            unknownKeys(m, SOURCE_KEYS, where.source());
            String page = text(m.get("page"), null);
            String commit = text(m.get("commit"), null);
            String date = text(m.get("date"), null);
            String quote = text(m.get("quote"), null);
            if (page == null || page.isBlank()) { problem(s.line(), s.column(), "schema", "source-page", where + ": a source needs its page", "where", where); continue; }
            if (commit == null && date == null) problem(s.line(), s.column(), "schema", "source-date", where + ": source " + page + " needs a commit or a date", "where", where, "page", page);
            if (commit != null && !commit.matches("[0-9a-f]{7,40}")) problem(m.get("commit").line(), m.get("commit").column(), "schema", "source-commit", where + ": commit must be a hex commit id", "where", where);
            if (quoteRequired && (quote == null || quote.isBlank())) problem(s.line(), s.column(), "schema", "source-quote", where + ": source " + page + " needs the quote it rests on", "where", where, "page", page);
            out.add(new Rule.Source(page, commit, date, quote));
        }
        return List.copyOf(out);
    }

    /** One {pages, follows, why} block or a list of them. */
    private List<Rule.Disagreement> disagreements(Node node, Where where) {
        if (node == null || node.isNull()) return List.of();
        List<Node> blocks = node.isMap() ? List.of(node) : list(node, "docsDisagree");
        List<Rule.Disagreement> out = new ArrayList<>();
        for (Node b : blocks) {
            if (!b.isMap()) { problem(b.line(), b.column(), "schema", "disagree-shape", where + ": docsDisagree has pages, follows and why", "where", where); continue; }
            Map<String, Node> m = b.asMap();
            unknownKeys(m, DISAGREE_KEYS, where.docsDisagree());
            List<String> pages = new ArrayList<>();
            for (Node p : list(m.get("pages"), "pages")) pages.add(p.text());
            String follows = text(m.get("follows"), null);
            String why = text(m.get("why"), null);
            if (pages.size() < 2) problem(b.line(), b.column(), "schema", "disagree-pages", where + ": docsDisagree names at least two pages", "where", where);
            if (follows == null || !pages.contains(follows)) problem(b.line(), b.column(), "schema", "disagree-follows", where + ": docsDisagree follows one of its pages", "where", where);
            if (why == null) problem(b.line(), b.column(), "schema", "disagree-why", where + ": docsDisagree needs why (a message key)", "where", where);
            out.add(new Rule.Disagreement(List.copyOf(pages), follows, why));
        }
        return List.copyOf(out);
    }

    private List<Condition> conditions(Node node, Where where) {
        List<Condition> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isMap()) { problem(node.line(), node.column(), "schema", "when-map", where + ": when must map facts to values", "where", where); return out; }
        for (Map.Entry<String, Node> e : node.asMap().entrySet()) {
            String fact = e.getKey();
            Node v = e.getValue();
            FactDefinition def = facts.get(fact);
            if (def == null) {
                unknownFact(v, where, fact);
                continue;
            }
            boolean negated = false;
            Node valuesNode = v;
            if (v.isMap()) {
                Map<String, Node> op = v.asMap();
                if (op.size() != 1) { problem(v.line(), v.column(), "schema", "operator-one", where + ": " + fact + ": use one of not, contains, excludes", "where", where, "fact", fact); continue; }
                String key = op.keySet().iterator().next();
                valuesNode = op.get(key);
                switch (key) {
                    case "not": case "excludes": negated = true; break;
                    case "contains": break;
                    default:
                        problem(v.line(), v.column(), "schema", "operator-unknown", where + ": " + fact + ": unknown operator '" + key + "'", "where", where, "fact", fact, "operator", key);
                        continue;
                }
            }
            Set<String> values = new LinkedHashSet<>();
            if (valuesNode.isList()) for (Node x : valuesNode.asList()) values.add(x.text());
            else values.add(valuesNode.text());
            List<String> domain = def.type() == FactDefinition.Type.SET ? def.values() : def.domain();
            for (String value : values) {
                if (!domain.contains(value)) {
                    problem(v.line(), v.column(), "unknown-value", "unknown-value", where + ": fact '" + fact + "' has no value '" + value + "' (allowed: " + String.join(", ", domain) + ")",
                            "where", where, "fact", fact, "value", value, "allowed", String.join(", ", domain));
                }
            }
            out.add(new Condition(fact, values, negated, v.line(), v.column()));
        }
        return out;
    }

    private void unknownFact(Node at, Where where, String fact) {
        problem(at.line(), at.column(), "unknown-fact", "unknown-fact", where + ": unknown fact '" + fact + "'", "where", where, "fact", fact);
    }

    private List<Node> list(Node node, String what) {
        if (node == null || node.isNull()) return List.of();
        if (node.isList()) return node.asList();
        if (node.isScalar()) return List.of(node);
        problem(node.line(), node.column(), "schema", "not-list", what + " must be a list", "what", what);
        return List.of();
    }

    private void unknownKeys(Map<String, Node> map, Set<String> allowed, Where where) {
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue().line(), e.getValue().column(), "schema", "unknown-key", where + ": unknown key '" + e.getKey() + "'", "where", where, "key", e.getKey());
            }
        }
    }

    private static String text(Node n, String dflt) {
        return n == null || n.isNull() ? dflt : n.text();
    }

    private void problem(int line, int column, String code, String message) {
        problems.add(new Problem(file, line, column, code, message));
    }

    /**
     * A problem worded in the user's language by the ui message {@code problem.rules.<key>}, filled from
     * {@code namesAndValues}; {@code english} is what JSON says. A {@link Where} value is the part of the
     * table it is about, worded by {@code problem.where.<kind>}.
     */
    private void problem(int line, int column, String code, String key, String english, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(Problem.MESSAGE_KEY, "rules." + key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v instanceof Where w) {
                args.put(Problem.WHERE_KIND, w.kind());
                args.put(Problem.WHERE_NAME, w.name() == null ? "" : w.name());
            }
            // a LocalizedText (a YAML syntax error) is worded when printed, in the reader's language
            args.put(String.valueOf(namesAndValues[i]), v instanceof sspr.doctor.i18n.LocalizedText ? v : String.valueOf(v));
        }
        problems.add(new Problem(file, line, column, code, english, args));
    }

    /** The part of the table a problem is in: the table, a constraint, a coverage entry, a fact, a rule, a rule's sources… */
    private record Where(String kind, String name) {
        static final Where TABLE = new Where("table", null);
        static final Where TABLE_SOURCE = new Where("table-source", null);
        static final Where CONSTRAINT = new Where("constraint", null);
        static final Where COVERAGE = new Where("coverage", null);

        static Where rule(String id) { return new Where("rule", id); }

        Where source() { return new Where(kind + "-source", name); }

        Where docsDisagree() { return new Where(kind + "-docsDisagree", name); }

        @Override
        public String toString() {
            return switch (kind) {
                case "table" -> "table";
                case "table-source" -> "table source";
                case "constraint" -> "constraint";
                case "coverage" -> "coverage";
                case "coverage-named" -> "coverage '" + name + "'";
                case "fact" -> "fact '" + name + "'";
                case "rule" -> "rule '" + name + "'";
                case "rule-source" -> "rule '" + name + "' source";
                case "rule-docsDisagree" -> "rule '" + name + "' docsDisagree";
                default -> kind;
            };
        }
    }
}
