package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.catalog.Role;
import sspr.doctor.diagnosis.Catalogs;

/**
 * Role names in four languages: every built-in role has a name in each, no name means two roles,
 * names are accepted as --role/--target-role in every language and printed in the output's language.
 */
class RoleNamesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> LANGS = List.of("en", "id-ID", "zh-CN", "zh-TW");

    static Properties names(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("content/messages/roles." + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static String key(String name) {
        return name.replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}_\\-]+", "");
    }

    @Test
    void everyRoleHasANameInEveryLanguageAndNoNameIsShared() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (Role r : Catalogs.roles().all()) {
            for (String n : List.of(r.alias(), r.displayName())) assertThat(owner.put(key(n), r.alias())).as(n).isIn(null, r.alias());
        }
        // an old name may equal a current one ("Password Administrator" once meant Helpdesk): current names win
        for (Role r : Catalogs.roles().all()) for (String n : r.legacyNames()) owner.putIfAbsent(key(n), r.alias());
        for (String lang : LANGS) {
            Properties p = names(lang);
            for (Role r : Catalogs.roles().all()) {
                String name = p.getProperty(r.alias());
                assertThat(name).as(lang + " " + r.alias()).isNotBlank();
                // a translated name never means another role, in any language, nor any role's English or old name
                assertThat(owner.putIfAbsent(key(name), r.alias())).as(lang + " " + name).isIn(null, r.alias());
            }
        }
        assertThat(names("en").getProperty("global-admin")).isEqualTo("Global Administrator");
        assertThat(names("zh-CN").getProperty("global-admin")).isEqualTo("全局管理员");
        assertThat(names("zh-TW").getProperty("global-admin")).isEqualTo("全域管理員");
        assertThat(names("id-ID").getProperty("global-admin")).isEqualTo("Administrator Global");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"全域管理員,zh-TW", "全局管理员,zh-CN", "Administrator Global,id-ID", "administrator  GLOBAL,en", "全域管理員,en",
            "Administrator-Global,zh-CN"})
    void aLocalizedNameIsAcceptedInEveryLanguage(String typed, String lang) throws IOException {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", typed, "--target-role", "helpdesk-admin", "--lang", lang, "-o", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).at("/input/roles/0").asText()).isEqualTo("global-admin");
    }

    @Test
    void everyRoleOfTheAdministratorPolicyIsATargetNow() throws IOException {
        CliRunner.Result r = CliRunner.exec("diagnose", "--target-role", "Teams Devices Administrator", "--role", "helpdesk-admin", "-o", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).at("/input/targetRoles/0").asText()).isEqualTo("teams-devices-admin");
    }

    @Test
    void aNearMissSuggestsEachRoleOnce() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "helpdesk");
        assertThat(r.exit()).isEqualTo(2);
        // the alias and the display name are both near "helpdesk": the role is offered once
        assertThat(r.err()).contains("did you mean");
        assertThat(r.err().substring(r.err().indexOf("did you mean"))).containsOnlyOnce("elpdesk");
    }

    @Test
    void aNearMissSuggestsTheLocalizedName() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "全域管里員", "--lang", "zh-TW");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("全域管理員").doesNotContain("Exception");
        CliRunner.Result id = CliRunner.exec("diagnose", "--role", "Administrator Globl");
        assertThat(id.err()).contains("Administrator Global");
    }

    @Test
    void roleNamesArePrintedInTheOutputLanguage() throws IOException {
        JsonNode d = JSON.readTree(CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin",
                "--lang", "zh-CN", "-o", "json").out());
        JsonNode finding = d.get("findings").get(0);
        assertThat(finding.get("detail").asText()).contains("支持管理员").contains("全局管理员").doesNotContain("Global Administrator");
        assertThat(finding.get("fix").get(0).asText()).contains("特权身份验证管理员、全局管理员");
        JsonNode en = JSON.readTree(CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "-o", "json").out());
        assertThat(en.at("/findings/0/fix/0").asText()).contains("Privileged Authentication Administrator, Global Administrator");
    }

    @ParameterizedTest
    @CsvSource({"en,Global Administrator,yes", "id-ID,Administrator Global,ya", "zh-CN,全局管理员,是", "zh-TW,全域管理員,是"})
    void rolesListPrintsNamesAndTokensInTheLanguage(String lang, String name, String yes) {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "400").run("--lang", lang, "roles", "list");   // wide enough for the table
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(Catalogs.roles().all().size() + 1);
        assertThat(lines.get(1)).startsWith("global-admin ").contains(name).contains(yes);
        if (!lang.equals("en")) assertThat(r.out()).doesNotContain(" yes ").doesNotContain(" no ");
        // columns line up by display width: the template ID starts at the same column on every line
        int column = -1;
        for (String line : lines.subList(1, lines.size())) {
            String id = line.contains("62e90394") ? "62e90394" : null;
            if (id == null) continue;
            column = sspr.doctor.text.DisplayWidth.of(line.substring(0, line.indexOf(id)));
        }
        assertThat(column).isPositive();
        for (String line : lines.subList(1, lines.size())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-").matcher(line);
            if (m.find()) assertThat(sspr.doctor.text.DisplayWidth.of(line.substring(0, m.start()))).as(line).isEqualTo(column);
        }
    }

    @Test
    void rolesListJsonHasTheContractKeysForEveryBuiltInRole() throws IOException {
        JsonNode rows = JSON.readTree(CliRunner.exec("roles", "list", "-o", "json").out());
        assertThat(rows.size()).isEqualTo(146);
        for (JsonNode row : rows) {
            for (String k : List.of("alias", "displayName", "roleTemplateId", "isPrivileged", "canResetPasswords", "inResetMatrix",
                    "inSsprAdminPolicyList", "aliases", "note", "templateId", "permissions", "auScopable", "ssprAdminPolicy", "source")) {
                assertThat(row.has(k)).as(row.get("alias") + " " + k).isTrue();
            }
            assertThat(row.at("/source/page").asText()).startsWith("docs/identity/role-based-access-control/");
            assertThat(row.at("/source/date").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
            assertThat(row.at("/source/commit").asText()).matches("[0-9a-f]{40}");
            assertThat(row.get("canResetPasswords").asBoolean()).isEqualTo(row.get("permissions").size() > 0);
        }
        JsonNode op = null;
        for (JsonNode row : rows) if (row.get("alias").asText().equals("security-operator")) op = row;
        assertThat(op.get("permissions").get(0).asText()).isEqualTo("microsoft.directory/users/password/update");
        assertThat(op.get("auScopable").asBoolean()).isFalse();
    }
}
