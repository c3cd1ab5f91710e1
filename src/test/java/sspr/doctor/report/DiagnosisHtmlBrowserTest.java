package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** diagnose --profile (cases, what-if) and --batch as HTML, opened in headless Chromium. */
class DiagnosisHtmlBrowserTest {
    @TempDir Path dir;

    @Test
    void profileCasesWithWhatIfAndBatchLines() throws Exception {
        Path profile = dir.resolve("ci.yaml");
        Files.writeString(profile, "role: [helpdesk-admin]\ncases:\n  - {name: plain user}\n  - {name: global admin, target-role: global-admin}\n"
                + "  - {name: synced, hybrid: true, writeback: false}\n");
        Path report = dir.resolve("d.html");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString(), "--what-if", "--format", "html", "--output", report.toString(),
                "--lang", "zh-CN");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        HeadlessChromium.Run run = HeadlessChromium.dumpDom(report.toUri() + "#selftest", dir);
        String dom = run.dom();
        assertThat(dom).contains("<html lang=\"zh-CN\">").contains("data-verdict=\"blocked\"").contains("已阻止");
        assertThat(dom).contains("<svg id=\"chart-findings\"").contains("data-code=\"role.cannot-reset-target\" data-count=\"1\"");
        assertThat(dom).contains("class=\"what-if\"").contains("sspr-doctor diagnose --role helpdesk-admin,");
        JsonNode self = selfTest(dom);
        assertThat(self.get("ok").asBoolean()).isTrue();
        assertThat(self.get("rows").asInt()).isEqualTo(3);
        assertThat(self.get("filtered").asInt()).isEqualTo(1);

        Path batch = dir.resolve("lines.ndjson");
        Files.writeString(batch, "{\"role\":[\"helpdesk-admin\"],\"target-role\":[\"global-admin\"]}\n{\"name\":\"synced\",\"role\":[\"user-admin\"],\"hybrid\":true}\n"
                + "{\"role\":[\"password-admin\"]}\n");
        Path batchReport = dir.resolve("b.html");
        CliRunner.Result b = CliRunner.exec("diagnose", "--batch", batch.toString(), "--format", "html", "--output", batchReport.toString());
        assertThat(b.exit()).isEqualTo(1);
        String bdom = HeadlessChromium.dumpDom(batchReport.toUri() + "#selftest", dir).dom();
        assertThat(bdom).contains("3 lines, 1 blocked");
        assertThat(selfTest(bdom).get("rows").asInt()).isEqualTo(3);
    }

    static JsonNode selfTest(String dom) throws Exception {
        Matcher m = Pattern.compile("<pre id=\"selftest-result\">([^<]*)</pre>").matcher(dom);
        assertThat(m.find()).as("the page's script ran").isTrue();
        return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\""));
    }
}
