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
        List<Rule> matched = new ArrayList<>();
        List<TraceLine> trace = new ArrayList<>();
        for (Rule rule : table.rules()) {
            Condition failed = null;
            for (Condition c : rule.when()) {
                if (!holds(table.facts().get(c.fact()), c, facts.get(c.fact()))) {
                    failed = c;
                    break;
                }
            }
            if (failed == null) matched.add(rule);
            trace.add(new TraceLine(rule.id(), rule.when().isEmpty(), failed, failed == null ? null : facts.get(failed.fact())));
        }
        // collect: one finding per code, the most severe rule first, then table order (a pass per
        // severity, in declaration order: a stable sort by severity without a comparator to link at start-up)
        Map<String, Rule> byCode = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            for (Rule r : matched) if (r.then().severity() == s) byCode.putIfAbsent(r.then().code(), r);
        }
        return new Evaluation(new ArrayList<>(byCode.values()), trace);
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
