package sspr.doctor.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Resolves {@code ARTICLE/ID} or a unique bare {@code ID} against the known entry IDs. */
public final class EntryLookup {
    private EntryLookup() {}

    /** Outcome: exactly one of {@code qualified}, {@code ambiguous} candidates, or not found. */
    public record Result(String qualified, List<String> ambiguous) {
        public boolean found() { return qualified != null; }
    }

    public static Result find(String entry, Set<String> qualifiedIds) {
        if (qualifiedIds.contains(entry)) return new Result(entry, List.of());
        List<String> matches = new ArrayList<>();
        for (String q : qualifiedIds) {
            if (q.substring(q.indexOf('/') + 1).equals(entry)) matches.add(q);
        }
        if (matches.size() == 1) return new Result(matches.get(0), List.of());
        return new Result(null, matches);
    }

    /** Candidates for did-you-mean: qualified IDs and bare IDs. */
    public static List<String> candidates(Set<String> qualifiedIds) {
        List<String> all = new ArrayList<>(qualifiedIds);
        for (String q : qualifiedIds) {
            String bare = q.substring(q.indexOf('/') + 1);
            if (!all.contains(bare)) all.add(bare);
        }
        return all;
    }
}
