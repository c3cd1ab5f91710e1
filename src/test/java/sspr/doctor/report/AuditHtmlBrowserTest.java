package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/**
 * The issue's "done when": {@code audit --tenant FIXTURE --actor-role helpdesk-admin --format html
 * --output r.html} opened in a real browser shows the right counts, chart and table; sorting and
 * filtering work (the page's #selftest hook drives them); nothing left the page.
 */
class AuditHtmlBrowserTest {
    @TempDir Path dir;

    @Test
    void fixtureAuditRendersInHeadlessChromium() throws Exception {
        Path report = dir.resolve("r.html");
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", "src/test/resources/tenant/flat", "--actor-role", "helpdesk-admin",
                "--format", "html", "--output", report.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(CliRunner.exec("audit", "--tenant", "src/test/resources/tenant/flat", "--actor-role", "helpdesk-admin",
                "--format", "json").out());

        HeadlessChromium.Run run = HeadlessChromium.dumpDom(report.toUri() + "#selftest", dir);
        String dom = run.dom();

        // the verdict and every count, as the JSON report has them
        assertThat(dom).contains("data-verdict=\"blocked\"");
        JsonNode summary = json.get("summary");
        for (String key : List.of("total", "ssprRegistered", "ssprEnabled", "ssprCapable", "admins", "adminsNotSsprCapable", "guests", "cannotReset")) {
            assertThat(count(dom, key)).as(key).isEqualTo(summary.get(key).asLong());
        }
        assertThat(count(dom, "cannotBeResetByActor")).isEqualTo(summary.get("adminReset").get("cannotBeResetByActor").asLong());

        // the charts: one bar per finding code, with its count
        assertThat(bars(dom, "chart-self")).containsExactlyInAnyOrderElementsOf(fields(summary.get("byFinding")));
        assertThat(bars(dom, "chart-admin")).containsExactlyInAnyOrderElementsOf(fields(summary.get("adminReset").get("byFinding")));

        // the table: one row per listed user, each linking its codes to their fix
        int rows = json.get("users").size();
        String tbody = dom.substring(dom.indexOf("<table id=\"users-table\""), dom.indexOf("</table>", dom.indexOf("<table id=\"users-table\"")));
        String body = tbody.substring(tbody.indexOf("<tbody>"));
        assertThat(Pattern.compile("<tr[ >]").matcher(body).results().count()).isEqualTo(rows);
        for (JsonNode u : json.get("users")) assertThat(tbody).contains(u.get("userPrincipalName").asText().replace("#", "#"));
        assertThat(dom).contains("id=\"fix-role.cannot-reset-target\"").contains("href=\"#fix-role.cannot-reset-target\"");

        // the facts and their sources: what each user's facts are read from, and what stays unknown
        String facts = dom.substring(dom.indexOf("<section id=\"facts\">"), dom.indexOf("</section>", dom.indexOf("<section id=\"facts\">")));
        assertThat(facts).contains("<h2>Facts and their sources</h2>");
        assertThat(facts).containsPattern("<tr data-fact=\"targetRoles\" data-state=\"per-user\"><td><code>targetRoles</code></td><td>per user</td><td>[^<]*roleManagement-directory-roleAssignments\\.json");
        assertThat(facts).containsPattern("<tr data-fact=\"hybrid\" data-state=\"per-user\">.*users\\.json");

        // sorting and filtering, driven by the page's self-test
        Matcher m = Pattern.compile("<pre id=\"selftest-result\">([^<]*)</pre>").matcher(dom);
        assertThat(m.find()).as("the page's script ran").isTrue();
        JsonNode self = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\""));
        assertThat(self.get("ok").asBoolean()).isTrue();
        assertThat(self.get("rows").asInt()).isEqualTo(rows);
        assertThat(self.get("sortedAscFirst").asText()).isEqualTo("authadmin@contoso.example");
        assertThat(self.get("sortedDescFirst").asText()).isEqualTo("useradmin@contoso.example");
        assertThat(self.get("filtered").asInt()).isEqualTo(1);
        assertThat(self.get("counter").asText()).isEqualTo("1");

        // nothing left the page: a policy that forbids every request, nothing to load, and no request for any host the page names
        assertThat(dom).contains("Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(dom).doesNotContainPattern("<(script|img|iframe|link|object|embed)[^>]+(src|href)=\"(https?:)?//");
        for (String url : urls(run.netLog())) {
            assertThat(url).as("a request the page made").matches("(file|data|chrome|about):.*|https?://([a-z0-9-]+\\.)*(google\\.com|googleapis\\.com|gvt1\\.com|gstatic\\.com)/.*");
        }

        Path png = dir.resolve("audit.png");
        HeadlessChromium.screenshot(report.toUri().toString(), png, dir, 1280, 1800);
        assertThat(png).exists();
        byte[] head = Files.readAllBytes(png);
        assertThat(head.length).isGreaterThan(10_000);
        assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static long count(String dom, String key) {
        Matcher m = Pattern.compile("<tr data-key=\"" + key + "\"><th>[^<]*</th><td class=\"n\">([0-9,]+)</td>").matcher(dom);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
    }

    private static List<String> bars(String dom, String chart) {
        int at = dom.indexOf("<svg id=\"" + chart + "\"");
        if (at < 0) return List.of();
        String svg = dom.substring(at, dom.indexOf("</svg>", at));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<g class=\"bar\" data-code=\"([^\"]+)\" data-count=\"(\\d+)\"").matcher(svg);
        while (m.find()) out.add(m.group(1) + "=" + m.group(2));
        return out;
    }

    private static List<String> fields(JsonNode counts) {
        List<String> out = new ArrayList<>();
        counts.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asLong()));
        return out;
    }

    private static List<String> urls(String netLog) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(netLog);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
