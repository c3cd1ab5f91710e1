package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** audit --waivers, --baseline and --exclude in JSON, JUnit and Markdown, and how they set the exit code. */
class AuditWaiversBaselineTest {
    static final String TENANT = "src/test/resources/tenant/flat";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private Path waivers(String yaml) throws Exception {
        Path p = dir.resolve("waivers.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private static CliRunner.Result audit(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "audit";
        args[1] = "--tenant";
        args[2] = TENANT;
        args[3] = "--fail-on=blocker";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRunner.exec(args);
    }

    @Test
    void waiversMarkUsersInJsonAndStopCountingUntilTheyExpire() throws Exception {
        // every self-service finding of the fixture, waived for everyone: nothing counts any more
        Path all = waivers("""
                - {code: sspr.not-registered, rationale: onboarding runs, expires: 2999-12-31, owner: helpdesk}
                - {code: sspr.not-enabled, rationale: pilot group only, expires: 2999-12-31, owner: iam}
                - {code: sspr.not-in-scope, rationale: pilot group only, expires: 2999-12-31, owner: iam}
                - {code: sspr.guest, rationale: guests reset at home, expires: 2999-12-31, owner: iam}
                - {code: license.self-service-not-licensed, rationale: guest licences, expires: 2999-12-31, owner: iam}
                - {code: account.sign-in-blocked, user: left.user@contoso.example, rationale: leaver, expires: 2999-12-31, owner: hr}
                - {code: account.guest, rationale: guests reset at home, expires: 2999-12-31, owner: iam}
                - {code: sspr.throttled, rationale: never happens here, expires: 2999-12-31, owner: nobody}
                """);
        CliRunner.Result r = audit("--waivers", all.toString(), "-o", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("summary").get("cannotReset").asLong()).isEqualTo(5);
        assertThat(report.get("summary").get("waived").get("users").asLong()).isEqualTo(5);
        JsonNode left = user(report, "left.user@contoso.example");
        assertThat(left.get("waived").get("account.sign-in-blocked").get("rationale").asText()).isEqualTo("leaver");
        assertThat(left.get("waived").get("account.sign-in-blocked").get("owner").asText()).isEqualTo("hr");
        // the one waiver that matched nobody is reported
        assertThat(report.get("waivers")).hasSize(1);
        assertThat(report.get("waivers").get(0).get("code").asText()).isEqualTo("sspr.throttled");
        assertThat(report.get("waivers").get(0).get("status").asText()).isEqualTo("unused");

        // the same waiver, expired: still shown, but it counts again and is reported as expired
        Path expired = waivers("- {code: account.sign-in-blocked, rationale: leaver, expires: 2001-01-01, owner: hr}\n");
        CliRunner.Result e = audit("--waivers", expired.toString(), "-o", "json");
        assertThat(e.exit()).isEqualTo(1);
        JsonNode er = JSON.readTree(e.out());
        assertThat(user(er, "left.user@contoso.example").get("waived").get("account.sign-in-blocked").get("expires").asText()).isEqualTo("2001-01-01");
        assertThat(er.get("waivers").get(0).get("status").asText()).isEqualTo("expired");
    }

    @Test
    void waiversInJunitAndMarkdown() throws Exception {
        Path w = waivers("""
                - {code: sspr.not-registered, rationale: onboarding runs, expires: 2999-12-31, owner: helpdesk}
                - {code: sspr.throttled, rationale: unused one, expires: 2999-12-31, owner: nobody}
                """);
        CliRunner.Result junit = audit("--waivers", w.toString(), "-o", "junit");
        assertThat(junit.out()).contains("<testcase name=\"sspr.not-registered\"").contains("<skipped message=\"waived: onboarding runs (until 2999-12-31, helpdesk)\"/>");
        assertThat(junit.out()).contains("<testcase name=\"sspr.not-enabled\"").contains("<failure");
        // the suite counts the waived test case as skipped (CI shows skipped apart from passed)
        assertThat(junit.out()).containsPattern("<testsuite name=\"sspr-doctor audit\" tests=\"\\d+\" failures=\"\\d+\" errors=\"0\" skipped=\"1\"");
        CliRunner.Result perUser = audit("--waivers", w.toString(), "-o", "junit", "--junit-per-user");
        assertThat(perUser.out()).contains("<testcase name=\"noreg@contoso.example\"").contains("<skipped message=\"waived: onboarding runs");
        long skippedCases = perUser.out().lines().filter(l -> l.contains("<skipped ")).count();
        assertThat(skippedCases).isPositive();
        assertThat(perUser.out()).contains("errors=\"0\" skipped=\"" + skippedCases + "\"");
        CliRunner.Result md = audit("--waivers", w.toString(), "-o", "markdown");
        assertThat(md.out()).contains("`sspr.not-registered` _(waived: onboarding runs)_").contains("| unused (matched nothing) | `sspr.throttled`");
        CliRunner.Result zh = audit("--waivers", w.toString(), "-o", "markdown", "--lang", "zh-TW");
        assertThat(zh.out()).contains("已豁免").contains("需要注意的豁免");
    }

    @Test
    void badWaiverFilesAreOneLineExitTwo() throws Exception {
        CliRunner.Result r = audit("--waivers", waivers("- {code: x, rationale: y, expires: next week, owner: z}\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("waivers.yaml:1:").contains("YYYY-MM-DD").doesNotContain("Exception");
        CliRunner.Result missing = audit("--waivers", waivers("- {code: x, expires: 2030-01-01, owner: z}\n").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("rationale");
        CliRunner.Result key = audit("--waivers", waivers("- {code: x, reason: y, rationale: y, expires: 2030-01-01, owner: z}\n").toString());
        assertThat(key.err()).contains("'reason'");
    }

    @Test
    void baselineSaysWhatIsNewFixedAndUnchanged() throws Exception {
        ObjectNode previous = (ObjectNode) JSON.readTree(audit("-o", "json").out());
        ArrayNode users = (ArrayNode) previous.get("users");
        // before: noreg could reset (so it is new now); a user who has since left could not (fixed)
        for (int i = 0; i < users.size(); i++) if (users.get(i).get("userPrincipalName").asText().equals("noreg@contoso.example")) users.remove(i);
        ObjectNode gone = users.addObject();
        gone.put("id", "gone-1");
        gone.put("userPrincipalName", "gone@contoso.example");
        gone.putArray("findings").add("sspr.not-registered");
        Path baseline = dir.resolve("previous.json");
        JSON.writeValue(baseline.toFile(), previous);

        CliRunner.Result r = audit("--baseline", baseline.toString(), "-o", "json");
        JsonNode changes = JSON.readTree(r.out()).get("changes");
        assertThat(changes.get("new").get("count").asLong()).isEqualTo(1);
        assertThat(changes.get("new").get("users").get(0).get("userPrincipalName").asText()).isEqualTo("noreg@contoso.example");
        assertThat(changes.get("new").get("byFinding").get("sspr.not-registered").asLong()).isEqualTo(1);
        assertThat(changes.get("fixed").get("count").asLong()).isEqualTo(1);
        assertThat(changes.get("fixed").get("users").get(0).get("id").asText()).isEqualTo("gone-1");
        // ops-admin, the guest, left.user, nossp (bob: a federated reset is a warning since the knowledge audit)
        assertThat(changes.get("unchanged").get("count").asLong()).isEqualTo(4);

        // JUnit: one more test case, failed by the new user
        String junit = CliRunner.exec("audit", "--tenant", TENANT, "--baseline", baseline.toString(), "-o", "junit").out();
        assertThat(junit).contains("<testcase name=\"baseline: new findings\"").contains("noreg@contoso.example: sspr.not-registered");
        // Markdown: the changes table
        assertThat(CliRunner.exec("audit", "--tenant", TENANT, "--baseline", baseline.toString(), "-o", "markdown").out())
                .contains("| New | 1 | `sspr.not-registered` 1 |").contains("| Fixed | 1 |");
        // --fail-on new: regressions only
        assertThat(CliRunner.exec("audit", "--tenant", TENANT, "--baseline", baseline.toString(), "--fail-on", "new").exit()).isEqualTo(1);
        Path same = dir.resolve("same.json");
        Files.writeString(same, audit("-o", "json").out());
        CliRunner.Result clean = CliRunner.exec("audit", "--tenant", TENANT, "--baseline", same.toString(), "--fail-on", "new", "-o", "markdown");
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("### Since the baseline").contains("| New | 0 |");
        // a waived new finding is no regression
        Path w = waivers("- {code: sspr.not-registered, user: noreg@contoso.example, rationale: new starter, expires: 2999-01-01, owner: hr}\n");
        assertThat(CliRunner.exec("audit", "--tenant", TENANT, "--baseline", baseline.toString(), "--fail-on", "new", "--waivers", w.toString()).exit()).isZero();
        // --fail-on new without a baseline is refused
        assertThat(CliRunner.exec("audit", "--tenant", TENANT, "--fail-on", "new").exit()).isEqualTo(2);
        Path notReport = dir.resolve("x.json");
        Files.writeString(notReport, "{\"summary\":{}}");
        CliRunner.Result bad = CliRunner.exec("audit", "--tenant", TENANT, "--baseline", notReport.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("not an audit --format json report");
    }

    @Test
    void excludedUsersAreCountedNeverDropped() throws Exception {
        JsonNode all = JSON.readTree(audit("-o", "json").out());
        CliRunner.Result r = audit("-o", "json", "--exclude", "guests", "--exclude", "disabled",
                "--exclude", "group:9f3e2d1c-0001-4000-8000-00000000b001");
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        JsonNode excluded = report.get("summary").get("excluded");
        assertThat(excluded.get("guests").asLong()).isEqualTo(1);
        assertThat(excluded.get("disabled").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(excluded.get("group:9f3e2d1c-0001-4000-8000-00000000b001").asLong()).isEqualTo(1);
        long total = excluded.get("total").asLong();
        assertThat(total).isEqualTo(excluded.get("guests").asLong() + excluded.get("disabled").asLong()
                + excluded.get("group:9f3e2d1c-0001-4000-8000-00000000b001").asLong());
        assertThat(report.get("summary").get("total").asLong() + total).isEqualTo(all.get("summary").get("total").asLong());
        for (JsonNode u : report.get("users")) {
            assertThat(u.get("userPrincipalName").asText()).isNotIn("left.user@contoso.example", "grace@contoso.example")
                    .doesNotContain("#EXT#");
        }
        CliRunner.Result bad = audit("--exclude", "robots");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("disabled, guests or group:ID");
        CliRunner.Result noGroup = audit("--exclude", "group:nope");
        assertThat(noGroup.exit()).isEqualTo(2);
        assertThat(noGroup.err()).contains("groups-nope-members.json");
    }

    @Test
    void diagnoseWaiversInJunit() throws Exception {
        Path profile = dir.resolve("ci.yaml");
        Files.writeString(profile, "role: [helpdesk-admin]\nlicense: [entra-id-p1]\ncases:\n  - {name: plain user}\n  - {name: global admin, target-role: global-admin}\n");
        Path w = waivers("- {code: role.cannot-reset-target, case: global admin, rationale: by design, expires: 2999-01-01, owner: iam}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString(), "--waivers", w.toString(), "-o", "junit");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("<skipped message=\"role.cannot-reset-target: waived: by design (until 2999-01-01, iam)\"/>").doesNotContain("<failure");
        assertThat(r.out()).contains("<testsuite name=\"sspr-doctor diagnose\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"1\"");
        CliRunner.Result json = CliRunner.exec("diagnose", "--profile", profile.toString(), "--waivers", w.toString(), "-o", "json");
        assertThat(JSON.readTree(json.out()).get("cases").get(1).get("findings").get(0).get("waived").get("rationale").asText()).isEqualTo("by design");
        CliRunner.Result text = CliRunner.exec("diagnose", "--profile", profile.toString(), "--waivers", w.toString());
        assertThat(text.out()).contains("waived: by design (until 2999-01-01, iam)");
        assertThat(text.exit()).isZero();
        assertThat(CliRunner.exec("diagnose", "--profile", profile.toString()).exit()).isEqualTo(1);
    }

    private static JsonNode user(JsonNode report, String upn) {
        for (JsonNode u : report.get("users")) if (u.get("userPrincipalName").asText().equals(upn)) return u;
        throw new AssertionError("no " + upn);
    }
}
