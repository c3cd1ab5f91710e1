package sspr.doctor.tenant;

import java.util.LinkedHashMap;
import java.util.Map;
import sspr.doctor.diagnosis.RawFact;

/**
 * Facts derived from a snapshot, keyed as in profiles ("target-role", "hybrid"…), and for each fact
 * the snapshot could give, where it came from: a {@link Source} or "unknown" (keyed as in the JSON
 * {@code input}: "targetRoles", "hybrid"…).
 */
public final class SnapshotFacts implements FactSink {
    public static final String UNKNOWN = "unknown";

    private final Map<String, RawFact> facts = new LinkedHashMap<>();
    private final Map<String, Object> sources = new LinkedHashMap<>();

    void put(String key, Object value, Source source) {
        facts.put(key, RawFact.observed(value, source.file() + " " + source.path()));
        sources.put(inputKey(key), source.toMap());
    }

    @Override
    public void put(String key, Object value, Located at, String property) {
        Source s = at.source();
        put(key, value, property == null ? s : s.at(property));
    }

    @Override
    public void putAbsent(String key, Object value, Source collection, String field, String id) {
        put(key, value, new Source(collection.file(), collection.path() + "[?(@." + field + "=='" + id + "')]", 0));
    }

    @Override
    public void unknown(String key) {
        facts.remove(key);
        sources.put(inputKey(key), UNKNOWN);
    }

    void addAll(SnapshotFacts other) {
        facts.putAll(other.facts);
        sources.putAll(other.sources);
    }

    public Map<String, RawFact> facts() { return facts; }

    public Map<String, Object> sources() { return sources; }

    /** The JSON input key of a profile key: camelCase, plural for lists. */
    public static String inputKey(String key) {
        switch (key) {
            case "role": return "roles";
            case "target-role": return "targetRoles";
            case "license": return "licenses";
            case "symptom": return "symptoms";
            default:
                StringBuilder sb = new StringBuilder();
                boolean up = false;
                for (char c : key.toCharArray()) {
                    if (c == '-') { up = true; continue; }
                    sb.append(up ? Character.toUpperCase(c) : c);
                    up = false;
                }
                return sb.toString();
        }
    }
}
