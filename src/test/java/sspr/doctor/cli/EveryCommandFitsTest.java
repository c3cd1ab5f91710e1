package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.text.DisplayWidth;

/**
 * Issue 18: every command's normal output fits a 40- and an 80-column terminal in a translated run. Allowed
 * past the width: a URL, a single word (an ID, a path: never broken), a what-if command line (one line so
 * that it can be copied) and rules check's "file:line:column: code:" head. The scripts of {@code tenant export-script / app-script} are code and not checked.
 */
class EveryCommandFitsTest {
    private static final String R = "src/test/resources/";
    private static final String[] COMMANDS = {
            "roles list", "licenses list --search E3", "rules list", "rules check " + R + "reports/table.yaml", "faq list", "faq show reset-button-greyed-out",
            "faq search password", "articles list", "articles show issues-with-credentials", "explain 6329", "explain SSPR_0009",
            "explain --list", "explain --search writeback",
            "diagnose --role helpdesk-admin --target-role global-admin --hybrid",
            "diagnose --role user-admin --hybrid --what-if --no-writeback",
            "diagnose --scenario self-service --license o365-e3 --sspr-scope selected --not-in-sspr-group",
            "diagnose --role user-admin --hybrid --brief", "diagnose --role user-admin --hybrid --error 6329 --trace",
            "diagnose --tenant " + R + "tenant/flat --user useradmin@contoso.example --actor authadmin@contoso.example",
            "audit " + R + "audit/export-400/registration.json", "audit --tenant " + R + "tenant/flat --actor-role helpdesk-admin",
            "content check", "tenant check " + R + "tenant/flat", "tenant --help", "tenant fetch --help", "audit --help"};

    @ParameterizedTest
    @CsvSource({"40,zh-TW", "80,zh-TW", "40,id-ID", "80,id-ID", "40,zh-CN", "80,en"})
    void everyLineFits(int columns, String lang) {
        for (String command : COMMANDS) {
            String[] args = (command + " --lang " + lang).split(" ");
            CliRunner.Result r = new CliRunner().env("COLUMNS", String.valueOf(columns)).env("SSPR_DOCTOR_PAGER", "cat").run(args);
            assertThat(r.exit()).as(command).isBetween(0, 1);
            assertThat(r.out()).as(command).isNotBlank();
            for (String line : r.out().split("\n")) {
                if (line.contains("https://") || !line.strip().contains(" ") || line.strip().startsWith("sspr-doctor ")) continue;
                // rules check: a file:line:column and the problem's code head their entry whole, what is wrong goes below
                if (line.matches("\\S+\\.yaml(:\\d+)*: [a-z-]+:")) continue;
                assertThat(DisplayWidth.of(line)).as(command + " at " + columns + " in " + lang + ": " + line).isLessThanOrEqualTo(columns);
            }
        }
    }
}
