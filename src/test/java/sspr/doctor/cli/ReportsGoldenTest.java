package sspr.doctor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every renderer's output, byte for byte, as the commands wrote it when they rendered by hand (goldens
 * under golden/reports, written before the renderers moved to sspr.doctor.report): moving a renderer,
 * or adding a format, must not change a byte of the others. Inputs are under src/test/resources/reports.
 */
class ReportsGoldenTest {
    private static final String R = "src/test/resources/reports/";
    private static final String TENANT = "src/test/resources/tenant/flat";
    private static final String EXPORT = "src/test/resources/audit/export-400/registration.json";

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "diagnose-text-zh-TW|diagnose --role helpdesk-admin --target-role global-admin --hybrid --lang zh-TW",
            "diagnose-text-self-service-id-ID|diagnose --scenario self-service --license o365-e3 --sspr-scope selected --not-in-sspr-group --lang id-ID",
            "diagnose-brief|diagnose --role user-admin --hybrid --no-writeback --brief",
            "diagnose-trace|diagnose --role user-admin --hybrid --trace",
            "diagnose-trace-json|diagnose --role user-admin --hybrid --trace -o json",
            "diagnose-yaml-zh-CN|diagnose --role user-admin --hybrid -o yaml --lang zh-CN",
            "diagnose-junit|diagnose --role user-admin --hybrid --no-writeback -o junit",
            "diagnose-junit-warning|diagnose --role user-admin --hybrid -o junit --fail-on warning --trace",
            "diagnose-markdown|diagnose --role helpdesk-admin --target-role global-admin -o markdown",
            "diagnose-html-zh-TW|diagnose --role helpdesk-admin --target-role global-admin --what-if -o html --lang zh-TW",
            "diagnose-what-if-json|diagnose --role helpdesk-admin --target-role global-admin --hybrid --no-writeback --what-if -o json",
            "diagnose-what-if-yaml|diagnose --role helpdesk-admin --target-role global-admin --what-if -o yaml",
            "diagnose-error-code|diagnose --role user-admin --hybrid --error SSPR_0029",
            "profile-text|diagnose --profile " + R + "ci.yaml",
            "profile-json|diagnose --profile " + R + "ci.yaml -o json --fail-on never",
            "profile-yaml|diagnose --profile " + R + "ci.yaml -o yaml",
            "profile-junit|diagnose --profile " + R + "ci.yaml -o junit",
            "profile-markdown|diagnose --profile " + R + "ci.yaml -o markdown",
            "profile-sarif|diagnose --profile " + R + "ci.yaml -o sarif",
            "profile-html|diagnose --profile " + R + "ci.yaml -o html --lang id-ID",
            "profile-waivers-text|diagnose --profile " + R + "ci.yaml --waivers " + R + "waivers.yaml",
            "profile-waivers-json|diagnose --profile " + R + "ci.yaml --waivers " + R + "waivers.yaml -o json",
            "profile-waivers-junit|diagnose --profile " + R + "ci.yaml --waivers " + R + "waivers.yaml -o junit",
            "profile-waivers-markdown|diagnose --profile " + R + "ci.yaml --waivers " + R + "waivers.yaml -o markdown",
            "profile-waivers-sarif|diagnose --profile " + R + "ci.yaml --waivers " + R + "waivers.yaml -o sarif",
            "batch-ndjson|diagnose --batch " + R + "batch.ndjson",
            "batch-ndjson-zh-TW-what-if|diagnose --batch " + R + "batch.ndjson --what-if --trace --lang zh-TW",
            "batch-html|diagnose --batch " + R + "batch.ndjson -o html",
            "batch-markdown|diagnose --batch " + R + "batch.ndjson -o markdown --lang zh-CN",
            "audit-tenant-text|audit --tenant " + TENANT + " --actor-role helpdesk-admin",
            "audit-tenant-text-zh-TW|audit --tenant " + TENANT + " --actor-role helpdesk-admin --lang zh-TW --limit 3",
            "audit-tenant-junit|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o junit",
            "audit-tenant-junit-per-user|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o junit --junit-per-user",
            "audit-tenant-markdown|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o markdown",
            "audit-tenant-html|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o html --lang zh-CN",
            "audit-tenant-yaml-json|audit --tenant " + TENANT + " -o json --lang id-ID",
            "audit-waivers-text|audit --tenant " + TENANT + " --waivers " + R + "waivers.yaml",
            "audit-waivers-json|audit --tenant " + TENANT + " --waivers " + R + "waivers.yaml -o json",
            "audit-waivers-junit|audit --tenant " + TENANT + " --waivers " + R + "waivers.yaml -o junit",
            "audit-waivers-csv|audit --tenant " + TENANT + " --waivers " + R + "waivers.yaml -o csv",
            "audit-waivers-ndjson|audit --tenant " + TENANT + " --waivers " + R + "waivers.yaml -o ndjson",
            "audit-pages-markdown|audit " + EXPORT + " -o markdown",
            "audit-pages-html|audit " + EXPORT + " -o html",
            "audit-no-users-junit|audit src/test/resources/broken/export/no-users.json -o junit",
            "rules-check-text|rules check " + R + "table.yaml",
            "rules-check-json|rules check " + R + "table.yaml -o json",
            "rules-check-sarif|rules check " + R + "table.yaml -o sarif",
            "content-check-text|content check " + R + "articles",
            "content-check-json|content check " + R + "articles -o json --lang zh-TW",
            "content-check-sarif|content check " + R + "articles -o sarif",
            "tenant-check-text|tenant check " + TENANT,
            "tenant-check-json|tenant check " + TENANT + " -o json",
            "diagnose-tenant-text|diagnose --tenant " + TENANT + " --user useradmin@contoso.example --actor authadmin@contoso.example",
            "diagnose-tenant-json|diagnose --tenant " + TENANT + " --user useradmin@contoso.example --actor authadmin@contoso.example -o json",
    })
    void everyFormatIsByteForByteTheGolden(String name, String command) throws Exception {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "100").run(command.split(" "));
        // JUnit XML carries how long the run took; a waiver's expiry is relative to today's date only when it is reported
        String out = r.out().replaceAll("time=\"[0-9.]+\"", "time=\"*\"");
        Golden.assertMatches("reports/" + name + ".txt", "exit " + r.exit() + "\n--- stdout\n" + out + "--- stderr\n" + r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "output-diagnose-json|diagnose --role user-admin --hybrid -o json --output",
            "output-audit-text|audit --tenant " + TENANT + " --output",
            "output-audit-html|audit --tenant " + TENANT + " -o html --output",
    })
    void filesWrittenWithOutputToo(String name, String command) throws Exception {
        Path out = tmp.resolve("report.out");
        String[] args = (command + " " + out).split(" ");
        CliRunner.Result r = CliRunner.exec(args);
        Golden.assertMatches("reports/" + name + ".txt", "exit " + r.exit() + "\n--- file\n" + Files.readString(out) + "--- stdout\n" + r.out()
                + "--- stderr\n" + r.err().replace(tmp.toString(), "<tmp>"));
    }
}
