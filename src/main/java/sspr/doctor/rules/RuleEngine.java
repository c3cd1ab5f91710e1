package sspr.doctor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a decision table over facts. Facts are strings ("true", "false", an enum value),
 * {@code null} for unknown, or a {@code Set<String>} for set facts. No business logic lives here:
 * only matching.
 */
public final class RuleEngine {
    private RuleEngine() {}

    /**
     * One rule's evaluation, for --trace: the first condition that failed and the fact's value, or
     * none when the rule matched. The reason is worded only when asked: most runs never show it.
     */
    public record TraceLine(String rule, boolean unconditional, Condition failed, Object value) {
        public boolean matched() {
            return failed == null;
        }

        public String reason() {
            if (failed == null) return unconditional ? "no conditions" : "all conditions hold";
            return failed.describe() + " does not hold (" + failed.fact() + " is " + show(value) + ")";
        }
    }

    public record Evaluation(List<Rule> fired, List<TraceLine> trace) {}

    public static Evaluation evaluate(DecisionTable table, Map<String, Object> facts) {
        String[] names = factOrder(table);
        Object[] values = new Object[names.length];
        for (int i = 0; i < values.length; i++) values[i] = facts.get(names[i]);
        return evaluate(table, values);
    }

    /**
     * The facts {@link #evaluate(DecisionTable, Object[])} reads, in the order of its array: each fact some
     * condition tests, once. A caller that computes facts itself writes them straight into such an array
     * (diagnose --batch: no map per line).
     */
    public static String[] factOrder(DecisionTable table) {
        return compiled(table).facts.clone();
    }

    /** As {@link #evaluate(DecisionTable, Map)}, the facts' values in {@link #factOrder} (the array is kept: not to be changed after). */
    public static Evaluation evaluate(DecisionTable table, Object[] values) {
        Compiled compiled = compiled(table);
        if (values.length != compiled.facts.length) throw new IllegalArgumentException("facts in factOrder expected");
        int[] positions = new int[values.length];
        long[] members = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            Map<String, Integer> domain = compiled.domains[i];
            if (domain == null) {
                positions[i] = -1;
                members[i] = members(compiled.setDomains[i], value);
                continue;
            }
            String v = value == null ? FactDefinition.UNKNOWN : String.valueOf(value);
            // "true", "false", "unknown" and the catalogue's values arrive as the very strings of the domain
            String[] same = compiled.domainValues[i];
            int at = -1;
            for (int j = 0; j < same.length; j++) if (same[j] == v) { at = j; break; }
            if (at < 0) {
                Integer found = domain.get(v);
                at = found == null ? -1 : found;
            }
            positions[i] = at;
        }
        int[] matched = new int[compiled.conditions.length];
        int count = 0;
        List<Rule> rules = table.rules();
        for (int r = 0; r < compiled.conditions.length; r++) {
            Condition[] conditions = compiled.conditions[r];
            FactDefinition[] defs = compiled.definitions[r];
            boolean[][] accepts = compiled.accepts[r];
            long[] wants = compiled.wants[r];
            int[] at = compiled.factAt[r];
            boolean holds = true;
            for (int k = 0; k < conditions.length && holds; k++) {
                int position = positions[at[k]];
                if (wants[k] != 0) holds = ((members[at[k]] & wants[k]) != 0) != conditions[k].negated();
                else holds = position >= 0 && accepts[k] != null ? accepts[k][position] : holds(defs[k], conditions[k], values[at[k]]);
            }
            if (holds) matched[count++] = r;
        }
        // the trace is worded only when asked (--trace, JUnit): most diagnoses never read it
        List<TraceLine> trace = new java.util.AbstractList<>() {
            private List<TraceLine> lines;

            private List<TraceLine> lines() {
                if (lines == null) {
                    Map<String, Object> facts = new java.util.HashMap<>();
                    for (int i = 0; i < values.length; i++) facts.put(compiled.facts[i], values[i]);
                    lines = trace(table, facts);
                }
                return lines;
            }

            @Override
            public TraceLine get(int i) {
                return lines().get(i);
            }

            @Override
            public int size() {
                return rules.size();
            }
        };
        return new Evaluation(collect(compiled, rules, matched, count), trace);
    }

    /**
     * The table's conditions as arrays, each with its fact's definition and the index of its fact's value
     * (read once per evaluation from the facts map), so a rule is tested without a map lookup per condition.
     */
    private record Compiled(DecisionTable table, String[] facts, Map<String, Integer>[] domains, Condition[][] conditions,
                            FactDefinition[][] definitions, int[][] factAt, boolean[][][] accepts,
                            Map<String, Integer>[] setDomains, long[][] wants, String[][] domainValues,
                            int[] severityOf, int[] codeOf, int codes, int severities) {}

    /**
     * A set fact's value as a bit per value of its declared domain it holds (values outside the domain are no bits:
     * no condition on the fact names them — a condition that does is tested by holds() instead).
     */
    private static long members(Map<String, Integer> setDomain, Object value) {
        if (setDomain == null || !(value instanceof Set<?> set)) return 0;
        long bits = 0;
        for (Object v : set) {
            Integer at = setDomain.get(v);
            if (at != null) bits |= 1L << at;
        }
        return bits;
    }

    /** The last table compiled: a process evaluates one table (tests build a few). */
    private static volatile Compiled last;

    private static Compiled compiled(DecisionTable table) {
        Compiled c = last;
        if (c != null && c.table == table) return c;
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Rule> rules = table.rules();
        Condition[][] conditions = new Condition[rules.size()][];
        FactDefinition[][] definitions = new FactDefinition[rules.size()][];
        int[][] factAt = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<Condition> when = rules.get(r).when();
            conditions[r] = when.toArray(new Condition[0]);
            definitions[r] = new FactDefinition[when.size()];
            factAt[r] = new int[when.size()];
            for (int k = 0; k < when.size(); k++) {
                String fact = when.get(k).fact();
                definitions[r][k] = table.facts().get(fact);
                Integer i = index.get(fact);
                if (i == null) index.put(fact, i = index.size());
                factAt[r][k] = i;
            }
        }
        // a single-valued fact's value as its place in the domain (looked up once per evaluation), and each
        // condition on it as the places it holds for: the same answers as holds(), which any other value gets
        String[] names = index.keySet().toArray(new String[0]);
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] domains = new Map[names.length];
        for (int i = 0; i < names.length; i++) {
            FactDefinition def = table.facts().get(names[i]);
            if (def == null || def.type() == FactDefinition.Type.SET) continue;
            domains[i] = new java.util.HashMap<>();
            for (String v : def.domain()) domains[i].putIfAbsent(v, domains[i].size());
        }
        boolean[][][] accepts = new boolean[rules.size()][][];
        for (int r = 0; r < rules.size(); r++) {
            accepts[r] = new boolean[conditions[r].length][];
            for (int k = 0; k < conditions[r].length; k++) {
                Map<String, Integer> domain = domains[factAt[r][k]];
                if (domain == null || definitions[r][k] == null || definitions[r][k].type() == FactDefinition.Type.SET) continue;
                // holds() for each value of the domain: the condition's own values flip the negation (one lookup per
                // value it names, not a holds() call per value of the domain: this runs at every start)
                Condition cond = conditions[r][k];
                boolean[] a = new boolean[domain.size()];
                if (cond.negated()) java.util.Arrays.fill(a, true);
                for (String v : cond.values()) {
                    Integer at = domain.get(v);
                    if (at != null) a[at] = !cond.negated();
                }
                accepts[r][k] = a;
            }
        }
        // a set fact's conditions as the bits of the values they name, where the domain has them all (at most 64)
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] setDomains = new Map[names.length];
        for (int i = 0; i < names.length; i++) {
            FactDefinition def = table.facts().get(names[i]);
            if (def == null || def.type() != FactDefinition.Type.SET || def.values().size() > 64) continue;
            setDomains[i] = new java.util.HashMap<>();
            for (String v : def.values()) setDomains[i].putIfAbsent(v, setDomains[i].size());
        }
        long[][] wants = new long[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            wants[r] = new long[conditions[r].length];
            for (int k = 0; k < conditions[r].length; k++) {
                Map<String, Integer> setDomain = setDomains[factAt[r][k]];
                if (setDomain == null || definitions[r][k] == null || definitions[r][k].type() != FactDefinition.Type.SET) continue;
                long bits = 0;
                for (String v : conditions[r][k].values()) {
                    Integer at = setDomain.get(v);
                    if (at == null) { bits = 0; break; }
                    bits |= 1L << at;
                }
                wants[r][k] = bits;
            }
        }
        // each domain's values by place, interned: a value that is the same string is found without hashing
        String[][] domainValues = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            domainValues[i] = new String[domains[i] == null ? 0 : domains[i].size()];
            if (domains[i] != null) for (Map.Entry<String, Integer> e : domains[i].entrySet()) domainValues[i][e.getValue()] = e.getKey().intern();
        }
        // each rule's severity (its place in Severity's order) and code (numbered), for collect
        int[] severityOf = new int[rules.size()];
        int[] codeOf = new int[rules.size()];
        Map<String, Integer> codes = new java.util.HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            severityOf[r] = rules.get(r).then().severity().ordinal();
            Integer code = codes.get(rules.get(r).then().code());
            if (code == null) codes.put(rules.get(r).then().code(), code = codes.size());
            codeOf[r] = code;
        }
        c = new Compiled(table, names, domains, conditions, definitions, factAt, accepts, setDomains, wants, domainValues,
                severityOf, codeOf, codes.size(), Severity.values().length);
        last = c;
        return c;
    }

    /** Why each rule matched or not, in table order. */
    private static List<TraceLine> trace(DecisionTable table, Map<String, Object> facts) {
        List<TraceLine> trace = new ArrayList<>();
        for (Rule rule : table.rules()) {
            Condition failed = null;
            for (Condition c : rule.when()) {
                if (!holds(table.facts().get(c.fact()), c, facts.get(c.fact()))) {
                    failed = c;
                    break;
                }
            }
            trace.add(new TraceLine(rule.id(), rule.when().isEmpty(), failed, failed == null ? null : facts.get(failed.fact())));
        }
        return trace;
    }

    /**
     * Collect: one finding per code, the most severe rule first, then table order (a pass per severity, in
     * declaration order: a stable sort by severity without a comparator to link at start-up). Each rule's
     * severity and code are numbered once per table.
     */
    private static List<Rule> collect(Compiled compiled, List<Rule> rules, int[] matched, int count) {
        List<Rule> out = new ArrayList<>(count);
        boolean[] taken = new boolean[compiled.codes];
        for (int s = 0; s < compiled.severities; s++) {
            for (int i = 0; i < count; i++) {
                int r = matched[i];
                if (compiled.severityOf[r] != s || taken[compiled.codeOf[r]]) continue;
                taken[compiled.codeOf[r]] = true;
                out.add(rules.get(r));
            }
        }
        return out;
    }

    /** Whether every condition of {@code rule} holds for {@code facts}: one rule, no trace, nothing allocated. */
    public static boolean matches(DecisionTable table, Rule rule, Map<String, Object> facts) {
        for (Condition c : rule.when()) {
            if (!holds(table.facts().get(c.fact()), c, facts.get(c.fact()))) return false;
        }
        return true;
    }

    /** Whether one condition holds for {@code facts}. */
    public static boolean holds(DecisionTable table, Condition c, Map<String, Object> facts) {
        return holds(table.facts().get(c.fact()), c, facts.get(c.fact()));
    }

    static boolean holds(FactDefinition def, Condition c, Object value) {
        if (def != null && def.type() == FactDefinition.Type.SET) {
            @SuppressWarnings("unchecked")
            Set<String> set = value instanceof Set ? (Set<String>) value : Set.of();
            boolean any = false;
            for (String v : c.values()) if (set.contains(v)) any = true;
            return any != c.negated();
        }
        String v = value == null ? FactDefinition.UNKNOWN : String.valueOf(value);
        return c.values().contains(v) != c.negated();
    }

    /** A fact's value as the trace shows it ("unknown" when not given). */
    public static String show(Object value) {
        if (value == null) return FactDefinition.UNKNOWN;
        if (value instanceof Set<?> s) return s.isEmpty() ? "[]" : s.toString();
        return String.valueOf(value);
    }
}
