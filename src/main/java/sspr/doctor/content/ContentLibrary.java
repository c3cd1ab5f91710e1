package sspr.doctor.content;

import sspr.doctor.io.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import sspr.doctor.i18n.LanguageTags;

/**
 * Every usable article, by slug and language: the bundled ones, overlaid by those of a user's
 * content folder. Files with problems are reported; the ones that cannot be used are left out, so
 * the other commands keep working.
 */
public final class ContentLibrary {
    private final Map<String, Map<String, Article>> articles = new TreeMap<>();
    private final Map<String, ArticleIndex> indexes = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    public static ContentLibrary load(List<ContentStore> stores) {
        ContentLibrary lib = new ContentLibrary();
        List<ContentStore> toParse = new ArrayList<>(stores);
        if (!toParse.isEmpty() && toParse.get(0) instanceof BundledContent) {
            sspr.doctor.bundle.CompiledContent.Articles compiled = sspr.doctor.bundle.CompiledContent.articles();
            if (compiled != null) {
                toParse.remove(0);
                lib.indexes.putAll(compiled.indexes());
                lib.problems.addAll(compiled.problems());
                for (Article a : compiled.articles()) {
                    lib.articles.computeIfAbsent(a.slug(), k -> new LinkedHashMap<>()).put(a.lang(), a);
                }
            }
        }
        stores = toParse;
        for (ContentStore store : stores) {
            for (String slug : store.indexedSlugs()) {
                store.index(slug).ifPresent(f -> {
                    ArticleIndex idx = IndexParser.parse(f, lib.problems);
                    if (idx != null) lib.indexes.put(slug, idx);
                });
            }
        }
        for (ContentStore store : stores) {
            for (ContentFile file : store.articles()) {
                ArticleLoader.Result r = ArticleLoader.load(file, lib.indexes.get(file.slug()));
                lib.problems.addAll(r.problems());
                if (r.article() != null && !r.entryCountMismatch()) {
                    lib.articles.computeIfAbsent(file.slug(), k -> new LinkedHashMap<>()).put(r.article().lang(), r.article());
                }
            }
        }
        return lib;
    }

    public List<Problem> problems() { return problems; }

    public Set<String> slugs() { return articles.keySet(); }

    public Map<String, ArticleIndex> indexes() { return indexes; }

    public Collection<String> languagesOf(String slug) {
        Map<String, Article> byLang = articles.get(slug);
        if (byLang == null) return List.of();
        List<String> langs = new ArrayList<>(byLang.keySet());
        langs.sort(String::compareTo);
        return langs;
    }

    public boolean hasArticle(String slug) { return articles.containsKey(slug); }

    /** The best copy of an article for the requested language (contract's matching). */
    public Optional<Resolved> article(String slug, String requestedLang) {
        Map<String, Article> byLang = articles.get(slug);
        if (byLang == null || byLang.isEmpty()) return Optional.empty();
        LanguageTags.Match m = LanguageTags.match(requestedLang, byLang.keySet());
        return Optional.of(new Resolved(byLang.get(m.tag()), m.fellBackToEnglish()));
    }

    public Optional<Article> exact(String slug, String lang) {
        Map<String, Article> byLang = articles.get(slug);
        return byLang == null ? Optional.empty() : Optional.ofNullable(byLang.get(lang));
    }

    /** All articles resolved for one language, in slug order. */
    public List<Resolved> all(String requestedLang) {
        List<Resolved> out = new ArrayList<>();
        for (String slug : articles.keySet()) article(slug, requestedLang).ifPresent(out::add);
        return out;
    }

    /** Entry IDs known across all articles, as "article/id". */
    public Set<String> qualifiedEntryIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String slug : articles.keySet()) {
            ArticleIndex idx = indexes.get(slug);
            if (idx != null) for (String id : idx.ids()) ids.add(slug + "/" + id);
            else article(slug, "en").ifPresent(r -> r.article().entries().forEach(e -> ids.add(slug + "/" + e.id())));
        }
        return ids;
    }

    /** An article copy chosen for a request, and whether the choice was the English fallback. */
    public record Resolved(Article article, boolean fellBack) {}
}
