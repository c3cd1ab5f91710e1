package sspr.doctor.cli;

import sspr.doctor.report.diagnosis.DiagnosisView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sspr.doctor.content.Article;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.content.FaqEntry;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextTable;
import sspr.doctor.text.TextWrapper;

/** {@code articles list|show}: the bundled help articles, in every language they exist in. */
@Command(name = "articles", description = "List and read the bundled help articles.",
        subcommands = {ArticlesCommand.ListArticles.class, ArticlesCommand.Show.class})
final class ArticlesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
    }

    enum ListFormat { text, json }

    enum ShowFormat { text, markdown, json }

    @Command(name = "list", description = "List every article and language, and who translated it.")
    static final class ListArticles implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            ContentLibrary lib = cli.library();
            List<Article> rows = new ArrayList<>();
            for (String slug : lib.slugs()) {
                for (String lang : lib.languagesOf(slug)) lib.exact(slug, lang).ifPresent(rows::add);
            }
            if (format == ListFormat.json) {
                List<Object> out = new ArrayList<>();
                for (Article a : rows) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("slug", a.slug());
                    row.put("lang", a.lang());
                    row.put("title", a.title().plain());
                    row.put("languages", new ArrayList<>(lib.languagesOf(a.slug())));
                    row.put("translation", a.translation());
                    out.add(row);
                }
                cli.out().print(TreeWriter.json(out));
                return 0;
            }
            // laid out for the terminal: aligned when it fits, else the title wrapped, else one record per article
            TextTable table = new TextTable(cli.t("articles.header.slug"), cli.t("articles.header.lang"),
                    cli.t("articles.header.translation"), cli.t("articles.header.title")).headerStyle(cli.style()::bold);
            for (Article a : rows) table.row(a.slug(), a.lang(), kind(cli, a), a.title().plain());
            String out = table.render(cli.width());
            cli.out().print(out);
            return 0;
        }

        private static String kind(Cli cli, Article a) {
            String t = a.translation() == null ? "original" : a.translation().toLowerCase(java.util.Locale.ROOT);
            // the project's own English text is its source, not a translation of anything
            if (t.equals("project") && sspr.doctor.i18n.LanguageTags.language(a.lang()).equals("en")) t = "project-source";
            return cli.t("translation." + t);
        }
    }

    @Command(name = "show", description = "Show an article, rendered for the terminal.")
    static final class Show implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Parameters(paramLabel = "SLUG", description = "The article (see 'articles list').")
        String slug;

        @Option(names = "--source", description = "Also show the English source text under the translation, where the article carries it side by side.")
        boolean source;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ShowFormat format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            ContentLibrary lib = cli.library();
            ContentLibrary.Resolved r = lib.article(slug, cli.requestedLang()).orElseThrow(() -> new UserError(
                    cli.t("error.article-unknown", "slug", slug) + cli.didYouMean(slug, lib.slugs())));
            if (r.fellBack()) cli.languageFallback(slug, r.article().lang());
            Article a = r.article();
            String title = a.title().plain();
            switch (format) {
                case json: {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("slug", a.slug());
                    row.put("lang", a.lang());
                    row.put("title", title);
                    row.put("translation", a.translation());
                    row.put("languages", new ArrayList<>(lib.languagesOf(a.slug())));
                    row.put("intro", ArticleRenderer.plain(a.intro()));
                    List<Object> entries = new ArrayList<>();
                    for (FaqEntry e : a.entries()) {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("id", e.id());
                        entry.put("question", e.questionText());
                        entry.put("answer", ArticleRenderer.plain(e.answer()));
                        // added keys: a usable title for a fragment question, notes on superseded text
                        sspr.doctor.diagnosis.Finding.FaqRef noted = Tables.withNotes(
                                new sspr.doctor.diagnosis.Finding.FaqRef(a.slug(), e.id(), a.lang(), e.questionText()));
                        if (!noted.question().equals(e.questionText())) entry.put("title", noted.question());
                        if (!noted.notes().isEmpty()) entry.put("notes", DiagnosisView.notesTree(noted.notes()));
                        entries.add(entry);
                    }
                    row.put("entries", entries);
                    row.put("notes", articleNotes(a));
                    if (source) {
                        // added keys: the English halves of a side-by-side copy
                        row.put("titleSource", a.title().hasSource() ? a.title().sourcePlain() : null);
                        row.put("introSource", ArticleRenderer.plain(a.intro(), true));
                        for (int i = 0; i < entries.size(); i++) {
                            FaqEntry e = a.entries().get(i);
                            @SuppressWarnings("unchecked") Map<String, Object> entry = (Map<String, Object>) entries.get(i);
                            entry.put("questionSource", e.question().hasSource() ? FaqEntry.withoutTrailingColon(e.question().sourcePlain()) : null);
                            entry.put("answerSource", ArticleRenderer.plain(e.answer(), true));
                        }
                    }
                    cli.out().print(TreeWriter.json(row));
                    break;
                }
                case markdown: {
                    StringBuilder md = new StringBuilder();
                    for (Map.Entry<String, sspr.doctor.diagnosis.Finding.Note> n : notesByQuestion(a)) {
                        md.append("\n> **").append(cli.t("faq.note.label")).append("** ").append(n.getKey()).append(": ")
                                .append(n.getValue().text()).append(" (").append(n.getValue().shortSource()).append(")\n");
                    }
                    cli.out().print("# " + title + "\n\n"
                            + (ArticleRenderer.hasDistinctSource(source, a.title()) ? "> " + a.title().sourcePlain() + "\n\n" : "")
                            + ArticleRenderer.markdown(a.blocks(), source) + md);
                    break;
                }
                default: {
                    StringBuilder out = new StringBuilder();
                    ArticleRenderer renderer = new ArticleRenderer(cli.width(), cli.style(), source);
                    renderer.heading(a.title(), title, out);
                    out.append("=".repeat(Math.min(cli.width(), DisplayWidth.of(title)))).append('\n');
                    for (String line : TextWrapper.wrap(a.slug() + " · " + a.lang() + FaqCommand.translationLabel(cli, a), cli.width())) {
                        out.append(cli.style().dim(line)).append('\n');
                    }
                    out.append('\n');
                    renderer.text(a.blocks(), "", out);
                    if (!renderer.links().isEmpty()) {
                        out.append('\n').append(cli.style().bold(cli.t("articles.links"))).append('\n');
                        renderer.linkFootnotes("", out);
                    }
                    List<Map.Entry<String, sspr.doctor.diagnosis.Finding.Note>> notes = notesByQuestion(a);
                    if (!notes.isEmpty()) {
                        out.append('\n');
                        for (String line : TextWrapper.wrap(cli.t("articles.notes"), cli.width())) out.append(cli.style().bold(line)).append('\n');
                        for (Map.Entry<String, sspr.doctor.diagnosis.Finding.Note> n : notes) {
                            for (String line : sspr.doctor.text.TextWrapper.wrap("• " + n.getKey() + ": " + n.getValue().text()
                                    + " — " + n.getValue().shortSource(), Math.max(30, cli.width() - 2))) {
                                out.append(cli.style().yellow(line)).append('\n');
                            }
                        }
                    }
                    cli.out().print(out);
                }
            }
            return 0;
        }
    }

    /** Each entry's notes, keyed by the entry's (title or) question, in entry order; one line per note and entry. */
    static List<Map.Entry<String, sspr.doctor.diagnosis.Finding.Note>> notesByQuestion(Article a) {
        List<Map.Entry<String, sspr.doctor.diagnosis.Finding.Note>> out = new ArrayList<>();
        for (FaqEntry e : a.entries()) {
            sspr.doctor.diagnosis.Finding.FaqRef noted = Tables.withNotes(
                    new sspr.doctor.diagnosis.Finding.FaqRef(a.slug(), e.id(), a.lang(), e.questionText()));
            for (sspr.doctor.diagnosis.Finding.Note n : noted.notes()) out.add(Map.entry(noted.question(), n));
        }
        return out;
    }

    /** The article's notes as JSON: [{"entries","text","source"}], one object per note. */
    static List<Object> articleNotes(Article a) {
        sspr.doctor.faq.ArticleNotes data = sspr.doctor.faq.ArticleNotes.bundled();
        sspr.doctor.i18n.Messages texts = sspr.doctor.i18n.Messages.of("notes", a.lang());
        List<Object> out = new ArrayList<>();
        for (sspr.doctor.faq.ArticleNotes.Note n : data.forArticle(a.slug())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries", n.entries());
            m.put("text", texts.get(n.key()));
            m.put("source", n.source());
            out.add(m);
        }
        return out;
    }
}
