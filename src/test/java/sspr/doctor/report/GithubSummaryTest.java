package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** The GitHub step summary stays under 1 MiB whatever the input, says what it cut and where the full report is; annotations and step outputs. */
class GithubSummaryTest {
    static final int MIB = 1024 * 1024;
    @TempDir Path dir;

    /** A 1,000,000-user audit's model: every count, and the rows a summary may list, with long names (3 KB each). */
    static AuditModel millionUsers(int rows, String lang) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", 1_000_000L);
        summary.put("ssprRegistered", 700_000L);
        summary.put("ssprEnabled", 800_000L);
        summary.put("ssprCapable", 650_000L);
        summary.put("admins", 30_000L);
        summary.put("adminsNotSsprCapable", 9_000L);
        summary.put("guests", 50_000L);
        summary.put("cannotReset", 350_000L);
        Map<String, Long> byFinding = new LinkedHashMap<>();
        byFinding.put("sspr.not-registered", 300_000L);
        byFinding.put("sspr.guest", 50_000L);
        byFinding.put("sspr.not-enabled", 200_000L);
        summary.put("byFinding", byFinding);
        List<AuditRow> list = new ArrayList<>();
        String pad = "x".repeat(3000);
        for (int i = 0; i < rows; i++) {
            list.add(new AuditRow("id-" + i, "user" + i + "." + pad + "@contoso.example", i % 30 == 0, List.of("sspr.not-registered", "sspr.not-enabled"),
                    List.of(), Map.of()));
        }
        return new AuditModel(lang, summary, list, 350_000L, null, null, null, null, new FindingTexts(lang, null), null, "exports/");
    }

    @Test
    void aMillionUserSummaryFitsAtEveryLevelAndSaysWhatItCut() {
        AuditModel m = millionUsers(1000, "en");
        for (AuditMarkdown.Level level : AuditMarkdown.Level.values()) {
            String s = AuditMarkdown.fit(m, level, MIB - 1, "audit.html");
            int bytes = s.getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(level.name()).isLessThan(MIB).isGreaterThan(500);
            assertThat(s).contains("350,000 of 1,000,000 users cannot reset their own password").contains("| Users | 1,000,000 |");
        }
        String full = AuditMarkdown.fit(m, AuditMarkdown.Level.full, MIB - 1, "audit.html");
        assertThat(full).contains("This summary was cut to stay under GitHub's 1 MiB limit").contains("The full report is audit.html.")
                .contains("the user list stops after");
        // a nearly full step summary (earlier steps): only a small budget is left, and it is kept
        String tight = AuditMarkdown.fit(m, AuditMarkdown.Level.full, 4000, null);
        assertThat(tight.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4000);
        assertThat(tight).contains("--output FILE");
        // nothing fits at all: nothing is written rather than a broken file
        assertThat(AuditMarkdown.fit(m, AuditMarkdown.Level.full, 10, null)).isEmpty();
        // in Chinese too
        String zh = AuditMarkdown.fit(millionUsers(1000, "zh-CN"), AuditMarkdown.Level.full, MIB - 1, null);
        assertThat(zh.getBytes(StandardCharsets.UTF_8).length).isLessThan(MIB);
        assertThat(zh).contains("1 MiB 限制");
    }

    @Test
    void stepSummaryAnnotationsAndOutputsFromTheAuditCommand() throws Exception {
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "# earlier step\n");
        Path outputs = dir.resolve("github-output");
        CliRunner.Result r = new CliRunner().env("GITHUB_ACTIONS", "true").env("GITHUB_STEP_SUMMARY", summary.toString())
                .env("GITHUB_OUTPUT", outputs.toString())
                .run("audit", "--tenant", "src/test/resources/tenant/flat", "--actor-role", "helpdesk-admin", "--github-summary=full", "-o", "json");
        assertThat(r.exit()).isZero();
        String md = Files.readString(summary);
        assertThat(md).startsWith("# earlier step\n").contains("## Password reset audit").contains("5 of 21 users cannot reset their own password")
                .contains("9 of 21 users cannot be reset by helpdesk-admin").contains("| ops-admin@contoso.example |");
        // one annotation per finding code, at most ten, on stderr; stdout stays the JSON report
        List<String> annotations = r.err().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(annotations).hasSizeBetween(1, 10).allMatch(l -> l.startsWith("::error title="));
        assertThat(annotations).anyMatch(l -> l.startsWith("::error title=sspr.not-registered::3 users: "));
        assertThat(annotations).anyMatch(l -> l.startsWith("::error title=admin-reset%3Arole.cannot-reset-target::8 users the administrator cannot reset"));
        assertThat(r.out()).startsWith("{\"schemaVersion\":1");
        assertThat(Files.readString(outputs)).contains("verdict=blocked\n").contains("total=21\n").contains("cannot-reset=5\n")
                .contains("cannot-be-reset-by-actor=9\n");

        CliRunner.Result azure = new CliRunner().env("TF_BUILD", "True").run("audit", "--tenant", "src/test/resources/tenant/flat", "-o", "csv");
        assertThat(azure.err()).contains("##vso[task.logissue type=error;code=sspr.not-registered]sspr.not-registered: 3 users: ");
        CliRunner.Result none = new CliRunner().env("GITHUB_ACTIONS", "true").run("audit", "--tenant", "src/test/resources/tenant/flat", "--annotations=none");
        assertThat(none.err()).doesNotContain("::error");
        CliRunner.Result bad = CliRunner.exec("audit", "--tenant", "src/test/resources/tenant/flat", "--github-summary=everything");
        assertThat(bad.exit()).isEqualTo(2);
    }

    @Test
    void diagnoseAnnotationsAndSummary() throws Exception {
        Path summary = dir.resolve("s.md");
        CliRunner.Result r = new CliRunner().env("GITHUB_ACTIONS", "true").env("GITHUB_STEP_SUMMARY", summary.toString())
                .run("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--github-summary", "--lang", "id-ID");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("::error title=role.cannot-reset-target::");
        assertThat(Files.readString(summary)).contains("Terblokir");
    }
}
