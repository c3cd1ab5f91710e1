package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command run without picocli ({@link DirectLine}) prints what the same command run through picocli prints,
 * byte for byte, on both streams, with the same exit code: answers, findings, and the errors a command itself
 * raises (an unknown role, a missing file), in every language.
 */
class DirectLineOutputTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "diagnose --role user-admin --hybrid --format json",
        "diagnose --role helpdesk-admin --target-role global-admin --hybrid --lang zh-TW",
        "diagnose --role 全域管理員 --lang zh-TW --brief",
        "diagnose --scenario self-service --license o365-e3 --sspr-scope selected --not-in-sspr-group --format yaml",
        "diagnose --role helpdesk-admin --target-role global-admin --what-if --lang id-ID",
        "diagnose --role user-admin --format sarif", "diagnose --role user-admin --format junit", "diagnose --role user-admin --format markdown",
        "diagnose --role user-admin --trace", "diagnose --error SSPR_0029 --scenario self-service",
        "diagnose", "diagnose --role no-such-role", "diagnose --role user-admin --cloud-only --hybrid",
        "diagnose --profile /no/such/profile.yaml", "diagnose --tenant /no/such/folder --user a@b.c", "diagnose --user a@b.c",
        "diagnose --role user-admin --since 3", "diagnose --lang xx-YY --role user-admin", "diagnose --role user-admin --what-if --format junit",
        "faq list", "faq list --lang zh-TW", "faq list --article no-such-article", "faq list --format json --lang id-ID",
        "faq show reset-button-greyed-out", "faq show no-such-entry", "faq search reset password --limit 2", "faq search x --limit 0",
        "articles list", "articles show user-reset-password-setup --lang zh-CN", "articles show nope",
        "explain 6329", "explain SSPR_0029 --lang zh-TW --format json", "explain NOPE", "explain", "explain --list --lang zh-CN",
        "explain --search writeback", "roles list", "roles list --format json", "licenses list --search E3", "rules list",
        "rules check", "rules check /no/such/table.yaml", "diagnose --role user-admin -v --rules /no/such/rules.yaml",
    })
    void printsWhatPicocliPrints(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertThat(DirectLine.parse(args, new SsprDoctor(sink, sink, Map.of(), false))).as("read without picocli: " + line).isNotNull();
        CliRunner.Result direct = new CliRunner().env("NO_COLOR", "1").env("COLUMNS", "80").run(args);
        CliRunner.Result picocli = new CliRunner().env("NO_COLOR", "1").env("COLUMNS", "80").picocliOnly().run(args);
        assertThat(direct.out()).as(line).isEqualTo(picocli.out());
        assertThat(direct.err()).as(line).isEqualTo(picocli.err());
        assertThat(direct.exit()).as(line).isEqualTo(picocli.exit());
    }
}
