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
            problem(e.line, e.column, "syntax", e.getMessage());
            return new Result(null, problems);
        }
        if (!root.isMap()) {
            problem(root.line(), root.column(), "schema", "a decision table is a map with facts and rules");
            return new Result(null, problems);
        }
        Map<String, Node> top = root.asMap();
        unknownKeys(top, TOP_KEYS, "table");
        String hitPolicy = text(top.get("hitPolicy"), "collect");
        if (!hitPolicy.equals("collect")) {
            Node n = top.get("hitPolicy");
            problem(n.line(), n.column(), "schema", "hitPolicy '" + hitPolicy + "' is not supported (use collect)");
        }
        facts = parseFacts(top.get("facts"));
        List<Constraint> constraints = new ArrayList<>();
        for (Node c : list(top.get("constraints"), "constraints")) {
            if (!c.isMap()) { problem(c.line(), c.column(), "schema", "a constraint has when and then"); continue; }
            constraints.add(new Constraint(conditions(c.asMap().get("when"), "constraint"), conditions(c.asMap().get("then"), "constraint"), c.line()));
        }
        List<Coverage> coverage = new ArrayList<>();
        for (Node c : list(top.get("coverage"), "coverage")) {
            if (!c.isMap()) { problem(c.line(), c.column(), "schema", "a coverage entry has name, when and over"); continue; }
            Map<String, Node> m = c.asMap();
            List<String> over = new ArrayList<>();
            for (Node f : list(m.get("over"), "over")) {
                if (!facts.containsKey(f.text())) problem(f.line(), f.column(), "unknown-fact", "coverage '" + text(m.get("name"), "?") + "': unknown fact '" + f.text() + "'");
                else over.add(f.text());
            }
            coverage.add(new Coverage(text(m.get("name"), "coverage"), conditions(m.get("when"), "coverage"), over, c.line()));
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Node rulesNode = top.get("rules");
        if (rulesNode == null) problem(1, 1, "schema", "the table has no rules");
        for (Node r : list(rulesNode, "rules")) {
            Rule rule = parseRule(r);
            if (rule == null) continue;
            if (!ids.add(rule.id())) problem(r.line(), r.column(), "schema", "rule '" + rule.id() + "': duplicate id");
            rules.add(rule);
        }
        List<Rule.Source> tableSources = sources(top.get("sources"), "table", false);
        String checked = text(top.get("checked"), null);
        if (checked != null && !checked.matches("\\d{4}-\\d{2}-\\d{2}")) {
            Node n = top.get("checked");
            problem(n.line(), n.column(), "schema", "checked must be an ISO date (YYYY-MM-DD)");
        }
        boolean requireSources = top.containsKey("requireSources") && Boolean.TRUE.equals(top.get("requireSources").value());
        DecisionTable table = new DecisionTable(text(top.get("name"), "rules"), hitPolicy, facts, rules, coverage, constraints, file,
                tableSources, checked, requireSources);
        return new Result(table, problems);
    }

    private Map<String, FactDefinition> parseFacts(Node node) {
        Map<String, FactDefinition> out = new LinkedHashMap<>();
        if (node == null || !node.isMap()) {
            problem(node == null ? 1 : node.line(), 1, "schema", "facts must be a map of fact name to its type and values");
            return out;
        }
        for (Map.Entry<String, Node> e : node.asMap().entrySet()) {
            Node def = e.getValue();
            if (!def.isMap()) { problem(def.line(), def.column(), "schema", "fact '" + e.getKey() + "' needs a type"); continue; }
            Map<String, Node> m = def.asMap();
            unknownKeys(m, FACT_KEYS, "fact '" + e.getKey() + "'");
            String type = text(m.get("type"), "");
            FactDefinition.Type t;
            switch (type) {
                case "boolean": t = FactDefinition.Type.BOOLEAN; break;
                case "enum": t = FactDefinition.Type.ENUM; break;
                case "set": t = FactDefinition.Type.SET; break;
                default:
                    problem(def.line(), def.column(), "schema", "fact '" + e.getKey() + "': type must be boolean, enum or set");
                    continue;
            }
            List<String> values = new ArrayList<>();
            for (Node v : list(m.get("values"), "values")) values.add(v.text());
            if (t != FactDefinition.Type.BOOLEAN && values.isEmpty()) {
                problem(def.line(), def.column(), "schema", "fact '" + e.getKey() + "': an " + type + " needs values");
            }
            boolean unknown = Boolean.TRUE.equals(m.containsKey("unknown") ? m.get("unknown").value() : Boolean.FALSE);
            boolean derived = Boolean.TRUE.equals(m.containsKey("derived") ? m.get("derived").value() : Boolean.FALSE);
            out.put(e.getKey(), new FactDefinition(e.getKey(), t, List.copyOf(values), unknown, derived, def.line()));
        }
        return out;
    }

    private Rule parseRule(Node r) {
        if (!r.isMap()) { problem(r.line(), r.column(), "schema", "a rule is a map with id, when and then"); return null; }
        Map<String, Node> m = r.asMap();
        String id = text(m.get("id"), null);
        if (id == null || id.isBlank()) { problem(r.line(), r.column(), "schema", "rule without id"); return null; }
        unknownKeys(m, RULE_KEYS, "rule '" + id + "'");
        List<Condition> when = conditions(m.get("when"), "rule '" + id + "'");
        Node then = m.get("then");
        if (then == null || !then.isMap()) {
            problem(r.line(), r.column(), "schema", "rule '" + id + "': then must give code and severity");
            return null;
        }
        Map<String, Node> o = then.asMap();
        unknownKeys(o, OUTPUT_KEYS, "rule '" + id + "'");
        String code = text(o.get("code"), null);
        if (code == null || !code.matches("[a-z]+(\\.[a-z0-9-]+)+")) {
            problem(then.line(), then.column(), "schema", "rule '" + id + "': code must look like area.name");
            return null;
        }
        Severity severity = Severity.parse(text(o.get("severity"), ""));
        if (severity == null) {
            problem(then.line(), then.column(), "schema", "rule '" + id + "': severity must be blocker, warning or info");
            return null;
        }
        List<String> faq = new ArrayList<>();
        for (Node f : list(o.get("faq"), "faq")) faq.add(f.text());
        List<String> links = new ArrayList<>();
        for (Node l : list(o.get("links"), "links")) {
            if (l.text() == null || !l.text().startsWith("https://")) problem(l.line(), l.column(), "schema", "rule '" + id + "': links must be https URLs");
            else links.add(l.text());
        }
        List<Rule.Source> sources = sources(o.get("sources"), "rule '" + id + "'", true);
        List<Rule.Disagreement> disagree = disagreements(o.get("docsDisagree"), "rule '" + id + "'");
        if (!disagree.isEmpty() && severity == Severity.blocker) {
            Node n = o.get("docsDisagree");
            problem(n.line(), n.column(), "schema", "rule '" + id + "': a finding built on pages that disagree is at most a warning");
        }
        return new Rule(id, when, new Rule.Output(code, severity, List.copyOf(faq), List.copyOf(links), sources, disagree), r.line());
    }

    /** A list of {page, commit, date, quote}; a page with neither commit nor date has no provenance. */
    private List<Rule.Source> sources(Node node, String where, boolean quoteRequired) {
        List<Rule.Source> out = new ArrayList<>();
        for (Node s : list(node, "sources")) {
            if (!s.isMap()) { problem(s.line(), s.column(), "schema", where + ": a source is a map with page, commit or date, and quote"); continue; }
            Map<String, Node> m = s.asMap();
            unknownKeys(m, SOURCE_KEYS, where + " source");
            String page = text(m.get("page"), null);
            String commit = text(m.get("commit"), null);
            String date = text(m.get("date"), null);
            String quote = text(m.get("quote"), null);
            if (page == null || page.isBlank()) { problem(s.line(), s.column(), "schema", where + ": a source needs its page"); continue; }
            if (commit == null && date == null) problem(s.line(), s.column(), "schema", where + ": source " + page + " needs a commit or a date");
            if (commit != null && !commit.matches("[0-9a-f]{7,40}")) problem(m.get("commit").line(), m.get("commit").column(), "schema", where + ": commit must be a hex commit id");
            if (quoteRequired && (quote == null || quote.isBlank())) problem(s.line(), s.column(), "schema", where + ": source " + page + " needs the quote it rests on");
            out.add(new Rule.Source(page, commit, date, quote));
        }
        return List.copyOf(out);
    }

    /** One {pages, follows, why} block or a list of them. */
    private List<Rule.Disagreement> disagreements(Node node, String where) {
        if (node == null || node.isNull()) return List.of();
        List<Node> blocks = node.isMap() ? List.of(node) : list(node, "docsDisagree");
        List<Rule.Disagreement> out = new ArrayList<>();
        for (Node b : blocks) {
            if (!b.isMap()) { problem(b.line(), b.column(), "schema", where + ": docsDisagree has pages, follows and why"); continue; }
            Map<String, Node> m = b.asMap();
            unknownKeys(m, DISAGREE_KEYS, where + " docsDisagree");
            List<String> pages = new ArrayList<>();
            for (Node p : list(m.get("pages"), "pages")) pages.add(p.text());
            String follows = text(m.get("follows"), null);
            String why = text(m.get("why"), null);
            if (pages.size() < 2) problem(b.line(), b.column(), "schema", where + ": docsDisagree names at least two pages");
            if (follows == null || !pages.contains(follows)) problem(b.line(), b.column(), "schema", where + ": docsDisagree follows one of its pages");
            if (why == null) problem(b.line(), b.column(), "schema", where + ": docsDisagree needs why (a message key)");
            out.add(new Rule.Disagreement(List.copyOf(pages), follows, why));
        }
        return List.copyOf(out);
    }

    private List<Condition> conditions(Node node, String where) {
        List<Condition> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isMap()) { problem(node.line(), node.column(), "schema", where + ": when must map facts to values"); return out; }
        for (Map.Entry<String, Node> e : node.asMap().entrySet()) {
            String fact = e.getKey();
            Node v = e.getValue();
            FactDefinition def = facts.get(fact);
            if (def == null) {
                problem(v.line(), v.column(), "unknown-fact", where + ": unknown fact '" + fact + "'");
                continue;
            }
            boolean negated = false;
            Node valuesNode = v;
            if (v.isMap()) {
                Map<String, Node> op = v.asMap();
                if (op.size() != 1) { problem(v.line(), v.column(), "schema", where + ": " + fact + ": use one of not, contains, excludes"); continue; }
                String key = op.keySet().iterator().next();
                valuesNode = op.get(key);
                switch (key) {
                    case "not": case "excludes": negated = true; break;
                    case "contains": break;
                    default:
                        problem(v.line(), v.column(), "schema", where + ": " + fact + ": unknown operator '" + key + "'");
                        continue;
                }
            }
            Set<String> values = new LinkedHashSet<>();
            if (valuesNode.isList()) for (Node x : valuesNode.asList()) values.add(x.text());
            else values.add(valuesNode.text());
            List<String> domain = def.type() == FactDefinition.Type.SET ? def.values() : def.domain();
            for (String value : values) {
                if (!domain.contains(value)) {
                    problem(v.line(), v.column(), "unknown-value", where + ": fact '" + fact + "' has no value '" + value + "' (allowed: " + String.join(", ", domain) + ")");
                }
            }
            out.add(new Condition(fact, values, negated, v.line(), v.column()));
        }
        return out;
    }

    private List<Node> list(Node node, String what) {
        if (node == null || node.isNull()) return List.of();
        if (node.isList()) return node.asList();
        if (node.isScalar()) return List.of(node);
        problem(node.line(), node.column(), "schema", what + " must be a list");
        return List.of();
    }

    private void unknownKeys(Map<String, Node> map, Set<String> allowed, String where) {
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue().line(), e.getValue().column(), "schema", where + ": unknown key '" + e.getKey() + "'");
            }
        }
    }

    private static String text(Node n, String dflt) {
        return n == null || n.isNull() ? dflt : n.text();
    }

    private void problem(int line, int column, String code, String message) {
        problems.add(new Problem(file, line, column, code, message));
    }
}
