package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard with piped answers: every branch, then the printed command run for real. */
class WizardCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String HEADING = "The same diagnosis as one command:";

    private static CliRunner.Result wizard(String answers, String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("wizard");
        return new CliRunner().stdin(answers).run(args.toArray(String[]::new));
    }

    @Test
    void questionsAreWrappedToTheWidthInEveryLanguage() {
        for (String lang : List.of("en", "id-ID", "zh-CN", "zh-TW")) {
            CliRunner.Result r = new CliRunner().env("COLUMNS", "40").stdin("self-service\nnone\nno\nno\nselected\nno\nyes\nm365-e3\n\n")
                    .run("--lang", lang, "wizard");
            for (String line : r.err().split("\n")) {
                // a prompt line carries the echoed answer after it; the questions and hints must fit
                if (line.contains("> ") || line.contains("https://")) continue;
                assertThat(sspr.doctor.text.DisplayWidth.of(line)).as(lang + ": " + line).isLessThanOrEqualTo(40);
            }
        }
    }

    /** The command printed under the heading, split as bash would (only single quotes are produced). */
    static List<String> printedCommand(String out, String heading) {
        String[] lines = out.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].equals(heading)) return shellWords(lines[i + 1].strip());
        }
        throw new AssertionError("no command under '" + heading + "' in:\n" + out);
    }

    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') quoted = false; else w.append(c);
            } else if (c == '\'') {
                quoted = true; any = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i)); any = true;
            } else if (c == ' ') {
                if (any || w.length() > 0) words.add(w.toString());
                w.setLength(0); any = false;
            } else {
                w.append(c);
            }
        }
        if (any || w.length() > 0) words.add(w.toString());
        return words;
    }

    /** Runs the printed command: same text report as the wizard's, and returns its JSON for assertions. */
    private static JsonNode rerun(CliRunner.Result wizard, int expectedExit, String heading) throws Exception {
        List<String> cmd = printedCommand(wizard.out(), heading);
        assertThat(cmd.subList(0, 2)).containsExactly("sspr-doctor", "diagnose");
        String[] args = cmd.subList(1, cmd.size()).toArray(String[]::new);
        CliRunner.Result text = CliRunner.exec(args);
        assertThat(text.exit()).isEqualTo(expectedExit);
        String report = wizard.out().substring(0, wizard.out().indexOf(heading)).stripTrailing();
        assertThat(text.out().stripTrailing()).isEqualTo(report);
        List<String> json = new ArrayList<>(List.of(args));
        json.add("--format");
        json.add("json");
        return JSON.readTree(CliRunner.exec(json.toArray(String[]::new)).out());
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    @Test
    void adminResetAsksOnlyAdminQuestions() throws Exception {
        CliRunner.Result r = wizard("\nhelpdsk-admin\nhelpdesk-admin\nGlobal Administrator\n\n\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Unknown role 'helpdsk-admin'. (did you mean helpdesk-admin?)");
        assertThat(r.err()).doesNotContain("SSPR policy").doesNotContain("writeback").doesNotContain("Exception");
        assertThat(printedCommand(r.out(), HEADING))
                .containsExactly("sspr-doctor", "diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin");
        JsonNode json = rerun(r, 1, HEADING);
        assertThat(json.get("verdict").asText()).isEqualTo("blocked");
        assertThat(codes(json)).contains("role.cannot-reset-target");
    }

    /** Enter right after a did-you-mean takes the suggestion, not the question's default. */
    @Test
    void enterAfterADidYouMeanAcceptsTheSuggestion() throws Exception {
        CliRunner.Result r = wizard("\nhelpdsk-admin\n\nGlobal Administrator\n\n\n");
        assertThat(r.err()).contains("(did you mean helpdesk-admin?)").contains("Press Enter for \"helpdesk-admin\"");
        assertThat(printedCommand(r.out(), HEADING))
                .containsExactly("sspr-doctor", "diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin");
        CliRunner.Result zh = wizard("self-service\n\nno\nno\nselectd\n\nno\nyes\nm365-e3\n\n", "--lang", "zh-TW");
        assertThat(zh.err()).contains("按 Enter 使用「selected」");
        assertThat(printedCommand(zh.out(), "等效的單行命令：")).contains("--sspr-scope", "selected");
    }

    @Test
    void selfServiceAsksScopeGroupRegistrationLicences() throws Exception {
        // scenario, user's roles, guest, hybrid, scope, in group, registered, licences, symptoms
        CliRunner.Result r = wizard("self-service\n\nno\nno\nselectd\nselected\nno\nyes\nm365-e3, entra-id-p1\npassword-rejected\n");
        assertThat(r.err()).contains("(did you mean selected?)");
        assertThat(printedCommand(r.out(), HEADING)).containsExactly("sspr-doctor", "diagnose",
                "--scenario", "self-service", "--sspr-scope", "selected", "--not-in-sspr-group", "--registered",
                "--license", "SPE_E3", "--license", "AAD_PREMIUM", "--symptom", "password-rejected");
        JsonNode json = rerun(r, 1, HEADING);
        assertThat(codes(json)).contains("sspr.not-in-scope", "password.cloud-policy");
        assertThat(json.get("input").get("guest").asBoolean()).isFalse();
    }

    @Test
    void selfServiceAdministratorSkipsTheTenantScope() throws Exception {
        CliRunner.Result r = wizard("self-service\nUser Administrator\nno\nno\n?\n?\n\n");
        assertThat(r.err()).doesNotContain("self-service password reset policy enable");
        assertThat(printedCommand(r.out(), HEADING)).containsExactly("sspr-doctor", "diagnose",
                "--scenario", "self-service", "--target-role", "user-admin");
        JsonNode json = rerun(r, 0, HEADING);
        assertThat(codes(json)).contains("sspr.admin-policy");
    }

    @Test
    void hybridAsksWritebackPortalAndLicences() throws Exception {
        // scenario, role, target roles, hybrid, licences, writeback, portal, symptoms
        CliRunner.Result r = wizard("admin-reset\nuser-admin\nnone\nyes\n?\nno\nsspr-portal\nm365-admn\nm365-admin\nno-onprem-blade,error\n");
        assertThat(r.err()).contains("sspr-portal is where users reset their own password").contains("did you mean m365-admin");
        assertThat(printedCommand(r.out(), HEADING)).containsExactly("sspr-doctor", "diagnose",
                "--role", "user-admin", "--hybrid", "--no-writeback", "--portal", "m365-admin", "--symptom", "no-onprem-blade,error");
        JsonNode json = rerun(r, 1, HEADING);
        assertThat(codes(json)).contains("writeback.disabled", "writeback.unsupported-portal", "license.unknown");
        assertThat(json.get("input").get("writeback").asBoolean()).isFalse();
    }

    @Test
    void hybridSelfServiceDefaultsToTheResetPortal() throws Exception {
        CliRunner.Result r = wizard("self-service\n\nno\nyes\nall\nno\nentra-id-p1\nyes\n\n\n");
        assertThat(printedCommand(r.out(), HEADING)).containsExactly("sspr-doctor", "diagnose",
                "--scenario", "self-service", "--hybrid", "--sspr-scope", "all", "--not-registered",
                "--license", "AAD_PREMIUM", "--writeback");
        JsonNode json = rerun(r, 1, HEADING);
        assertThat(codes(json)).contains("sspr.not-registered");
        assertThat(json.get("input").get("portal").asText()).isEqualTo("sspr-portal");
    }

    @Test
    void backGoesToThePreviousQuestion() {
        CliRunner.Result r = wizard("<\nadmin-reset\nuser-admin\n<\npassword-admin\nback\nnone\nglobal-admin\nno\n\n");
        assertThat(r.err()).contains("This is the first question");
        assertThat(printedCommand(r.out(), HEADING))
                .containsExactly("sspr-doctor", "diagnose", "--role", "none", "--target-role", "global-admin");
    }

    @Test
    void backToTheScenarioChangesTheBranch() {
        CliRunner.Result r = wizard("admin-reset\n<\nself-service\n\nno\nno\nall\nyes\nSPE_E5\n\n");
        assertThat(printedCommand(r.out(), HEADING)).containsExactly("sspr-doctor", "diagnose",
                "--scenario", "self-service", "--sspr-scope", "all", "--registered", "--license", "SPE_E5");
    }

    @Test
    void endOfInputIsExit2WithOneLine() {
        CliRunner.Result r = wizard("admin-reset\nuser-admin\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).endsWith("sspr-doctor: input ended before all questions were answered\n");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void zhTwPromptsAndLocalizedAnswers() throws Exception {
        String heading = "等效的單行命令：";
        // a role name in the wizard's language is an answer; a name no language has is asked again
        CliRunner.Result r = wizard("\n不存在的角色\n使用者管理員\n無\n是\n不知道\n否\n\n\n", "--lang", "zh-TW");
        assertThat(r.err()).contains("由誰重設密碼？").contains("未知的角色「不存在的角色」").contains("[否] > ");
        List<String> cmd = printedCommand(r.out(), heading);
        assertThat(cmd).containsExactly("sspr-doctor", "diagnose", "--role", "user-admin", "--hybrid", "--no-writeback", "--lang", "zh-TW");
        JsonNode json = rerun(r, 1, heading);
        assertThat(json.get("lang").asText()).isEqualTo("zh-TW");
        assertThat(codes(json)).contains("writeback.disabled");
    }

    @Test
    void endOfInputIsLocalized() {
        CliRunner.Result r = wizard("", "--lang", "id-ID");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("input berakhir sebelum semua pertanyaan terjawab");
    }
}
