package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnoseCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;

    @Test
    void jsonGoldenHybridUserAdmin() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isEqualTo(0);
        Golden.assertMatches("diagnose-user-admin-hybrid.en.json", r.out());
    }

    @Test
    void jsonGoldenBlockedZhTw() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin",
                "--symptom", "greyed-out-button", "-o", "json", "--lang", "zh-TW");
        assertThat(r.exit()).isEqualTo(1);
        Golden.assertMatches("diagnose-helpdesk-global.zh-TW.json", r.out());
    }

    @Test
    void textGolden() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "password-admin", "--target-role", "reports-reader", "--hybrid", "--no-writeback", "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        Golden.assertMatches("diagnose-password-admin.en.txt", r.out());
    }

    @Test
    void inputIsNormalised() throws Exception {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "User Administrator,Company Administrator", "--license", "SPE_E3",
                "--license", "078d2b04-f1bd-4111-bbd4-b4b1b354cef4", "--license", "Microsoft 365 Business Premium", "-o", "json");
        JsonNode input = JSON.readTree(r.out()).get("input");
        assertThat(input.get("roles").toString()).isEqualTo("[\"user-admin\",\"global-admin\"]");
        assertThat(input.get("licenses").toString()).isEqualTo("[\"SPE_E3\",\"AAD_PREMIUM\",\"SPB\"]");
        assertThat(input.get("writeback").isNull()).isTrue();
        assertThat(input.get("portal").asText()).isEqualTo("entra");
        assertThat(input.size()).isEqualTo(26);
        assertThat(input.get("syncEngine").isNull()).isTrue();
    }

    @Test
    void currentDisplayNameWinsOverLegacyName() throws Exception {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "Password Administrator", "-o", "json");
        assertThat(JSON.readTree(r.out()).get("input").get("roles").get(0).asText()).isEqualTo("password-admin");
    }

    @Test
    void roleNoneIsEmptyList() throws Exception {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "none", "-o", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("input").get("roles").size()).isZero();
        assertThat(root.get("verdict").asText()).isEqualTo("blocked");
    }

    @ParameterizedTest
    @CsvSource({
            "blocker, 1", "warning, 1", "never, 0"})
    void failOnBlocker(String level, int exit) {
        assertThat(CliRunner.exec("diagnose", "--role", "security-admin", "--fail-on", level, "-o", "json").exit()).isEqualTo(exit);
    }

    @ParameterizedTest
    @CsvSource({"blocker, 0", "warning, 1", "never, 0"})
    void failOnWarning(String level, int exit) {
        assertThat(CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--fail-on", level, "-o", "json").exit()).isEqualTo(exit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--role helpdesk|unknown role 'helpdesk'",
            "--license o365-e33|unknown licence 'o365-e33'",
            "--portal m365|did you mean",
            "--symptom greyed|unknown value 'greyed'",
            "--hybrid --cloud-only|contradict",
            "--registered --not-registered|contradict",
            "--federated --cloud-only|contradict",
            "--scenario self-service --role user-admin|--target-role",
            "--portal sspr-portal|self-service",
            "--error SSPR_9999|unknown error code",
            "--license Microsoft 365 F1|several licences",
            "--lang zh_TW_x_!|not a valid language tag"})
    void badInputIsOneLineExit2(String args, String expected) {
        String[] argv = ("diagnose " + args).split(" ");
        if (args.startsWith("--license Microsoft")) argv = new String[] {"diagnose", "--license", "Microsoft 365 F1"};
        CliRunner.Result r = CliRunner.exec(argv);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(expected);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void profileFactsAndCommandLineOverride() throws Exception {
        Path p = tmp.resolve("tenant.yaml");
        Files.writeString(p, "role: user-admin\nhybrid: true\nwriteback: false\n");
        JsonNode root = JSON.readTree(CliRunner.exec("diagnose", "--profile", p.toString(), "-o", "json").out());
        assertThat(root.get("input").get("writeback").asBoolean()).isFalse();
        assertThat(root.get("verdict").asText()).isEqualTo("blocked");
        JsonNode over = JSON.readTree(CliRunner.exec("diagnose", "--profile", p.toString(), "--writeback", "--license", "entra-id-p1", "-o", "json").out());
        assertThat(over.get("input").get("writeback").asBoolean()).isTrue();
        assertThat(over.get("verdict").asText()).isEqualTo("ok");
    }

    @Test
    void profileUnknownKeyNamesFileLineColumn() throws Exception {
        Path p = tmp.resolve("bad.yaml");
        Files.writeString(p, "role: user-admin\nformat: json\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:2:1").contains("unknown key 'format'");
    }

    @Test
    void profileCases() throws Exception {
        Path p = tmp.resolve("cases.yaml");
        Files.writeString(p, "role: [helpdesk-admin]\ncases:\n  - {name: plain user}\n  - {name: global admin, target-role: global-admin}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString(), "-o", "json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("verdict").asText()).isEqualTo("blocked");
        assertThat(root.get("cases").get(0).get("verdict").asText()).isEqualTo("ok");
        assertThat(root.get("cases").get(1).get("name").asText()).isEqualTo("global admin");
        assertThat(root.get("cases").get(1).get("verdict").asText()).isEqualTo("blocked");
    }

    @Test
    void hostileYamlIsRefusedQuickly() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (int i = 0; i < 12; i++) bomb.append((char) ('b' + i)).append(": &").append((char) ('b' + i)).append(" [*").append(i == 0 ? 'a' : (char) ('a' + i)).append(",*").append(i == 0 ? 'a' : (char) ('a' + i)).append("]\n");
        Path p = tmp.resolve("bomb.yaml");
        Files.writeString(p, bomb.toString());
        assertThat(CliRunner.exec("diagnose", "--profile", p.toString()).exit()).isEqualTo(2);
        Path deep = tmp.resolve("deep.json");
        Files.writeString(deep, "{\"role\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", deep.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("deep.json");
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "role: \"" + "x".repeat(5 * 1024 * 1024) + "\"\n");
        assertThat(CliRunner.exec("diagnose", "--profile", big.toString()).err()).contains("larger than");
        Path longString = tmp.resolve("long.yaml");
        Files.writeString(longString, "role: \"" + "x".repeat(200_000) + "\"\n");
        assertThat(CliRunner.exec("diagnose", "--profile", longString.toString()).exit()).isEqualTo(2);
    }

    @Test
    void brokenRulesFileNamesTheRule() throws Exception {
        Path p = tmp.resolve("rules.yaml");
        Files.writeString(p, "facts:\n  hybrid: {type: boolean}\nrules:\n  - {id: my-rule, when: {hybrid: maybe}, then: {code: a.b, severity: info}}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--rules", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("my-rule").contains("rules.yaml:4");
    }

    @Test
    void traceListsEveryRule() throws Exception {
        JsonNode root = JSON.readTree(CliRunner.exec("diagnose", "--role", "user-admin", "--trace", "-o", "json").out());
        assertThat(root.get("trace").size()).isGreaterThan(40);
        assertThat(root.get("trace").get(0).has("reason")).isTrue();
    }

    @Test
    void bundledTablePassesItsOwnCheck() {
        CliRunner.Result r = CliRunner.exec("rules", "check");
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isEqualTo(0);
    }
}
