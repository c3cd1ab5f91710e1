package sspr.doctor.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Did-you-mean: the candidates closest to a mistyped value, shared by every command. */
public final class Suggestions {
    private Suggestions() {}

    public static List<String> closest(String typed, Collection<String> candidates, int max) {
        String needle = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        record Scored(String value, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(needle, c);
            if (c.startsWith(needle) && needle.length() >= 3) d = Math.min(d, 1);
            else if (c.contains(needle) && needle.length() >= 4) d = Math.min(d, 2);
            if (d <= limit) scored.add(new Scored(candidate, d));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::value));
        List<String> out = new ArrayList<>();
        for (Scored s : scored) {
            if (!out.contains(s.value())) out.add(s.value());
            if (out.size() == max) break;
        }
        return out;
    }

    /** " (did you mean x?)" or "" when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates, String template) {
        List<String> close = closest(typed, candidates, 3);
        if (close.isEmpty()) return "";
        return template.replace("{0}", String.join(", ", close));
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
