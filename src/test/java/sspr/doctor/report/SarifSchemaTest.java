package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** --format sarif of rules check, content check and diagnose --profile validates against the SARIF 2.1.0 schema, and points at the right lines. */
class SarifSchemaTest {
    static JsonSchema schema;
    @TempDir Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    static JsonNode valid(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as(json).isEmpty();
        assertThat(node.get("version").asText()).isEqualTo("2.1.0");
        return node;
    }

    @Test
    void rulesCheckOfABrokenTable() throws Exception {
        Path table = dir.resolve("table.yaml");
        Files.writeString(table, "schemaVersion: 1\nfacts: {}\nrules:\n  - id: R1\n    when: {nosuchfact: true}\n    then: {code: x.y, severity: blocker}\n");
        CliRunner.Result r = CliRunner.exec("rules", "check", table.toString(), "--format", "sarif");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode run = valid(r.out()).get("runs").get(0);
        assertThat(run.get("results").size()).isGreaterThan(0);
        for (JsonNode res : run.get("results")) {
            JsonNode loc = res.get("locations").get(0).get("physicalLocation");
            assertThat(loc.get("artifactLocation").get("uri").asText()).endsWith("table.yaml");
            assertThat(loc.get("region").get("startLine").asInt()).isBetween(1, 6);
            assertThat(res.get("level").asText()).isEqualTo("error");
        }
        assertThat(valid(CliRunner.exec("rules", "check", "--format", "sarif").out()).get("runs").get(0).get("results").size()).isZero();
    }

    @Test
    void contentCheckOfABrokenArticle() throws Exception {
        Path article = dir.resolve("issues-with-credentials").resolve("de-DE.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "---\ntitle: x\nms.contentlocale: de-DE\n---\n\n**Only one question?**\n\nAnswer.\n");
        CliRunner.Result r = CliRunner.exec("content", "check", dir.toString(), "--format", "sarif", "--lang", "zh-TW");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode log = valid(r.out());
        assertThat(log.get("runs").get(0).get("language").asText()).isEqualTo("zh-TW");
        assertThat(log.get("runs").get(0).get("results").size()).isGreaterThan(0);
    }

    @Test
    void diagnoseProfileFindingsAtTheirFactsWithWaiversAsSuppressions() throws Exception {
        Path profile = dir.resolve("ci.yaml");
        Files.writeString(profile, "role: [helpdesk-admin]\nlicense: [entra-id-p1]\nwriteback: true\ncases:\n  - {name: plain user}\n"
                + "  - name: global admin\n    target-role: global-admin\n");
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, "- {code: role.cannot-reset-target, case: global admin, rationale: by design, expires: 2999-01-01, owner: iam}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString(), "--format", "sarif", "--waivers", waivers.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode run = valid(r.out()).get("runs").get(0);
        JsonNode blocked = null;
        for (JsonNode res : run.get("results")) if (res.get("ruleId").asText().equals("role.cannot-reset-target")) blocked = res;
        assertThat(blocked).isNotNull();
        assertThat(blocked.get("level").asText()).isEqualTo("error");
        // the rule tests the actor's and the target's roles: the case's target-role line (7), before the shared role line
        int line = blocked.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
        assertThat(line).isIn(1, 7);
        assertThat(blocked.get("suppressions").get(0).get("justification").asText()).isEqualTo("by design");
        assertThat(blocked.get("message").get("text").asText()).startsWith("[global admin]");
        // without the waiver the same blocker fails the run
        assertThat(CliRunner.exec("diagnose", "--profile", profile.toString(), "--format", "sarif").exit()).isEqualTo(1);
        // SARIF needs a profile to point into
        CliRunner.Result noProfile = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--format", "sarif");
        assertThat(noProfile.exit()).isEqualTo(2);
        assertThat(noProfile.err()).contains("--profile");
    }
}
