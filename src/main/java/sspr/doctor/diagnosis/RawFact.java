package sspr.doctor.diagnosis;

import java.util.List;

/**
 * A fact as typed, before names are resolved: a string, a list of strings or a boolean, and where
 * it came from ("--role", or "profile.yaml:3:7") for error messages. An observed fact was read from
 * a tenant snapshot rather than typed, so an empty list there is a finding ("no licences assigned"),
 * not a typing mistake.
 */
public record RawFact(Object value, String origin, boolean observed) {
    public RawFact(Object value, String origin) { this(value, origin, false); }

    public static RawFact observed(Object value, String origin) { return new RawFact(value, origin, true); }

    @SuppressWarnings("unchecked")
    public List<String> strings() {
        if (value == null) return null;
        if (value instanceof List<?>) return (List<String>) value;
        return List.of(String.valueOf(value));
    }
}
