package sspr.doctor.tenant;

/**
 * Hears the facts derived from a snapshot. {@link SnapshotFacts} keeps each with where it came from
 * (for diagnose's input.sources); the audit keeps only the values, so that where a fact of each of a
 * million users came from is never spelled out.
 */
interface FactSink {
    /** Something that knows where it is in the snapshot; asked only by sinks that keep sources. */
    interface Located {
        Source source();
    }

    /** A fact found at {@code at}, or at its {@code property} when not null. */
    void put(String key, Object value, Located at, String property);

    /** A fact that holds because no record of {@code collection} with {@code field} = {@code id} says otherwise. */
    void putAbsent(String key, Object value, Source collection, String field, String id);

    /** A fact the snapshot does not give. */
    void unknown(String key);
}
