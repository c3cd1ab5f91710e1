package sspr.doctor.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sspr.doctor.catalog.CompiledCatalogs;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.catalog.SkuCatalog;
import sspr.doctor.content.BundledCsv;
import sspr.doctor.content.JarFiles;
import sspr.doctor.io.CsvReader;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.DecisionTableParser;
import sspr.doctor.rules.TableCodec;

/**
 * What the build compiles from content/ (the source of truth) reads back as the sources parsed: the
 * decision table as the YAML gives it, every catalogue as its CSV, and the compiled files are those
 * of the current sources (a stale build fails here).
 */
class CompiledDataTest {
    private static final Path CONTENT = Path.of("content");

    @Test
    void theCompiledDecisionTableIsTheOneParsedFromYaml() throws Exception {
        String yaml = Files.readString(CONTENT.resolve("rules/sspr-reset.yaml"), StandardCharsets.UTF_8);
        DecisionTableParser.Result parsed = DecisionTableParser.parse(yaml, "content/rules/sspr-reset.yaml");
        assertThat(parsed.problems()).isEmpty();
        DecisionTable compiled = CompiledContent.rules();
        assertThat(compiled).as("content/compiled/rules.bin (run mvn process-classes)").isNotNull();
        assertThat(compiled).isEqualTo(parsed.table());
        assertThat(compiled.rules()).hasSizeGreaterThan(50);
        assertThat(JarFiles.read("content/compiled/" + CompiledContent.RULES)).isEqualTo(TableCodec.write(parsed.table()));
        assertThat(TableCodec.read(TableCodec.write(parsed.table()))).isEqualTo(parsed.table());
    }

    @Test
    void everyCompiledCatalogueReadsBackAsItsCsv() throws Exception {
        List<Path> csvs;
        try (var files = Files.list(CONTENT.resolve("catalog"))) {
            csvs = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(csvs).extracting(f -> f.getFileName().toString()).contains("roles.csv", "skus.csv", "reset-permissions.csv", "error-codes.zh-TW.csv");
        for (Path f : csvs) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String relative = "catalog/" + f.getFileName();
            byte[] compiled = JarFiles.read(BundledCsv.DIR + "catalog_" + f.getFileName() + ".bin");
            assertThat(compiled).as(relative + " compiled (run mvn process-classes)").isEqualTo(BundledCsv.compile(text));
            assertThat(BundledCsv.rows(relative)).as(relative).isEqualTo(CsvReader.readAll(text));
        }
    }

    @Test
    void theCompiledRoleAndSkuCataloguesAreTheCsvsWithTheSameLookups() throws Exception {
        String rolesCsv = Files.readString(CONTENT.resolve("catalog/roles.csv"), StandardCharsets.UTF_8);
        String skusCsv = Files.readString(CONTENT.resolve("catalog/skus.csv"), StandardCharsets.UTF_8);
        RoleCatalog parsedRoles = RoleCatalog.parse(rolesCsv);
        SkuCatalog parsedSkus = SkuCatalog.parse(skusCsv);
        byte[] roles = JarFiles.read(CompiledCatalogs.ROLES_FILE);
        byte[] skus = JarFiles.read(CompiledCatalogs.SKUS_FILE);
        assertThat(roles).as("compiled roles (run mvn process-classes)").isEqualTo(CompiledCatalogs.writeRoles(parsedRoles));
        assertThat(skus).as("compiled SKUs (run mvn process-classes)").isEqualTo(CompiledCatalogs.writeSkus(parsedSkus));
        RoleCatalog compiledRoles = CompiledCatalogs.readRoles(roles);
        SkuCatalog compiledSkus = CompiledCatalogs.readSkus(skus);
        assertThat(compiledRoles.all()).hasSizeGreaterThan(100).isEqualTo(parsedRoles.all());
        assertThat(compiledSkus.all()).hasSizeGreaterThan(500).isEqualTo(parsedSkus.all());
        for (Role r : parsedRoles.all()) {
            List<String> names = new java.util.ArrayList<>(List.of(r.alias(), r.displayName(), r.roleTemplateId(), r.alias().toUpperCase(java.util.Locale.ROOT)));
            names.addAll(r.legacyNames());
            for (String name : names) {
                assertThat(compiledRoles.resolve(name)).as(name).isEqualTo(parsedRoles.resolve(name));
            }
        }
        assertThat(compiledRoles.resolve("global admn")).isEqualTo(parsedRoles.resolve("global admn"));
        for (Sku s : parsedSkus.all()) {
            for (String name : List.of(s.skuPartNumber(), s.skuId(), s.productName(), s.alias(), s.productName().toLowerCase(java.util.Locale.ROOT))) {
                if (!name.isEmpty()) assertThat(compiledSkus.resolve(name)).as(name).isEqualTo(parsedSkus.resolve(name));
            }
        }
        assertThat(compiledSkus.resolve("o365 e33")).isEqualTo(parsedSkus.resolve("o365 e33"));
    }

    @Test
    void theCompiledNotesAndErrorFindingsAreTheirSources() throws Exception {
        String notes = Files.readString(CONTENT.resolve(sspr.doctor.faq.ArticleNotes.FILE), StandardCharsets.UTF_8);
        assertThat(sspr.doctor.faq.ArticleNotes.bundled()).isEqualTo(sspr.doctor.faq.ArticleNotes.parse(notes));
        assertThat(JarFiles.read("content/compiled/" + sspr.doctor.faq.ArticleNotes.COMPILED)).isEqualTo(sspr.doctor.faq.ArticleNotes.parse(notes).write());
        String findings = Files.readString(CONTENT.resolve("catalog/error-findings.properties"), StandardCharsets.UTF_8);
        java.util.Map<String, String> parsed = sspr.doctor.diagnosis.Catalogs.parseErrorFindings(findings);
        assertThat(parsed).isNotEmpty();
        assertThat(sspr.doctor.diagnosis.Catalogs.errorFindings()).containsExactlyEntriesOf(parsed);
        assertThat(JarFiles.read(sspr.doctor.diagnosis.Catalogs.ERROR_FINDINGS)).isEqualTo(sspr.doctor.diagnosis.Catalogs.compileErrorFindings(findings));
    }

    @Test
    void theCompiledArticlesAreTheMarkdownParsed() throws Exception {
        CompiledContent.Articles parsed = ContentCompiler.articles(ContentCompiler.library(CONTENT));
        assertThat(parsed.articles()).hasSizeGreaterThanOrEqualTo(12);
        CompiledContent.Articles compiled = CompiledContent.articles();
        assertThat(compiled).as("content/compiled/articles.bin (run mvn process-classes)").isNotNull();
        assertThat(compiled.articles()).isEqualTo(parsed.articles());
        assertThat(compiled.indexes()).containsExactlyEntriesOf(parsed.indexes());
        assertThat(compiled.problems()).isEqualTo(parsed.problems());
        assertThat(JarFiles.read("content/compiled/" + CompiledContent.ARTICLES)).isEqualTo(ArticlesCodec.write(parsed));
        CompiledContent.Articles withProblems = new CompiledContent.Articles(List.of(), java.util.Map.of(), List.of(
                new sspr.doctor.io.Problem("content/x.md", 3, 4, "entries", "m", java.util.Map.of("count", 3, "big", 5_000_000_000L, "name", "n", "flag", true))));
        assertThat(ArticlesCodec.read(ArticlesCodec.write(withProblems))).isEqualTo(withProblems);
    }
}
