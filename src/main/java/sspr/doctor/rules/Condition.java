package sspr.doctor.rules;

import java.util.Set;

/**
 * One test of a rule. For single-valued facts: the value is one of {@code values} (or, negated,
 * none of them). For sets: the set contains any of {@code values}, or (negated) none of them.
 */
public record Condition(String fact, Set<String> values, boolean negated, int line, int column) {

    /** The values of a single-valued fact's domain this condition accepts. */
    public Set<String> accepted(java.util.List<String> domain) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String v : domain) if (values.contains(v) != negated) out.add(v);
        return out;
    }

    public String describe() {
        String list = values.size() == 1 ? values.iterator().next() : values.toString();
        return fact + (negated ? " not " : " = ") + list;
    }
}
