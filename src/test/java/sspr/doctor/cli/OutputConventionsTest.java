package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import sspr.doctor.text.DisplayWidth;

/** Colour rules, stdout/stderr separation, widths and the global exit-code conventions. */
class OutputConventionsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void colourOnlyWhenAllowed() {
        String[] args = {"diagnose", "--role", "security-admin", "--color", "always"};
        assertThat(CliRunner.exec(args).out()).contains("\u001b[");
        assertThat(CliRunner.exec("diagnose", "--role", "security-admin", "--color", "never").out()).doesNotContain("\u001b[");
        assertThat(CliRunner.exec("diagnose", "--role", "security-admin").out()).doesNotContain("\u001b[");
        assertThat(Cli.useColor(ColorMode.auto, java.util.Map.of("NO_COLOR", "1"), true)).isFalse();
        // no-color.org: an empty NO_COLOR is as if it were not set
        assertThat(Cli.useColor(ColorMode.auto, java.util.Map.of("NO_COLOR", ""), true)).isTrue();
        assertThat(Cli.useColor(ColorMode.auto, java.util.Map.of("TERM", "dumb"), true)).isFalse();
        assertThat(Cli.useColor(ColorMode.auto, java.util.Map.of(), true)).isTrue();
        assertThat(Cli.useColor(ColorMode.auto, java.util.Map.of(), false)).isFalse();
    }

    @Test
    void statusWordsCarryTheMeaningWithoutColour() {
        String out = CliRunner.exec("diagnose", "--role", "security-admin", "--color", "never").out();
        assertThat(out).contains("✗ blocker").contains("Blocked");
    }

    @Test
    void textFollowsTheWidthAndCjkLinesFit() {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "60").run("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--lang", "zh-TW");
        for (String line : r.out().split("\n")) {
            if (line.contains("https://")) continue;
            assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(60);
        }
    }

    @Test
    void jsonOnStdoutNoticesOnStderr() throws Exception {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "--lang", "fr", "-o", "json");
        assertThat(r.err()).contains("fr");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("lang").asText()).isEqualTo("en");
    }

    @Test
    void unknownSubcommandAndOptionSuggest() {
        CliRunner.Result r = CliRunner.exec("diagnse");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean diagnose");
        CliRunner.Result o = CliRunner.exec("diagnose", "--rol", "user-admin");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip().lines().count()).isEqualTo(1);
        assertThat(o.err()).contains("--role");
    }

    @Test
    void explainKnownAndUnknownCodes() throws Exception {
        JsonNode variants = JSON.readTree(CliRunner.exec("explain", "6329", "-o", "json").out());
        assertThat(variants.size()).isEqualTo(4);
        assertThat(variants.get(0).get("links").get(0).asText()).startsWith("https://learn.microsoft.com/");
        assertThat(CliRunner.exec("explain", "sspr_0029").out()).contains("SSPR_0029");
        String zh = CliRunner.exec("explain", "SSPR_0009", "--lang", "zh-TW").out();
        assertThat(zh).containsPattern("[\\u4e00-\\u9fff]");
        CliRunner.Result bad = CliRunner.exec("explain", "SSPR_0O09");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("SSPR_0009");
    }

    @Test
    void rolesAndLicensesJsonUseTheCatalogColumns() throws Exception {
        JsonNode roles = JSON.readTree(CliRunner.exec("roles", "list", "-o", "json").out());
        assertThat(roles.get(0).has("roleTemplateId")).isTrue();
        assertThat(roles.get(0).has("inSsprAdminPolicyList")).isTrue();
        JsonNode skus = JSON.readTree(CliRunner.exec("licenses", "list", "--search", "SPE_E3", "-o", "json").out());
        assertThat(skus.get(0).get("skuPartNumber").asText()).isEqualTo("SPE_E3");
        assertThat(skus.get(0).get("hasEntraP1").asBoolean()).isTrue();
    }
}
