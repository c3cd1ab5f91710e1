package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.diagnosis.FlatJsonLineTest;

/**
 * diagnose --batch reads plain lines without a JSON tree and keeps what it worked out before (role lists,
 * placeholder values, findings); a batch of tricky and of all-different lines must answer byte for byte as
 * the general path does ({@code -Dsspr.doctor.batch.fast=false}: every line through ProfileReader) — stdout,
 * stderr and exit code, for a writer and for a stdout taken as bytes, in several languages and options.
 */
class BatchFastPathTest {
    @TempDir Path tmp;

    /** Tricky lines (plain and unusual, see FlatJsonLineTest), errors among them, and 400 lines that are all different. */
    static List<String> lines() {
        List<String> out = new ArrayList<>();
        out.addAll(FlatJsonLineTest.PLAIN);
        out.addAll(FlatJsonLineTest.UNUSUAL);
        out.add("");
        out.add("   ");
        out.add("{\"role\":[\"helpdesk-admin\"],\"role-scope\":\"au\",\"target-in-actor-unit\":false}");
        out.add("{\"scenario\":\"self-service\",\"portal\":\"my-staff\"}");
        out.add("{\"role\":\"helpdesk-admin\",\"scenario\":\"self-service\"}");
        out.add("{\"symptom\":[\"greyed-out-button\",\"error\"],\"error\":\"SSPR_0012\",\"onprem-protected\":true,\"hybrid\":true}");
        out.add("{\"name\":\"" + "x".repeat(70 * 1024) + "\"}");
        out.add("{\"role\":[" + "\"user-admin\",".repeat(2000) + "\"global-admin\"]}");
        out.addAll(distinct(400, 18));
        return out;
    }

    /** Lines like bench/batch-distinct.py's: every fact varies, every line has its own name. */
    static List<String> distinct(int n, long seed) {
        Random rnd = new Random(seed);
        String[] roles = {"user-admin", "helpdesk-admin", "password-admin", "global-admin", "authentication-admin",
                "privileged-authentication-admin", "security-admin", "reports-reader", "groups-admin", "exchange-admin"};
        String[] licences = {"entra-id-p1", "entra-id-p2", "SPE_E3", "SPE_E5", "o365-e3", "ENTERPRISEPACK", "EMS", "AAD_PREMIUM"};
        String[] portals = {"entra", "azure", "m365-admin", "m365-mobile", "graph", "powershell-legacy", "my-staff"};
        String[] symptoms = {"greyed-out-button", "no-reset-blade", "no-onprem-blade", "cannot-sign-in-after-reset", "password-rejected",
                "no-security-questions", "error"};
        String[] errors = {"SSPR_0012", "SSPR_0029", "SSPR_009", "SSPR_0014", "SSPR_0030", "SSPR_0010", "OnPremisesSuccessCloudFailure", "SSPR_0011", "NO_SUCH_CODE"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder("{\"name\":\"user." + i + "@contoso.example\"");
            if (rnd.nextInt(100) < 35) {
                b.append(",\"scenario\":\"self-service\",\"sspr-scope\":\"").append(new String[] {"none", "selected", "all"}[rnd.nextInt(3)]).append('"');
                if (rnd.nextBoolean()) b.append(",\"in-sspr-group\":").append(rnd.nextBoolean());
                b.append(",\"registered\":").append(rnd.nextBoolean());
                if (rnd.nextInt(4) == 0) b.append(",\"locked-out\":true");
                if (rnd.nextInt(5) == 0) b.append(",\"guest\":true");
            } else {
                b.append(",\"role\":").append(some(rnd, roles, 2));
                if (rnd.nextInt(5) < 4) b.append(",\"target-role\":").append(rnd.nextInt(10) < 7 ? some(rnd, roles, 2) : "[\"none\"]");
                if (rnd.nextInt(5) == 0) b.append(",\"role-not-activated\":true");
                if (rnd.nextInt(3) == 0) b.append(",\"portal\":\"").append(portals[rnd.nextInt(portals.length)]).append('"');
                if (rnd.nextInt(7) == 0) b.append(",\"target-in-role-assignable-group\":true");
                if (rnd.nextInt(10) == 0) b.append(",\"target-in-restricted-au\":true");
                if (rnd.nextInt(12) == 0) b.append(",\"target-member-of-restricted-au\":true");
            }
            if (rnd.nextInt(5) < 4) b.append(",\"license\":").append(some(rnd, licences, 2));
            if (rnd.nextBoolean()) {
                b.append(",\"hybrid\":true");
                if (rnd.nextInt(5) < 4) b.append(",\"writeback\":").append(rnd.nextBoolean());
                if (rnd.nextInt(3) == 0) b.append(",\"sync-engine\":\"").append(rnd.nextBoolean() ? "connect" : "cloud-sync").append('"');
                if (rnd.nextInt(5) == 0) b.append(",\"federated\":true");
            }
            if (rnd.nextInt(10) < 3) b.append(",\"error\":\"").append(errors[rnd.nextInt(errors.length)]).append('"');
            if (rnd.nextInt(4) == 0) b.append(",\"symptom\":").append(some(rnd, symptoms, 2));
            out.add(b.append('}').toString());
        }
        return out;
    }

    private static String some(Random rnd, String[] from, int max) {
        List<String> pool = new ArrayList<>(List.of(from));
        java.util.Collections.shuffle(pool, rnd);
        int n = 1 + rnd.nextInt(max);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) b.append(i > 0 ? "," : "").append('"').append(pool.get(i)).append('"');
        return b.append(']').toString();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(boolean fast, boolean bytes, String... args) {
        String before = System.getProperty("sspr.doctor.batch.fast");
        System.setProperty("sspr.doctor.batch.fast", String.valueOf(fast));
        try {
            if (!bytes) {
                CliRunner.Result r = CliRunner.exec(args);
                return new Run(r.exit(), r.out(), r.err());
            }
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            StringWriter text = new StringWriter();
            StringWriter err = new StringWriter();
            PrintWriter out = new PrintWriter(text, true);
            PrintWriter e = new PrintWriter(err, true);
            try {
                Cli.registerStdout(out, new PrintStream(stdout, false, StandardCharsets.UTF_8));
                int exit = CommandLines.commandLine(out, e, new HashMap<>(), false, args).execute(args);
                out.flush();
                e.flush();
                return new Run(exit, text + stdout.toString(StandardCharsets.UTF_8), err.toString());
            } finally {
                Cli.registerStdout(null, null);
            }
        } finally {
            if (before == null) System.clearProperty("sspr.doctor.batch.fast");
            else System.setProperty("sspr.doctor.batch.fast", before);
        }
    }

    @Test
    void theFastPathAnswersEveryLineAsTheGeneralPathDoes() throws Exception {
        Path file = tmp.resolve("lines.ndjson");
        Files.writeString(file, String.join("\n", lines()) + "\n", StandardCharsets.UTF_8);
        String f = file.toString();
        List<String[]> variants = List.of(
                new String[] {"diagnose", "--batch", f},
                new String[] {"--lang", "zh-TW", "diagnose", "--batch", f, "--fail-on", "warning"},
                new String[] {"--lang", "id-ID", "diagnose", "--batch", f, "--trace"},
                new String[] {"diagnose", "--batch", f, "--what-if", "--lang", "zh-CN"},
                new String[] {"diagnose", "--batch", f, "--format", "json", "--hybrid"},
                new String[] {"diagnose", "--batch", f, "--format", "markdown"});
        for (String[] args : variants) {
            for (boolean bytes : new boolean[] {false, true}) {
                Run general = run(false, bytes, args);
                Run fast = run(true, bytes, args);
                String what = String.join(" ", args) + (bytes ? " (stdout as bytes)" : "");
                assertThat(fast.exit()).as(what).isEqualTo(general.exit());
                assertThat(fast.err()).as(what).isEqualTo(general.err());
                assertThat(fast.out()).as(what).isEqualTo(general.out());
                assertThat(general.out()).as(what).isNotEmpty();
            }
        }
    }

    @Test
    void aBatchAnswersEachLineAsItWouldAlone() throws Exception {
        // what the batch keeps from line to line (resolved lists, placeholder values, worded findings) changes no answer
        List<String> lines = distinct(120, 7);
        Path all = tmp.resolve("all.ndjson");
        Files.writeString(all, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        String[] out = CliRunner.exec("--lang", "zh-TW", "diagnose", "--batch", all.toString(), "--fail-on", "never").out().split("\n");
        assertThat(out).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i += 7) {
            Path one = tmp.resolve("one.ndjson");
            Files.writeString(one, "\n".repeat(i) + lines.get(i) + "\n", StandardCharsets.UTF_8);
            String alone = CliRunner.exec("--lang", "zh-TW", "diagnose", "--batch", one.toString(), "--fail-on", "never").out();
            assertThat(out[i] + "\n").as("line " + (i + 1)).isEqualTo(alone.replace(one.toString(), all.toString()));
        }
    }
}
