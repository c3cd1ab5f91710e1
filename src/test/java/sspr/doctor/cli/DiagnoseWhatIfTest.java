package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.whatif.EquivalentCommand;
import sspr.doctor.whatif.FactSpaces;
import sspr.doctor.whatif.WhatIf;

class DiagnoseWhatIfTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;

    static JsonNode json(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("-o", "json", "--lang", "en"));
        CliRunner.Result r = CliRunner.exec(a.toArray(String[]::new));
        assertThat(r.err()).as(String.join(" ", args)).isEmpty();
        return JSON.readTree(r.out());
    }

    @Test
    void helpdeskAndAGlobalAdminTargetGetsPrivilegedAuthenticationAdministratorNotGlobalAdministrator() throws Exception {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--what-if", "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        Golden.assertMatches("diagnose-what-if-helpdesk-global.en.txt", r.out());
        String section = r.out().substring(r.out().indexOf("What would unblock it:"));
        assertThat(section).contains("1. Give the administrator the Privileged Authentication Administrator role",
                "sspr-doctor diagnose --role helpdesk-admin,privileged-authentication-admin --target-role global-admin")
                .doesNotContain("Global Administrator role");

        JsonNode first = json("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--what-if").get("whatIf").get(0);
        assertThat(first.get("changes").toString()).isEqualTo(
                "[{\"fact\":\"roles\",\"from\":[\"helpdesk-admin\"],\"to\":[\"helpdesk-admin\",\"privileged-authentication-admin\"]}]");
        assertThat(first.get("verdict").asText()).isEqualTo("ok");
        assertThat(first.get("command").asText()).isEqualTo("sspr-doctor diagnose --role helpdesk-admin,privileged-authentication-admin --target-role global-admin");
    }

    @Test
    void aSyncedUserWithoutWritebackGetsWritebackOn() throws Exception {
        JsonNode d = json("diagnose", "--role", "user-admin", "--hybrid", "--no-writeback", "--what-if");
        JsonNode first = d.get("whatIf").get(0);
        assertThat(first.get("changes").toString()).isEqualTo("[{\"fact\":\"writeback\",\"from\":false,\"to\":true}]");
        assertThat(first.get("verdict").asText()).isEqualTo("warning");
        assertThat(first.get("command").asText()).isEqualTo("sspr-doctor diagnose --role user-admin --hybrid --writeback");
        String text = CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--no-writeback", "--what-if", "--lang", "en").out();
        assertThat(text).contains("1. Turn on password writeback", "→ ! no blocker; warnings remain");
    }

    /** Facts nobody here can change are never proposed: the only path is named, per finding, with the facts that pin it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--role user-admin --guest                                   | account.guest           | guest     | home organization",
            "--role user-admin --hybrid --onprem-protected --writeback --license entra-id-p1 | writeback.protected-account | onpremProtected | protected groups",
            "--scenario self-service --throttled --sspr-scope all --registered --license entra-id-p1 | sspr.throttled | throttled | Wait 24 hours",
            "--scenario self-service --hybrid --writeback --sspr-scope all --registered --license entra-id-p1 --symptom password-rejected | password.onprem-policy | symptoms | on-premises domain policy",
            "--role user-admin --error SSPR_0010 --hybrid --writeback --license entra-id-p1 | writeback.disabled | error | instead of --error"})
    void uncontrollableBlockersNameTheOnlyPathAndProposeNothing(String facts, String code, String fact, String path) throws Exception {
        List<String> args = new ArrayList<>(List.of("diagnose", "--what-if"));
        args.addAll(List.of(facts.split(" ")));
        JsonNode d = json(args.toArray(String[]::new));
        assertThat(d.get("verdict").asText()).isEqualTo("blocked");
        assertThat(d.get("whatIf").size()).isZero();
        JsonNode only = d.get("whatIfOnlyPaths");
        assertThat(only.findValuesAsText("code")).contains(code);
        for (JsonNode o : only) {
            if (!o.get("code").asText().equals(code)) continue;
            assertThat(o.get("facts").toString()).contains("\"" + fact + "\"");
            assertThat(o.get("path").asText()).contains(path);
        }
        args.add("--lang");
        args.add("en");
        String text = new CliRunner().env("COLUMNS", "400").run(args.toArray(String[]::new)).out();
        assertThat(text).contains("the only path:", code, path);
    }

    @Test
    void nothingToUnblockWithoutABlocker() throws Exception {
        JsonNode d = json("diagnose", "--role", "user-admin", "--hybrid", "--what-if");
        assertThat(d.get("verdict").asText()).isEqualTo("warning");
        assertThat(d.get("whatIf").size()).isZero();
        assertThat(d.get("whatIfOnlyPaths").size()).isZero();
        assertThat(CliRunner.exec("diagnose", "--role", "user-admin", "--what-if", "--lang", "en").out())
                .contains("What would unblock it:\n  Nothing blocks the reset");
    }

    @Test
    void withoutTheOptionTheOutputHasNoWhatIf() throws Exception {
        JsonNode d = json("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin");
        assertThat(d.has("whatIf")).isFalse();
        assertThat(d.has("whatIfOnlyPaths")).isFalse();
        assertThat(CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin").out()).doesNotContain("What would unblock it");
    }

    @Test
    void yamlCarriesTheSameKeys() {
        String yaml = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--what-if", "-o", "yaml").out();
        assertThat(yaml).contains("whatIf:", "whatIfOnlyPaths:", "fact: roles", "command: ");
    }

    @Test
    void junitHasNoPlaceForProposals() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "--what-if", "-o", "junit");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("sspr-doctor: --what-if: JUnit XML has no place for proposals; use --format text, json or yaml");
    }

    @Test
    void everyBatchLineAndEveryProfileCaseGetsItsOwn() throws Exception {
        Path in = tmp.resolve("in.ndjson");
        Files.writeString(in, "{\"role\":[\"helpdesk-admin\"],\"target-role\":[\"global-admin\"]}\n{\"role\":\"user-admin\"}\n", StandardCharsets.UTF_8);
        String[] lines = CliRunner.exec("diagnose", "--batch", in.toString(), "--what-if").out().split("\n");
        assertThat(JSON.readTree(lines[0]).get("whatIf").get(0).at("/changes/0/fact").asText()).isEqualTo("roles");
        assertThat(JSON.readTree(lines[1]).get("whatIf").size()).isZero();

        Path profile = tmp.resolve("cases.yaml");
        Files.writeString(profile, "role: [user-admin]\ncases:\n  - name: synced\n    hybrid: true\n    writeback: false\n  - name: cloud\n", StandardCharsets.UTF_8);
        JsonNode cases = json("diagnose", "--profile", profile.toString(), "--what-if").get("cases");
        assertThat(cases.get(0).at("/whatIf/0/changes/0/fact").asText()).isEqualTo("writeback");
        assertThat(cases.get(1).get("whatIf").size()).isZero();
        String text = CliRunner.exec("diagnose", "--profile", profile.toString(), "--what-if", "--lang", "en").out();
        assertThat(text.split("What would unblock it:", -1)).hasSize(3);
    }

    @Test
    void aTableOfOnesOwnIsNamedAgainInTheCommand() throws Exception {
        Path rules = tmp.resolve("my rules.yaml");
        Files.writeString(rules, Files.readString(Path.of("content/rules/sspr-reset.yaml")), StandardCharsets.UTF_8);
        JsonNode d = json("diagnose", "--rules", rules.toString(), "--role", "user-admin", "--hybrid", "--no-writeback", "--what-if");
        String command = d.at("/whatIf/0/command").asText();
        assertThat(command).startsWith("sspr-doctor diagnose --rules '" + rules + "' --role user-admin");
        assertThat(verdictOf(command)).isEqualTo(d.at("/whatIf/0/verdict").asText());
    }

    @Test
    void factsFromATenantSnapshotAreWrittenOutInTheCommand() throws Exception {
        String flat = Path.of("src/test/resources/tenant/flat").toString();
        JsonNode d = json("diagnose", "--tenant", flat, "--user", "grace@contoso.example", "--actor", "pim.helpdesk@contoso.example", "--what-if");
        assertThat(d.get("verdict").asText()).isEqualTo("blocked");
        JsonNode first = d.get("whatIf").get(0);
        assertThat(first.get("changes").findValuesAsText("fact")).contains("roleNotActivated");
        assertThat(first.get("command").asText()).doesNotContain("--tenant").contains("--license AAD_PREMIUM");
        assertThat(verdictOf(first.get("command").asText())).isEqualTo(first.get("verdict").asText());
    }

    /**
     * The proposed command, run as typed, gives the verdict the proposal states; and the command for
     * the facts as they are gives the diagnosis as it is. A sample of both fact spaces.
     */
    @Test
    void proposedCommandsShowTheUnblockedResult() throws Exception {
        WhatIf whatIf = new WhatIf(Tables.load(null), sspr.doctor.diagnosis.Catalogs.roles(), sspr.doctor.diagnosis.Catalogs.matrix(),
                sspr.doctor.diagnosis.Catalogs::skus, sspr.doctor.diagnosis.Catalogs.errorFindings());
        List<DiagnosisInput> sample = new ArrayList<>();
        List<DiagnosisInput> admin = FactSpaces.adminReset();
        // about 80 of them, however many kinds of role the catalogue has
        int step = Math.max(1, admin.size() / 80) | 1;
        for (int i = 0; i < admin.size(); i += step) sample.add(admin.get(i));
        List<DiagnosisInput> self = FactSpaces.selfService();
        for (int i = 0; i < self.size(); i += 397) sample.add(self.get(i));
        int checked = 0;
        for (DiagnosisInput in : sample) {
            WhatIf.Result r = whatIf.search(in);
            if (r.proposals().isEmpty()) continue;
            // "no licences at all" (a snapshot's empty list) cannot be typed; a proposal never leaves it where it decides anything
            if (in.licenses == null || !in.licenses.isEmpty()) {
                assertThat(verdictOf(EquivalentCommand.of(in, List.of()))).as(in.toMap().toString()).isEqualTo("blocked");
            }
            for (WhatIf.Proposal p : r.proposals()) {
                assertThat(verdictOf(EquivalentCommand.of(p.input(), List.of()))).as(in.toMap() + " → " + p.changes()).isEqualTo(p.verdict());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** Runs a proposed command line (as a POSIX shell would split it) and returns its verdict. */
    static String verdictOf(String command) throws Exception {
        List<String> words = ShellWords.split(command);
        assertThat(words.subList(0, 2)).containsExactly("sspr-doctor", "diagnose");
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        args.addAll(List.of("-o", "json"));
        CliRunner.Result r = CliRunner.exec(args.toArray(String[]::new));
        assertThat(r.err()).as(command).isEmpty();
        return JSON.readTree(r.out()).get("verdict").asText();
    }

    /** Splits a command line as a POSIX shell does for the quoting {@code ShellQuoting} writes: blanks, '…' and \\'. */
    static final class ShellWords {
        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder word = null;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '\'') quoted = false;
                    else word.append(c);
                } else if (c == ' ') {
                    if (word != null) out.add(word.toString());
                    word = null;
                } else {
                    if (word == null) word = new StringBuilder();
                    if (c == '\'') quoted = true;
                    else if (c == '\\' && i + 1 < line.length()) word.append(line.charAt(++i));
                    else word.append(c);
                }
            }
            assertThat(quoted).as("unterminated quote in " + line).isFalse();
            if (word != null) out.add(word.toString());
            return out;
        }
    }
}
