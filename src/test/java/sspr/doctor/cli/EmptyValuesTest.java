package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An empty value is a mistake, never "nothing given": exit 2 and one line naming the option or key. */
class EmptyValuesTest {
    @TempDir Path tmp;

    private static void refused(CliRunner.Result r, String expected) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(expected);
    }

    @ParameterizedTest(name = "diagnose {0} ''")
    @ValueSource(strings = {"--role", "--target-role", "--license", "--portal", "--symptom", "--error", "--sspr-scope",
            "--scenario", "--role-scope", "--profile", "--rules"})
    void everyEmptyDiagnoseOption(String option) {
        refused(CliRunner.exec("diagnose", option, ""), option + ": empty value");
        refused(CliRunner.exec("diagnose", option, "  "), option + ": empty value");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--role|user-admin,", "--role|,user-admin", "--role|user-admin,,helpdesk-admin",
            "--target-role|global-admin,", "--symptom|error,", "--license|SPE_E5,"})
    void commaListsWithAnEmptyMember(String option, String value) {
        refused(CliRunner.exec("diagnose", option, value), "'" + value + "' has an empty item");
    }

    @Test
    void aFullCommaListStillWorks() {
        assertThat(CliRunner.exec("diagnose", "--role", "user-admin,helpdesk-admin").exit()).isZero();
        assertThat(CliRunner.exec("diagnose", "--role=user-admin", "--role", "helpdesk-admin").exit()).isZero();
    }

    @Test
    void globalOptionsAndArgumentsToo() {
        refused(CliRunner.exec("--lang", "", "faq", "list"), "--lang: empty value");
        refused(CliRunner.exec("--content-dir", "", "faq", "list"), "--content-dir: empty value");
        refused(CliRunner.exec("faq", "search", ""), "faq search QUERY: empty value");
        refused(CliRunner.exec("audit", ""), "audit FILE: empty value");
        refused(CliRunner.exec("licenses", "list", "--search", ""), "--search: empty value");
    }

    @Test
    void theLineIsInTheChosenLanguage() {
        refused(CliRunner.exec("--lang", "zh-TW", "diagnose", "--role", ""), "--role：值是空的");
        refused(CliRunner.exec("--lang", "id-ID", "diagnose", "--role", "user-admin,"), "butir kosong");
    }

    @ParameterizedTest(name = "audit {0} ''")
    @ValueSource(strings = {"--users", "--skus", "--profile", "--license", "--sspr-scope", "--output"})
    void everyEmptyAuditOption(String option) throws Exception {
        Path reg = tmp.resolve("reg.json");
        Files.writeString(reg, "{\"value\":[]}");
        refused(CliRunner.exec("audit", reg.toString(), option, ""), option + ": empty value");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "role: \"\"|:1:1: empty value for 'role'",
            "role: []|'role' is an empty list",
            "role: [user-admin, \"\"]|:1:20: empty item in 'role'",
            "role: \"user-admin,\"|'user-admin,' has an empty item",
            "target-role: \" \"|empty value for 'target-role'",
            "license: \"\"|empty value for 'license'",
            "license: [\"\"]|empty item in 'license'",
            "portal: \"\"|empty value for 'portal'",
            "symptom: \"error,\"|'error,' has an empty item",
            "error: \"\"|empty value for 'error'",
            "sspr-scope: \"\"|empty value for 'sspr-scope'",
            "scenario: \"\"|empty value for 'scenario'",
            "role-scope: \"\"|empty value for 'role-scope'",
            "cases:\\n  - name: a\\n    role: \"\"|:3:5: empty value for 'role'"})
    void everyEmptyProfileKey(String yaml, String expected) throws Exception {
        Path profile = tmp.resolve("p.yaml");
        Files.writeString(profile, yaml.replace("\\n", "\n") + "\n");
        refused(CliRunner.exec("diagnose", "--profile", profile.toString()), "p.yaml");
        refused(CliRunner.exec("diagnose", "--profile", profile.toString()), expected);
    }

    @Test
    void emptyKeysInAnAuditProfile() throws Exception {
        Path reg = tmp.resolve("reg.json");
        Files.writeString(reg, "{\"value\":[]}");
        for (String key : List.of("license", "sspr-scope")) {
            Path profile = tmp.resolve(key + ".yaml");
            Files.writeString(profile, key + ": \"\"\n");
            refused(CliRunner.exec("audit", reg.toString(), "--profile", profile.toString()), "empty value for '" + key + "'");
        }
    }

    @Test
    void helpIsStillShownWhateverElseIsOnTheLine() {
        List<String> args = new ArrayList<>(List.of("diagnose", "--role", "", "--help"));
        CliRunner.Result r = CliRunner.exec(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--role=ROLE[,ROLE...]");
    }
}
