package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** The audit HTML report's "facts and their sources", in every language, for export files and a profile's tenant facts. */
class AuditHtmlFactsTest {
    @TempDir Path dir;

    static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"Facts and their sources", "per user", "unknown"},
            "id-ID", new String[] {"Fakta dan sumbernya", "per pengguna"},
            "zh-CN", new String[] {"事实及其来源", "逐个用户读取"},
            "zh-TW", new String[] {"事實及其來源", "逐一使用者讀取"});

    @Test
    void exportAuditNamesWhereEachFactComesFrom() throws Exception {
        Path export = dir.resolve("registration.ndjson");
        Files.writeString(export, "{\"id\":\"1\",\"userPrincipalName\":\"a@contoso.example\",\"isAdmin\":false,\"isSsprRegistered\":false,"
                + "\"isSsprEnabled\":true,\"isSsprCapable\":false,\"methodsRegistered\":[]}\n", StandardCharsets.UTF_8);
        Path profile = dir.resolve("tenant.yaml");
        Files.writeString(profile, "sspr-scope: all\n", StandardCharsets.UTF_8);
        for (Map.Entry<String, String[]> e : WORDS.entrySet()) {
            Path report = dir.resolve("r-" + e.getKey() + ".html");
            CliRunner.Result r = CliRunner.exec("audit", export.toString(), "--profile", profile.toString(), "--no-writeback",
                    "--format", "html", "--output", report.toString(), "--lang", e.getKey());
            assertThat(r.exit()).as(r.err()).isZero();
            String html = Files.readString(report);
            String facts = html.substring(html.indexOf("<section id=\"facts\">"), html.indexOf("</section>", html.indexOf("<section id=\"facts\">")));
            for (String word : e.getValue()) assertThat(facts).as(e.getKey()).contains(word);
            // given facts show their value and who gave them (the option pair by its first name); the export's properties are read per user from the file
            assertThat(facts).contains("<tr data-fact=\"writeback\" data-state=\"given\"><td><code>writeback</code></td><td>false</td><td>--writeback</td></tr>");
            assertThat(facts).containsPattern("<tr data-fact=\"ssprScope\" data-state=\"given\"><td><code>ssprScope</code></td><td>all</td><td>[^<]*tenant\\.yaml:1:\\d+</td>");
            assertThat(facts).contains("<tr data-fact=\"isSsprRegistered\" data-state=\"per-user\">").contains(export.toString());
            assertThat(facts).contains("<tr data-fact=\"licenses\" data-state=\"unknown\">");
        }
    }
}
