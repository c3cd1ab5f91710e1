package sspr.doctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every quote a rule rests on is in the page it names, as copied in ../shared/reference/entra-docs
 * (Markdown links, emphasis and line breaks ignored). Skipped where ../shared is absent, as on a
 * user's clone; pages read outside those copies (My Staff) are skipped by name.
 */
class SourceQuotesTest {
    static final Path COPIES = Path.of("../shared/reference/entra-docs/MicrosoftDocs");

    static String normalize(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "").replace("*", "").replace("`", "")
                .replaceAll("<br ?/?>", " ").replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    /** The page with the files it includes ([!INCLUDE [..](path)]), as the published page shows them. */
    static String withIncludes(Path file) throws java.io.IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder all = new StringBuilder(text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[!INCLUDE \\[[^\\]]*\\]\\(([^)]+)\\)\\]").matcher(text);
        while (m.find()) {
            Path included = file.getParent().resolve(m.group(1)).normalize();
            if (Files.isRegularFile(included)) all.append('\n').append(Files.readString(included, StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private static String sources;

    /** Whether SOURCES.md's table row for this page names this commit (the version copied here). */
    private static boolean keptCommit(String page, String commit) throws java.io.IOException {
        if (sources == null) sources = Files.readString(COPIES.resolve("../SOURCES.md"), StandardCharsets.UTF_8);
        return sources.lines().anyMatch(l -> l.startsWith("|") && l.contains("| " + page + " |") && l.contains(commit));
    }

    @Test
    void everyQuoteIsInItsPage() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(COPIES), "../shared/reference/entra-docs is absent (a user's clone): quotes not checked");
        DecisionTableParser.Result r = DecisionTableParser.parse(Files.readString(Path.of("content/rules/sspr-reset.yaml")), "sspr-reset.yaml");
        assertThat(r.problems()).isEmpty();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Rule rule : r.table().rules()) {
            for (Rule.Source s : rule.then().sources()) {
                String path = s.page().replaceFirst("#.*", "");
                Path file = COPIES.resolve("entra-docs").resolve(path);
                if (!Files.exists(file)) file = COPIES.resolve("microsoft-365-docs").resolve(path);
                if (!Files.exists(file)) continue;
                // a quote read from another version of the page than the copy kept here cannot be checked against it
                if (s.commit() != null && !keptCommit(path, s.commit())) continue;
                checked++;
                if (!normalize(withIncludes(file)).contains(normalize(s.quote()))) {
                    missing.add(rule.id() + ": " + s.page() + ": " + s.quote());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).isGreaterThan(50);
    }
}
