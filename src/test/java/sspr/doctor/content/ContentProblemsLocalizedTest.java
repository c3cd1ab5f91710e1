package sspr.doctor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.io.Problem;
import sspr.doctor.report.ReportContext;

/** content check words every problem of an article or index in the user's language; English is exactly the JSON message. */
class ContentProblemsLocalizedTest {
    @TempDir Path dir;

    private void write(String path, String text) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyProblemInEveryLanguage() throws Exception {
        String body = "\n# T\n\n**Q?**\n\nA [broken](x\n\n[unbalanced\n";
        write("issues-with-credentials/fr-FR.md", "");
        Files.write(dir.resolve("issues-with-credentials/de-DE.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
        write("issues-with-credentials/it-IT.md", "---\nms.author: x\n---\n" + body);
        write("issues-with-credentials/nl-NL.md", "---\ntitle: T\nms.contentlocale: not a tag!\n---\n" + body);
        write("issues-with-credentials/pt-BR.md", "---\ntitle: T\nms.contentlocale: ja-JP\nms.translationtype: MT\n---\n" + body);
        write("issues-with-credentials/x!.md", "---\ntitle: T\nms.contentlocale: ja-JP\n---\n" + body);
        write("issues-with-credentials/sv-SE.md", "no front matter\n");
        write("issues-with-credentials/da-DK.md", "---\ntitle: T\n");
        write("issues-with-credentials/fi-FI.md", "---\n- a list\n---\n" + body);
        write("issues-with-credential/ja-JP.md", "---\ntitle: T\nms.contentlocale: ja-JP\nms.translationtype: MT\n---\n" + body);
        List<Problem> problems = ContentChecker.check(List.of(new BundledContent(), new DirectoryContent(dir)), true).problems();
        Set<String> keys = new TreeSet<>();
        for (Problem p : problems) if (p.args().get(Problem.MESSAGE_KEY) instanceof String k) keys.add(k);
        assertThat(keys).contains("content.empty", "content.encoding", "content.no-title", "content.no-locale", "content.locale-not-tag",
                "content.locale-mismatch", "content.no-translation-type", "content.no-index-suggest", "content.link", "content.brackets",
                "content.no-front-matter", "content.front-matter-open", "content.front-matter-not-map");
        for (Problem p : problems) {
            if (!(p.args().get(Problem.MESSAGE_KEY) instanceof String)) continue;
            assertThat(ReportContext.of("en", 80).problemText(p)).isEqualTo(p.message());
            for (String lang : List.of("id-ID", "zh-CN", "zh-TW")) {
                String text = ReportContext.of(lang, 80).problemText(p);
                assertThat(text).as(lang + ": " + p.message()).isNotEqualTo(p.message())
                        .doesNotContain(" has no ").doesNotContain("is not").doesNotContain("malformed").doesNotContain("did you mean");
            }
        }
    }
}
