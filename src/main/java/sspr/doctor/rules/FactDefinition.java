package sspr.doctor.rules;

import java.util.List;

/**
 * A fact the table may test. Booleans take true/false; enums their declared values; sets (such as
 * symptoms) are tested with contains/excludes. {@code unknown} says whether the fact may be
 * unknown (not stated), which conditions write as the value {@code unknown}.
 */
public record FactDefinition(String name, Type type, List<String> values, boolean unknownAllowed, boolean derived, int line) {
    public static final String UNKNOWN = "unknown";

    public enum Type { BOOLEAN, ENUM, SET }

    /** Every value a condition on this fact may name, "unknown" included where allowed. */
    public List<String> domain() {
        List<String> d = new java.util.ArrayList<>(type == Type.BOOLEAN ? List.of("true", "false") : values);
        if (unknownAllowed && type != Type.SET) d.add(UNKNOWN);
        return d;
    }
}
