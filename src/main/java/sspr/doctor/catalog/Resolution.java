package sspr.doctor.catalog;

import java.util.List;

/** Result of resolving a user-typed name: one value, several candidates, or nothing (with suggestions). */
public record Resolution<T>(T value, List<T> candidates, List<String> suggestions) {
    public static <T> Resolution<T> of(T value) { return new Resolution<>(value, List.of(), List.of()); }
    public static <T> Resolution<T> ambiguous(List<T> candidates) { return new Resolution<>(null, candidates, List.of()); }
    public static <T> Resolution<T> none(List<String> suggestions) { return new Resolution<>(null, List.of(), suggestions); }
    public boolean found() { return value != null; }
    public boolean isAmbiguous() { return value == null && !candidates.isEmpty(); }
}
