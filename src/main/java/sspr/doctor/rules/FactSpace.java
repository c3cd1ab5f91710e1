package sspr.doctor.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set of fact combinations a list of conditions allows, as one value set per fact (a box).
 * Set facts are split into one boolean per member ("symptoms:error"). Used by the checks to find
 * rules that can never fire, overlapping rules and coverage gaps.
 */
final class FactSpace {
    private final Map<String, FactDefinition> facts;
    private final Map<String, Set<String>> allowed = new HashMap<>();

    FactSpace(Map<String, FactDefinition> facts) {
        this.facts = facts;
    }

    FactSpace copy() {
        FactSpace s = new FactSpace(facts);
        for (Map.Entry<String, Set<String>> e : allowed.entrySet()) s.allowed.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
        return s;
    }

    Set<String> domainOf(String dimension) {
        int colon = dimension.indexOf(':');
        if (colon >= 0) return new LinkedHashSet<>(List.of("true", "false"));
        FactDefinition def = facts.get(dimension);
        return def == null ? new LinkedHashSet<>() : new LinkedHashSet<>(def.domain());
    }

    Set<String> get(String dimension) {
        Set<String> s = allowed.get(dimension);
        return s != null ? s : domainOf(dimension);
    }

    void restrict(String dimension, Set<String> values) {
        Set<String> current = new LinkedHashSet<>(get(dimension));
        current.retainAll(values);
        allowed.put(dimension, current);
    }

    /** Intersects this box with a condition. */
    void apply(Condition c) {
        FactDefinition def = facts.get(c.fact());
        if (def == null) return;
        if (def.type() == FactDefinition.Type.SET) {
            if (c.negated()) {
                for (String v : c.values()) restrict(c.fact() + ":" + v, Set.of("false"));
            } else if (c.values().size() == 1) {
                restrict(c.fact() + ":" + c.values().iterator().next(), Set.of("true"));
            } else {
                // "contains any of several": representable only approximately; at least not all false
                boolean allFalse = true;
                for (String v : c.values()) if (get(c.fact() + ":" + v).contains("true")) allFalse = false;
                if (allFalse) restrict(c.fact() + ":" + c.values().iterator().next(), Set.of());
            }
        } else {
            restrict(c.fact(), c.accepted(def.domain()));
        }
    }

    void applyAll(List<Condition> conditions) {
        for (Condition c : conditions) apply(c);
    }

    /** True when this box surely satisfies the condition (every value it allows is accepted). */
    boolean implies(Condition c) {
        FactDefinition def = facts.get(c.fact());
        if (def == null) return false;
        if (def.type() == FactDefinition.Type.SET) {
            if (c.negated()) {
                for (String v : c.values()) if (get(c.fact() + ":" + v).contains("true")) return false;
                return true;
            }
            for (String v : c.values()) {
                Set<String> s = get(c.fact() + ":" + v);
                if (s.size() == 1 && s.contains("true")) return true;
            }
            return false;
        }
        return c.accepted(def.domain()).containsAll(get(c.fact()));
    }

    /** Applies constraints until nothing changes; false when the box became empty. */
    boolean propagate(List<Constraint> constraints) {
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ < 50) {
            changed = false;
            for (Constraint k : constraints) {
                boolean applies = true;
                for (Condition c : k.when()) if (!implies(c)) applies = false;
                if (!applies) continue;
                Map<String, Set<String>> before = snapshot();
                applyAll(k.then());
                if (!before.equals(snapshot())) changed = true;
            }
            if (isEmpty()) return false;
        }
        return !isEmpty();
    }

    boolean isEmpty() {
        for (Set<String> s : allowed.values()) if (s.isEmpty()) return true;
        return false;
    }

    private Map<String, Set<String>> snapshot() {
        Map<String, Set<String>> m = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : allowed.entrySet()) m.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
        return m;
    }
}
