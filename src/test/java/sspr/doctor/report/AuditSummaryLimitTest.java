package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** audit --summary FILE, --limit N, and the HTML report's capped table with the full list beside it. */
class AuditSummaryLimitTest {
    static final String TENANT = "src/test/resources/tenant/flat";
    @TempDir Path dir;

    @Test
    void summaryFileTakesNdjsonSummaryOffStderr() throws Exception {
        CliRunner.Result plain = CliRunner.exec("audit", "--tenant", TENANT, "-o", "ndjson");
        assertThat(plain.err()).contains("\"total\":21");
        Path file = dir.resolve("summary.json");
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", TENANT, "-o", "ndjson", "--summary", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(plain.out());
        assertThat(new ObjectMapper().readTree(Files.readString(file)).get("cannotReset").asLong()).isEqualTo(5);
        // any format: text keeps its stdout and also writes the file
        Path text = dir.resolve("t.json");
        CliRunner.Result t = CliRunner.exec("audit", "--tenant", TENANT, "--summary", text.toString());
        assertThat(t.out()).contains("Summary");
        assertThat(Files.readString(text)).startsWith("{\"total\":21,");
    }

    @Test
    void limitListsMoreOrFewerUsers() {
        CliRunner.Result two = CliRunner.exec("audit", "--tenant", TENANT, "--limit", "2");
        assertThat(two.out()).contains("(first 2 of 5)");
        CliRunner.Result json = CliRunner.exec("audit", "--tenant", TENANT, "--limit", "2", "-o", "json");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("--limit");
    }

    @Test
    void htmlTableIsCappedWithEveryUserInTheCsvBeside() throws Exception {
        // 60 users who cannot reset, a cap of 5,000 is far: use the model directly for the cap, the command for the file names
        AuditModel m = GithubSummaryTest.millionUsers(20, "en");
        AuditModel capped = new AuditModel(m.lang(), m.summary(), m.rows(), 350_000L, "r-users.csv", null, null, null, m.texts(), null, null);
        String html = AuditHtml.render(capped);
        assertThat(html).contains("id=\"capped\"").contains("The table shows the first 20 of 350,000 users; every user is in r-users.csv.");
        String zh = AuditHtml.render(new AuditModel("zh-TW", m.summary(), m.rows(), 350_000L, "r-users.csv", null, null, null,
                new FindingTexts("zh-TW", null), null, null));
        assertThat(zh).contains("<html lang=\"zh-TW\">").contains("表格只顯示 350,000 位使用者中的前 20 位");
        Path out = dir.resolve("r.html");
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", TENANT, "-o", "html", "--output", out.toString(), "--lang", "id-ID");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out)).contains("<html lang=\"id-ID\">").contains("5 dari 21 pengguna").doesNotContain("id=\"capped\"");
        assertThat(dir.resolve("r-users.csv")).doesNotExist();
    }

    /** Through the command: 5,300 users who cannot reset, more than the 5,000 rows an HTML table holds. */
    @Test
    void aCappedHtmlReportPointsAtTheCsvBesideItThatHoldsEveryUser() throws Exception {
        Path export = dir.resolve("registration.ndjson");
        StringBuilder lines = new StringBuilder();
        int users = 5300;
        for (int i = 0; i < users; i++) {
            lines.append("{\"id\":\"").append(i).append("\",\"userPrincipalName\":\"u").append(i)
                    .append("@contoso.example\",\"isAdmin\":false,\"isSsprRegistered\":false,\"isSsprEnabled\":true,\"isSsprCapable\":false,\"methodsRegistered\":[]}\n");
        }
        // and some who can: they are not in the table nor the CSV
        for (int i = 0; i < 7; i++) {
            lines.append("{\"id\":\"ok").append(i).append("\",\"userPrincipalName\":\"ok").append(i)
                    .append("@contoso.example\",\"isAdmin\":false,\"isSsprRegistered\":true,\"isSsprEnabled\":true,\"isSsprCapable\":true,\"methodsRegistered\":[\"mobilePhone\"]}\n");
        }
        Files.writeString(export, lines.toString());
        Path out = dir.resolve("tenant-report.html");
        CliRunner.Result r = CliRunner.exec("audit", export.toString(), "-o", "html", "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<p id=\"capped\" class=\"note\">The table shows the first 5,000 of 5,300 users; every user is in tenant-report-users.csv.</p>");
        String tbody = html.substring(html.indexOf("<tbody>", html.indexOf("<table id=\"users-table\"")), html.indexOf("</tbody>", html.indexOf("<table id=\"users-table\"")));
        assertThat(tbody.split("<tr>", -1).length - 1).isEqualTo(5000);
        java.util.List<String> csv = Files.readAllLines(dir.resolve("tenant-report-users.csv"));
        assertThat(csv.get(0)).isEqualTo("id,userPrincipalName,isAdmin,findings,adminReset,waived");
        assertThat(csv).hasSize(users + 1);
        assertThat(csv).anyMatch(l -> l.startsWith("5299,u5299@contoso.example,")).noneMatch(l -> l.contains("ok3@"));
        // the list gets the mode the report gets (the umask's), not its private spool's
        assertThat(Files.getPosixFilePermissions(dir.resolve("tenant-report-users.csv"))).isEqualTo(Files.getPosixFilePermissions(out));
        // no temporary file is left beside them
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("registration.ndjson", "tenant-report-users.csv", "tenant-report.html");
        }
    }
}
