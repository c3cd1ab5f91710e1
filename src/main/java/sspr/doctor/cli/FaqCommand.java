package sspr.doctor.cli;

import sspr.doctor.report.diagnosis.DiagnosisView;
import sspr.doctor.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sspr.doctor.bundle.FaqIndex;
import sspr.doctor.content.Article;
import sspr.doctor.i18n.LanguageTags;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.content.FaqEntry;
import sspr.doctor.content.Segment;
import sspr.doctor.faq.EntryLookup;
import sspr.doctor.faq.FaqSearch;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;

/** {@code faq list|show|search}: the questions the bundled articles answer. */
@Command(name = "faq", description = "List, show and search the questions the bundled articles answer.",
        subcommands = {FaqCommand.ListEntries.class, FaqCommand.Show.class, FaqCommand.Search.class},
        footer = {"", "Examples:",
                "  sspr-doctor faq list --lang zh-TW",
                "  sspr-doctor faq show issues-with-credentials/reset-button-greyed-out --lang zh-CN --format json",
                "  sspr-doctor faq search 'greyed out'",
                "  sspr-doctor faq search 重置密码 --lang zh-CN"})
final class FaqCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
    }

    enum ListFormat { text, json }

    enum ShowFormat { text, json, markdown }

    /** The resolved copy of each requested article, with fallback notices. */
    static List<Article> articles(Cli cli, String onlySlug) {
        ContentLibrary lib = cli.library();
        List<Article> out = new ArrayList<>();
        if (onlySlug != null && !lib.hasArticle(onlySlug)) {
            throw new UserError("--article: " + cli.t("error.article-unknown", "slug", onlySlug)
                    + cli.didYouMean(onlySlug, lib.slugs()));
        }
        for (ContentLibrary.Resolved r : lib.all(cli.requestedLang())) {
            if (onlySlug != null && !r.article().slug().equals(onlySlug)) continue;
            if (r.fellBack()) cli.languageFallback(r.article().slug(), r.article().lang());
            out.add(r.article());
        }
        return out;
    }

    @Command(name = "list", description = "List the FAQ entries of every article (or one).")
    static final class ListEntries implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Option(names = "--article", paramLabel = "SLUG", description = "Only this article.")
        String article;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            List<FaqIndex.Copy> copies = new ArrayList<>();
            List<String[]> keys = new ArrayList<>();
            FaqIndex index = cli.faqIndex();
            if (index != null) {
                // bundled content only: the build-time index answers without parsing any article
                if (article != null && !index.articles().containsKey(article)) {
                    throw new UserError("--article: " + cli.t("error.article-unknown", "slug", article)
                            + cli.didYouMean(article, index.articles().keySet()));
                }
                for (Map.Entry<String, Map<String, FaqIndex.Copy>> a : index.articles().entrySet()) {
                    if (article != null && !a.getKey().equals(article)) continue;
                    LanguageTags.Match m = LanguageTags.match(cli.requestedLang(), a.getValue().keySet());
                    if (m.fellBackToEnglish()) cli.languageFallback(a.getKey(), m.tag());
                    copies.add(a.getValue().get(m.tag()));
                    keys.add(new String[] {a.getKey(), m.tag()});
                }
            } else {
                for (Article a : articles(cli, article)) {
                    List<String[]> entries = new ArrayList<>();
                    for (FaqEntry e : a.entries()) entries.add(new String[] {e.id(), e.questionText()});
                    copies.add(new FaqIndex.Copy(a.title().plain(), a.translation(), entries));
                    keys.add(new String[] {a.slug(), a.lang()});
                }
            }
            if (format == ListFormat.json) {
                List<Object> rows = new ArrayList<>();
                for (int i = 0; i < copies.size(); i++) {
                    for (String[] e : copies.get(i).entries()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("article", keys.get(i)[0]);
                        row.put("id", e[0]);
                        row.put("lang", keys.get(i)[1]);
                        row.put("question", e[1]);
                        String title = usableTitle(keys.get(i)[0], e[0], keys.get(i)[1]);
                        if (title != null) row.put("title", title); // added key: fragment questions only
                        rows.add(row);
                    }
                }
                cli.printWhole(TreeWriter.json(rows));
                return 0;
            }
            StringBuilder out = new StringBuilder();
            int idWidth = 0;
            for (FaqIndex.Copy c : copies) for (String[] e : c.entries()) idWidth = Math.max(idWidth, DisplayWidth.of(e[0]));
            int width = cli.width();
            // side by side when the IDs leave room for the questions, else each question under its ID
            boolean stacked = idWidth + 4 > width / 3;
            for (int i = 0; i < copies.size(); i++) {
                FaqIndex.Copy c = copies.get(i);
                if (i > 0) out.append('\n');
                // the article's title and its key line wrap too: a narrow terminal gets no line wider than itself
                for (String line : TextWrapper.wrap(c.title(), width)) out.append(cli.style().bold(line)).append('\n');
                // "article · lang" stays whole on the first line; the translation label goes below when it does not fit
                String key = keys.get(i)[0] + " · " + keys.get(i)[1];
                String label = translationLabel(cli, keys.get(i)[1], c.translation());
                if (label.isEmpty() && DisplayWidth.of(key) <= width || DisplayWidth.of(key + label) <= width) {
                    out.append(cli.style().dim(key + label)).append('\n');
                } else if (DisplayWidth.of(key) > width) {
                    // the article's key is one long word: alone on its line, the language and label below it
                    out.append(cli.style().dim(keys.get(i)[0])).append('\n');
                    for (String line : TextWrapper.wrap("· " + keys.get(i)[1] + label, width)) out.append(cli.style().dim(line)).append('\n');
                } else {
                    out.append(cli.style().dim(key)).append('\n');
                    for (String line : TextWrapper.wrap(label.replaceFirst("^ · ", ""), width)) out.append(cli.style().dim(line)).append('\n');
                }
                for (String[] e : c.entries()) {
                    String indent = stacked ? "      " : "  " + " ".repeat(idWidth + 2);
                    String title = usableTitle(keys.get(i)[0], e[0], keys.get(i)[1]);
                    List<String> lines = TextWrapper.wrap(title != null ? title : e[1], Math.max(20, width - DisplayWidth.of(indent)));
                    if (stacked) {
                        out.append("  ").append(cli.style().cyan(e[0])).append('\n');
                        for (String line : lines) out.append(indent).append(line).append('\n');
                    } else {
                        out.append("  ").append(cli.style().cyan(DisplayWidth.padRight(e[0], idWidth))).append("  ").append(lines.get(0)).append('\n');
                        for (int j = 1; j < lines.size(); j++) out.append(indent).append(lines.get(j)).append('\n');
                    }
                }
            }
            cli.printWhole(out.toString());
            return 0;
        }
    }

    /** The usable title of an entry whose question is a sentence fragment (content/articles/notes.yaml), or null. */
    static String usableTitle(String article, String id, String lang) {
        // only in the languages the notes are written in: a copy in another language keeps its own question
        if (!sspr.doctor.i18n.Messages.LANGUAGES.contains(lang)) return null;
        String key = sspr.doctor.faq.ArticleNotes.bundled().titleKey(article, id);
        return key == null ? null : sspr.doctor.i18n.Messages.of("notes", lang).get(key);
    }

    static String translationLabel(Cli cli, String translation) {
        if (translation == null) return "";
        return " · " + cli.t("translation." + translation.toLowerCase(java.util.Locale.ROOT));
    }

    static String translationLabel(Cli cli, Article a) {
        return translationLabel(cli, a.lang(), a.translation());
    }

    static String translationLabel(Cli cli, String lang, String translation) {
        if ("project".equalsIgnoreCase(translation) && sspr.doctor.i18n.LanguageTags.language(lang).equals("en")) {
            return " · " + cli.t("translation.project-source"); // the project's own English text is no translation
        }
        return translationLabel(cli, translation);
    }

    /** Finds one entry by ARTICLE/ID or unique ID, in the best language. */
    static FaqEntry findEntry(Cli cli, String entry) {
        ContentLibrary lib = cli.library();
        EntryLookup.Result found = EntryLookup.find(entry, lib.qualifiedEntryIds());
        if (!found.found()) {
            if (!found.ambiguous().isEmpty()) {
                throw new UserError(cli.t("error.entry-ambiguous", "entry", entry, "candidates", String.join(", ", found.ambiguous())));
            }
            throw new UserError(cli.t("error.entry-unknown", "entry", entry)
                    + cli.didYouMean(entry, EntryLookup.candidates(lib.qualifiedEntryIds())));
        }
        String slug = found.qualified().substring(0, found.qualified().indexOf('/'));
        String id = found.qualified().substring(slug.length() + 1);
        ContentLibrary.Resolved r = lib.article(slug, cli.requestedLang()).orElseThrow();
        if (r.fellBack()) cli.languageFallback(slug, r.article().lang());
        Optional<FaqEntry> e = r.article().entries().stream().filter(x -> x.id().equals(id)).findFirst();
        return e.orElseThrow(() -> new UserError(cli.t("error.entry-unknown", "entry", entry)));
    }

    @Command(name = "show", description = "Show one question and its answer.")
    static final class Show implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Parameters(paramLabel = "ENTRY", description = "ARTICLE/ID, or an ID that only one article has.")
        String entry;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ShowFormat format;

        @Option(names = "--source", description = "Also show the English source text under the translation, where the article carries it side by side.")
        boolean source;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            FaqEntry e = findEntry(cli, entry);
            sspr.doctor.diagnosis.Finding.FaqRef noted = Tables.withNotes(
                    new sspr.doctor.diagnosis.Finding.FaqRef(e.article(), e.id(), e.lang(), e.questionText()));
            boolean titled = !noted.question().equals(e.questionText());
            switch (format) {
                case json: {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("article", e.article());
                    row.put("id", e.id());
                    row.put("lang", e.lang());
                    row.put("question", e.questionText());
                    row.put("answer", ArticleRenderer.plain(e.answer()));
                    List<Object> links = new ArrayList<>();
                    for (Segment s : e.links()) {
                        Map<String, Object> link = new LinkedHashMap<>();
                        link.put("text", s.text().strip());
                        link.put("url", s.url());
                        links.add(link);
                    }
                    row.put("links", links);
                    if (source) {
                        // added keys: the English half of a side-by-side copy (null when the copy has none)
                        row.put("questionSource", e.question().hasSource() ? FaqEntry.withoutTrailingColon(e.question().sourcePlain()) : null);
                        row.put("answerSource", ArticleRenderer.plain(e.answer(), true));
                    }
                    // added keys: a usable title where the question is a sentence fragment, and notes where
                    // the current documentation supersedes the article (absent when there are none)
                    if (titled) row.put("title", noted.question());
                    if (!noted.notes().isEmpty()) row.put("notes", DiagnosisView.notesTree(noted.notes()));
                    cli.out().print(TreeWriter.json(row));
                    break;
                }
                case markdown: {
                    StringBuilder md = new StringBuilder();
                    for (sspr.doctor.diagnosis.Finding.Note n : noted.notes()) {
                        md.append("\n> **").append(cli.t("faq.note.label")).append("** ").append(n.text()).append(" (").append(n.shortSource()).append(")\n");
                    }
                    cli.out().print("## " + (titled ? noted.question() + "\n\n*" + e.questionText() + "*" : e.questionText()) + "\n\n"
                            + (ArticleRenderer.hasDistinctSource(source, e.question()) ? "> " + e.question().sourcePlain() + "\n\n" : "")
                            + ArticleRenderer.markdown(e.answer(), source) + md);
                    break;
                }
                default: {
                    StringBuilder out = new StringBuilder();
                    ArticleRenderer r = new ArticleRenderer(cli.width(), cli.style(), source);
                    if (titled) out.append(cli.style().bold(noted.question())).append('\n');
                    r.heading(e.question(), e.questionText(), out);
                    for (String line : TextWrapper.wrap(e.article() + "/" + e.id() + " · " + e.lang(), cli.width())) out.append(cli.style().dim(line)).append('\n');
                    out.append('\n');
                    r.text(e.answer(), "", out);
                    if (!r.links().isEmpty()) {
                        out.append('\n');
                        r.linkFootnotes("", out);
                    }
                    notesText(cli, noted.notes(), out);
                    cli.printWhole(out.toString());
                }
            }
            return 0;
        }
    }

    /** Notes on superseded article text, each wrapped under a "Note" label with its source. */
    static void notesText(Cli cli, List<sspr.doctor.diagnosis.Finding.Note> notes, StringBuilder out) {
        for (sspr.doctor.diagnosis.Finding.Note n : notes) {
            out.append('\n');
            for (String line : sspr.doctor.text.TextWrapper.wrap(cli.t("faq.note", "text", n.text(), "source", n.shortSource()), Math.max(30, cli.width() - 2))) {
                out.append(cli.style().yellow(line)).append('\n');
            }
        }
    }

    @Command(name = "search", description = "Search questions and answers (works for Chinese without spaces).")
    static final class Search implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for.")
        List<String> query;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            if (limit < 1) throw new UserError("--limit", LocalizedText.of("at-least-one"));
            ContentLibrary lib = cli.library();
            List<FaqSearch.Document> docs = new ArrayList<>();
            for (Article a : articles(cli, null)) {
                Optional<Article> english = a.lang().equals("en") ? Optional.empty() : lib.exact(a.slug(), "en");
                for (FaqEntry e : a.entries()) {
                    StringBuilder en = new StringBuilder(e.question().sourcePlain()).append(' ');
                    english.flatMap(x -> x.entries().stream().filter(y -> y.id().equals(e.id())).findFirst())
                            .ifPresent(y -> en.append(y.questionText()).append(' ').append(ArticleRenderer.plain(y.answer())));
                    docs.add(new FaqSearch.Document(e, e.questionText(), ArticleRenderer.plain(e.answer()), en.toString()));
                }
            }
            List<FaqSearch.Hit> hits = new FaqSearch(docs).search(String.join(" ", query), limit);
            if (format == ListFormat.json) {
                List<Object> rows = new ArrayList<>();
                for (FaqSearch.Hit h : hits) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("article", h.entry().article());
                    row.put("id", h.entry().id());
                    row.put("lang", h.entry().lang());
                    row.put("question", h.entry().questionText());
                    String title = usableTitle(h.entry().article(), h.entry().id(), h.entry().lang());
                    if (title != null) row.put("title", title); // added key, as in 'faq list': fragment questions only
                    row.put("score", h.score());
                    rows.add(row);
                }
                cli.printWhole(TreeWriter.json(rows));
                return 0;
            }
            if (hits.isEmpty()) {
                cli.err().println(cli.t("search.none", "query", String.join(" ", query)));
                return 0;
            }
            StringBuilder out = new StringBuilder();
            int width = cli.width();
            for (FaqSearch.Hit h : hits) {
                String key = h.entry().article() + "/" + h.entry().id();
                String score = String.format("%.2f", h.score());
                // the ID is never broken; the score goes under it when both do not fit
                out.append(cli.style().cyan(key)).append(DisplayWidth.of(key) + 2 + score.length() <= width
                        ? cli.style().dim("  " + score) : "\n" + cli.style().dim("    " + score)).append('\n');
                // a question that is a sentence fragment shows the title 'faq list' shows for it
                String title = usableTitle(h.entry().article(), h.entry().id(), h.entry().lang());
                for (String line : TextWrapper.wrap(title != null ? title : h.entry().questionText(), width - 4)) out.append("    ").append(line).append('\n');
            }
            cli.printWhole(out.toString());
            return 0;
        }
    }
}
