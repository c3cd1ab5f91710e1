package sspr.doctor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import sspr.doctor.cli.DirectAgreement;
import sspr.doctor.text.ControlCharacters;

/**
 * Jazzer targets, one per reader, each through the real command line with {@link InputContract}.
 * {@code mvn verify} replays the corpus in {@code src/test/resources/sspr/doctor/fuzz/ReaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#TARGET} (or {@code bench/fuzz.sh}) fuzzes for real.
 */
class ReaderFuzzTest {
    private static final byte[] NONE = new byte[0];

    /**
     * Command lines (one argument a line): whenever the direct parser reads one, picocli reads it the same way
     * ({@link DirectAgreement}); parsing only, so no generated line runs a command (none reaches the network).
     */
    @FuzzTest(maxDuration = "30m")
    void commandLine(byte[] input) {
        String[] args = new String(input, StandardCharsets.UTF_8).split("\n", 16);
        String problem = DirectAgreement.check(args);
        if (problem != null) throw new AssertionError(String.join(" ", args) + ": " + problem);
    }

    @FuzzTest(maxDuration = "30m")
    void profileYaml(byte[] input) {
        Path dir = InputContract.scratch();
        Path f = InputContract.write(dir, "tenant.yaml", input);
        InputContract.check(NONE, dir, "diagnose", "--profile", f.toString(), "--format", "json");
    }

    @FuzzTest(maxDuration = "30m")
    void profileJson(byte[] input) {
        Path dir = InputContract.scratch();
        Path f = InputContract.write(dir, "tenant.json", input);
        InputContract.check(NONE, dir, "diagnose", "--profile", f.toString());
    }

    @FuzzTest(maxDuration = "30m")
    void batchLines(byte[] input) {
        InputContract.check(input, null, "diagnose", "--batch", "-");
    }

    @FuzzTest(maxDuration = "30m")
    void graphPages(byte[] input) {
        Path dir = InputContract.scratch();
        Path f = InputContract.write(dir, "registration.json", input);
        InputContract.check(NONE, dir, "audit", f.toString(), "--format", "json", "--output", dir.resolve("r.json").toString());
    }

    @FuzzTest(maxDuration = "30m")
    void ndjsonExport(byte[] input) {
        Path dir = InputContract.scratch();
        Path f = InputContract.write(dir, "registration.ndjson", input);
        InputContract.check(NONE, dir, "audit", f.toString());
    }

    @FuzzTest(maxDuration = "30m")
    void adminCenterCsv(byte[] input) {
        Path dir = InputContract.scratch();
        Path f = InputContract.write(dir, "registration.csv", input);
        InputContract.check(NONE, dir, "audit", f.toString(), "--format", "csv");
    }

    /** users.json of a flat snapshot, beside a fixed valid registration page. */
    @FuzzTest(maxDuration = "30m")
    void tenantSnapshot(byte[] input) {
        Path dir = InputContract.scratch();
        Path snap = dir.resolve("snap");
        InputContract.write(snap, "userRegistrationDetails.json", REGISTRATION);
        InputContract.write(snap, "users.json", input);
        InputContract.check(NONE, dir, "audit", "--tenant", snap.toString(), "--actor-role", "helpdesk-admin");
    }

    @FuzzTest(maxDuration = "30m")
    void rulesFile(byte[] input) {
        Path dir = InputContract.scratch();
        Path f = InputContract.write(dir, "rules.yaml", input);
        InputContract.check(NONE, dir, "rules", "check", f.toString());
        InputContract.check(NONE, dir, "diagnose", "--rules", f.toString(), "--role", "helpdesk-admin");
    }

    /** One article (front matter, side-by-side spans, links) through content check and faq list. */
    @FuzzTest(maxDuration = "30m")
    void articleMarkdown(byte[] input) {
        Path dir = InputContract.scratch();
        InputContract.write(dir, "fuzzed/en.md", input);
        InputContract.check(NONE, dir, "content", "check", dir.toString());
        InputContract.check(NONE, dir, "--content-dir", dir.toString(), "faq", "list");
    }

    /** The filter itself: whatever goes in, nothing that controls a terminal comes out. */
    @FuzzTest(maxDuration = "30m")
    void terminalSafeFilter(String input) {
        if (input == null) return;
        String clean = ControlCharacters.clean(input);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(String.format("U+%04X survives the filter", (int) c));
            }
        }
        if (!ControlCharacters.clean(clean).equals(clean)) throw new AssertionError("filter is not idempotent");
    }

    private static final byte[] REGISTRATION = ("{\"value\":[{\"id\":\"0b8f6c2e-5a41-4d7e-9c3a-000000000001\","
            + "\"userPrincipalName\":\"a@contoso.example\",\"isSsprRegistered\":true,\"isSsprEnabled\":true,"
            + "\"isSsprCapable\":true,\"isAdmin\":false}]}").getBytes(StandardCharsets.UTF_8);
}
