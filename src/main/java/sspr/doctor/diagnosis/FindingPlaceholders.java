package sspr.doctor.diagnosis;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The values a finding's texts may name ({@code {targetKinds}}, {@code {resetters}}…) for one diagnosis,
 * each worked out when first asked: a diagnosis words a few findings, and most of them, already worded,
 * are only looked up by the few values their texts use. Each value is also kept by the facts it is made
 * from (the same strings come back for the same roles, so the lookups hash them once), a bounded number.
 */
final class FindingPlaceholders {
    /** Placeholder names, in the order of {@link #all}'s pairs. */
    static final String[] NAMES = {"targetKinds", "tenantResetters", "actorRoles", "targetRoles", "uncovered", "resetters",
            "portal", "licenses", "error", "candidates", "distinguish"};

    /** Alternating name, null: what {@link Diagnoser}'s look-up of the names a text uses reads. */
    static final Object[] LAYOUT = layout();

    private static Object[] layout() {
        Object[] out = new Object[NAMES.length * 2];
        for (int i = 0; i < NAMES.length; i++) out[2 * i] = NAMES[i];
        return out;
    }

    /**
     * A value and whether it is plain, worked out once. A value holding a brace or bar could make a message be
     * filled in turn (MessageTemplate.replaceInTurn), where a value put in may hold another placeholder: a finding
     * using such a value is not kept. With none, the text depends on the values it names alone.
     */
    private record Value(String text, boolean plain) {
        static Value of(String text) {
            return new Value(text, text.indexOf('{') < 0 && text.indexOf('}') < 0 && text.indexOf('|') < 0);
        }
    }

    /** Values kept per placeholder, by the facts each is made from; emptied when full. */
    static final class Kept {
        static final int MAX = 2048;
        @SuppressWarnings("unchecked")
        private final Map<Object, Value>[] byFacts = new Map[NAMES.length];

        private Value get(int slot, Object key, Function<Integer, String> make) {
            Map<Object, Value> m = byFacts[slot];
            if (m == null) m = byFacts[slot] = new java.util.HashMap<>();
            Value v = m.get(key);
            if (v == null) {
                v = Value.of(make.apply(slot));
                if (m.size() >= MAX) m.clear();
                m.put(key, v);
            }
            return v;
        }
    }

    private final DiagnosisInput in;
    private final Function<Integer, String> compute;
    private final Kept kept;
    private final Value[] values = new Value[NAMES.length];

    /** {@code compute} works out slot i's value for {@link #in}; {@link #key} says what it depends on. */
    FindingPlaceholders(DiagnosisInput in, Kept kept, Function<Integer, String> compute) {
        this.in = in;
        this.kept = kept;
        this.compute = compute;
    }

    private Value at(int slot) {
        Value v = values[slot];
        if (v == null) {
            Object key = key(slot);
            v = values[slot] = key == null ? Value.of(compute.apply(slot)) : kept.get(slot, key, compute);
        }
        return v;
    }

    /** The value of placeholder {@code slot} (an index into {@link #NAMES}). */
    String value(int slot) {
        return at(slot).text();
    }

    /** Whether that value holds no brace or bar (a finding using it may be kept). */
    boolean plain(int slot) {
        return at(slot).plain();
    }

    /** Alternating name, value for every placeholder (for wording a finding). */
    Object[] all() {
        Object[] out = new Object[NAMES.length * 2];
        for (int i = 0; i < NAMES.length; i++) {
            out[2 * i] = NAMES[i];
            out[2 * i + 1] = value(i);
        }
        return out;
    }

    /** The facts slot's value is made from (as Diagnoser's computation reads them), or null for one cheap enough to make each time. */
    private Object key(int slot) {
        switch (slot) {
            case 0: case 1: case 3:
                return Arrays.asList(in.targetRoles, in.targetInRoleAssignableGroup, in.targetInRestrictedAu);
            case 2:
                return Arrays.asList(in.roles);
            case 4:
                return Arrays.asList(in.roles, in.roleScope, in.targetRoles, in.targetInRoleAssignableGroup, in.targetInRestrictedAu,
                        in.targetMemberOfRestrictedAu);
            case 5:
                return Arrays.asList(in.targetRoles, in.targetInRoleAssignableGroup, in.targetInRestrictedAu, in.targetMemberOfRestrictedAu);
            case 7:
                return Arrays.asList(in.licenses);
            case 9: case 10:
                return in.error == null ? null : in.error;
            default:
                return null;
        }
    }
}
