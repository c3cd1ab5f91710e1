package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code roles list --search}: by alias, English or localized display name, legacy name, template ID; as licenses list --search. */
class RolesSearchTest {
    @Test
    void findsByAliasAndEnglishName() {
        CliRunner.Result r = new CliRunner().env("NO_COLOR", "1").env("COLUMNS", "200").run("roles", "list", "--search", "HELPDESK");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("helpdesk-admin", "Helpdesk Administrator").doesNotContain("global-admin");
    }

    @Test
    void findsByTheNameTheOutputLanguagePrints() {
        CliRunner.Result r = new CliRunner().env("NO_COLOR", "1").env("COLUMNS", "200").run("roles", "list", "--search", "全域管理員", "--lang", "zh-TW");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("global-admin").doesNotContain("helpdesk-admin");
    }

    @Test
    void findsByTemplateIdInJson() throws Exception {
        CliRunner.Result r = CliRunner.exec("roles", "list", "--search", "62e90394-69f5-4237-9190-012177145e10", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("alias").asText()).isEqualTo("global-admin");
    }

    @Test
    void noMatchSaysSoOnStandardError() {
        CliRunner.Result r = new CliRunner().env("NO_COLOR", "1").run("roles", "list", "--search", "no-such-role", "--lang", "id-ID");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("tidak ada peran yang cocok dengan 'no-such-role'\n");
        assertThat(CliRunner.exec("roles", "list", "--search", "no-such-role", "--format", "json").out().strip()).isEqualTo("[]");
    }
}
