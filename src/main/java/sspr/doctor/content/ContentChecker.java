package sspr.doctor.content;

import sspr.doctor.io.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks content stores: every file loads cleanly, has its locale and title, matches its index's
 * entry count, and each article's entries carry the same links as in the other languages (a
 * cheap sign that entries are in the same order).
 */
public final class ContentChecker {
    private ContentChecker() {}

    /** Every problem found, and what was found in each article file checked. */
    public record Report(List<Problem> problems, List<FileReport> files) {}

    /** With {@code onlyLast}, the last store only (the user's folder) is reported. */
    public static Report check(List<ContentStore> stores, boolean onlyLast) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ArticleIndex> indexes = new HashMap<>();
        for (int s = 0; s < stores.size(); s++) {
            ContentStore store = stores.get(s);
            List<Problem> sink = (!onlyLast || s == stores.size() - 1) ? problems : new ArrayList<>();
            for (String slug : store.indexedSlugs()) {
                store.index(slug).ifPresent(f -> {
                    ArticleIndex idx = IndexParser.parse(f, sink);
                    if (idx != null) indexes.put(slug, idx);
                });
            }
        }
        List<FileReport> files = new ArrayList<>();
        for (int s = 0; s < stores.size(); s++) {
            if (onlyLast && s != stores.size() - 1) continue;
            for (ContentFile f : stores.get(s).articles()) {
                ArticleLoader.Result r = ArticleLoader.load(f, indexes.get(f.slug()));
                for (Problem p : r.problems()) problems.add(p.code().equals("index") ? withDidYouMean(p, f.slug(), indexes.keySet()) : p);
                files.add(r.report());
            }
        }
        return new Report(problems, files);
    }

    /** A copy named a little off a known article (a misspelt file name) is a new article: say which was meant. */
    private static Problem withDidYouMean(Problem p, String slug, java.util.Set<String> known) {
        String hint = sspr.doctor.text.Suggestions.didYouMean(slug, known, " (did you mean {0}?)");
        if (hint.isEmpty()) return p;
        java.util.Map<String, Object> args = new java.util.LinkedHashMap<>(p.args());
        if ("content.no-index".equals(args.get(Problem.MESSAGE_KEY))) {
            args.put(Problem.MESSAGE_KEY, "content.no-index-suggest");
            args.put("names", String.join(", ", sspr.doctor.text.Suggestions.closest(slug, known, 3)));
        }
        return new Problem(p.file(), p.line(), p.column(), p.code(), p.message() + hint, args);
    }
}
