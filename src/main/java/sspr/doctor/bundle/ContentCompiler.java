package sspr.doctor.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.content.Article;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.content.ContentStore;
import sspr.doctor.content.DirectoryContent;
import sspr.doctor.content.FaqEntry;
import sspr.doctor.io.Problem;
import sspr.doctor.rules.DecisionTableParser;

/**
 * Build step (run by Maven after compiling): parses content/ once and writes the compiled objects
 * next to it. A broken bundled article or rules file fails the build here.
 * Arguments: the classes directory holding content/.
 */
public final class ContentCompiler {
    private ContentCompiler() {}

    /** The articles of {@code content} (a content/ folder) parsed, files named as the bundle names them. */
    static ContentLibrary library(Path content) {
        return ContentLibrary.load(List.<ContentStore>of(new DirectoryContent(content) {
            @Override
            protected String display(Path p) {
                return "content/" + content.relativize(p).toString().replace('\\', '/');
            }
        }));
    }

    /** What the build compiles of a parsed library: every copy (by slug, then language), the indexes, the problems. */
    static CompiledContent.Articles articles(ContentLibrary lib) {
        List<Article> articles = new ArrayList<>();
        for (String slug : lib.slugs()) for (String lang : lib.languagesOf(slug)) articles.add(lib.exact(slug, lang).orElseThrow());
        return new CompiledContent.Articles(articles, new LinkedHashMap<>(lib.indexes()), lib.problems());
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path content = classes.resolve("content");
        Path out = classes.resolve(CompiledContent.DIR);
        Files.createDirectories(out);

        String rulesText = Files.readString(content.resolve("rules/sspr-reset.yaml"), StandardCharsets.UTF_8);
        DecisionTableParser.Result rules = DecisionTableParser.parse(rulesText, "content/rules/sspr-reset.yaml");
        if (!rules.problems().isEmpty()) {
            Problem p = rules.problems().get(0);
            throw new IllegalStateException(p.location() + ": " + p.message());
        }
        Files.write(out.resolve(CompiledContent.RULES), sspr.doctor.rules.TableCodec.write(rules.table()));

        ContentLibrary lib = library(content);
        List<Article> articles = new ArrayList<>();
        Map<String, Map<String, FaqIndex.Copy>> index = new LinkedHashMap<>();
        for (String slug : lib.slugs()) {
            for (String lang : lib.languagesOf(slug)) {
                Article a = lib.exact(slug, lang).orElseThrow();
                articles.add(a);
                List<String[]> entries = new ArrayList<>();
                for (FaqEntry e : a.entries()) entries.add(new String[] {e.id(), e.questionText()});
                index.computeIfAbsent(slug, k -> new LinkedHashMap<>()).put(lang, new FaqIndex.Copy(a.title().plain(), a.translation(), entries));
            }
        }
        Files.write(out.resolve(CompiledContent.ARTICLES), ArticlesCodec.write(articles(lib)));
        Files.write(out.resolve(CompiledContent.FAQ_INDEX), new FaqIndex(index).write());
        Files.write(out.resolve(sspr.doctor.faq.ArticleNotes.COMPILED),
                sspr.doctor.faq.ArticleNotes.parse(Files.readString(content.resolve(sspr.doctor.faq.ArticleNotes.FILE), StandardCharsets.UTF_8)).write());
        int bundles = sspr.doctor.i18n.CompiledMessages.compileAll(content.resolve("messages"), classes.resolve("content/compiled/messages"));
        int tables = sspr.doctor.content.BundledCsv.compileAll(content, classes.resolve(sspr.doctor.content.BundledCsv.DIR));
        Files.write(classes.resolve(sspr.doctor.catalog.CompiledCatalogs.ROLES_FILE), sspr.doctor.catalog.CompiledCatalogs.writeRoles(
                sspr.doctor.catalog.RoleCatalog.parse(Files.readString(content.resolve("catalog/roles.csv"), StandardCharsets.UTF_8))));
        Files.write(classes.resolve(sspr.doctor.diagnosis.Catalogs.ERROR_FINDINGS), sspr.doctor.diagnosis.Catalogs.compileErrorFindings(
                Files.readString(content.resolve("catalog/error-findings.properties"), StandardCharsets.UTF_8)));
        Files.write(classes.resolve(sspr.doctor.catalog.CompiledCatalogs.SKUS_FILE), sspr.doctor.catalog.CompiledCatalogs.writeSkus(
                sspr.doctor.catalog.SkuCatalog.parse(Files.readString(content.resolve("catalog/skus.csv"), StandardCharsets.UTF_8))));
        System.out.println("compiled " + bundles + " message bundles, " + tables + " CSV catalogues, " + articles.size() + " article copies, "
                + rules.table().rules().size() + " rules; " + lib.problems().size() + " content problem(s)");
    }
}
