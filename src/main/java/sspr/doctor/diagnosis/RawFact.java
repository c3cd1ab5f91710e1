package sspr.doctor.diagnosis;

import java.util.List;

/**
 * A fact as typed, before names are resolved: a string, a list of strings or a boolean, and where
 * it came from ("--role", or "profile.yaml:3:7") for error messages.
 */
public record RawFact(Object value, String origin) {
    @SuppressWarnings("unchecked")
    public List<String> strings() {
        if (value == null) return null;
        if (value instanceof List<?>) return (List<String>) value;
        return List.of(String.valueOf(value));
    }
}
