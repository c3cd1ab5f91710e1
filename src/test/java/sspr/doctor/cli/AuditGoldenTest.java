package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit reports, byte for byte, in every format, as the streaming Jackson implementation wrote them
 * before the fast reader and writer replaced it (goldens under golden/audit, written by that
 * implementation): a speed-up must not change a single byte. The export is bench/gen-export.py's
 * (400 users, pages of 150); tricky.json holds escapes, non-ASCII, nulls, duplicates and pretty-printing.
 */
class AuditGoldenTest {
    private static final String EXPORT = "src/test/resources/audit/export-400/";
    private static final String TRICKY = "src/test/resources/audit/tricky.json";
    private static final String TENANT = "src/test/resources/tenant/flat";

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pages-json|audit " + EXPORT + "registration.json -o json",
            "pages-ndjson|audit " + EXPORT + "registration.json -o ndjson",
            "pages-csv|audit " + EXPORT + "registration.json -o csv",
            "pages-text|audit " + EXPORT + "registration.json",
            "pages-junit|audit " + EXPORT + "registration.json -o junit",
            "joined-json|audit " + EXPORT + "registration.json --users " + EXPORT + "users.json --skus " + EXPORT + "skus.json --no-writeback -o json",
            "joined-csv|audit " + EXPORT + "registration.json --users " + EXPORT + "users.json --sspr-scope all --writeback -o csv",
            "tricky-json|audit " + TRICKY + " -o json",
            "tricky-ndjson|audit " + TRICKY + " -o ndjson",
            "tricky-csv|audit " + TRICKY + " -o csv",
            "tricky-text|audit " + TRICKY,
            "tenant-json|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o json",
            "tenant-ndjson|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o ndjson",
            "tenant-csv|audit --tenant " + TENANT + " --actor-role helpdesk-admin -o csv",
    })
    void reportsAreByteForByteTheGoldens(String name, String command) {
        CliRunner.Result r = CliRunner.exec(command.split(" "));
        // JUnit XML carries how long the audit took: the one thing allowed to differ
        String out = r.out().replaceAll("time=\"[0-9.]+\"", "time=\"*\"");
        Golden.assertMatches("audit/" + name + ".txt", "exit " + r.exit() + "\n--- stdout\n" + out + "--- stderr\n" + r.err());
    }

    @Test
    void theBenchmarksOutputFileIsTheGoldenToo() throws Exception {
        Path out = tmp.resolve("report.json");
        CliRunner.Result r = CliRunner.exec("audit", EXPORT + "registration.json", "--format", "json", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        Golden.assertMatches("audit/pages-json.txt", "exit 0\n--- stdout\n" + Files.readString(out, StandardCharsets.UTF_8) + "--- stderr\n");
    }
}
