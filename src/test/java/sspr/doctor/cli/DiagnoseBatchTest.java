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

class DiagnoseBatchTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;

    static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) continue;
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    Path file(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Each result line is the --format json object of the same facts, with "line" in front. */
    @Test
    void goodLinesAreAnsweredLikeSingleDiagnoses() throws Exception {
        Path in = file("in.ndjson", "{\"role\":[\"helpdesk-admin\"],\"target-role\":[\"global-admin\"]}\n"
                + "\n"
                + "{\"name\":\"synced\",\"role\":\"user-admin\",\"hybrid\":true,\"writeback\":false}\r\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", in.toString(), "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().split("\n")).hasSize(2);
        List<JsonNode> out = lines(r.out());
        assertThat(out.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(out.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(1).get("name").asText()).isEqualTo("synced");

        JsonNode single = JSON.readTree(CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin",
                "-o", "json", "--lang", "en").out());
        com.fasterxml.jackson.databind.node.ObjectNode first = (com.fasterxml.jackson.databind.node.ObjectNode) out.get(0).deepCopy();
        first.remove("line");
        assertThat(first).isEqualTo(single);
        assertThat(out.get(1).get("verdict").asText()).isEqualTo("blocked");
        assertThat(out.get(1).get("findings").findValuesAsText("code")).contains("writeback.disabled");
    }

    @Test
    void aBadLineInTheMiddleIsAnErrorResultAndExit2AndTheOthersAreStillAnswered() throws Exception {
        Path in = file("mixed.ndjson", "{\"role\":[\"user-admin\"]}\n"
                + "{\"role\":[\"user-admn\"]}\n"
                + "{\"rol\":[\"user-admin\"]}\n"
                + "{not json\n"
                + "{\"role\":[\"helpdesk-admin\"]}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", in.toString(), "--fail-on", "never");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(5);
        assertThat(out).extracting(n -> n.get("line").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(out.get(0).get("verdict").asText()).isEqualTo("ok");
        assertThat(out.get(4).get("verdict").asText()).isEqualTo("ok");
        for (int i = 1; i <= 3; i++) {
            assertThat(out.get(i).size()).as("error object has only line and error").isEqualTo(2);
            assertThat(out.get(i).get("error").asText()).startsWith(in + ":" + (i + 1) + ":");
        }
        assertThat(out.get(1).get("error").asText()).contains("unknown role 'user-admn'").contains("user-admin");
        assertThat(out.get(2).get("error").asText()).contains("unknown key 'rol'");
    }

    @Test
    void commandLineFactsOverrideEveryLineAndTheProfileIsTheBase() throws Exception {
        Path profile = file("tenant.yaml", "license: [entra-id-p1]\nhybrid: true\n");
        Path in = file("in.ndjson", "{\"role\":[\"user-admin\"],\"writeback\":true}\n{\"role\":[\"password-admin\"],\"hybrid\":false}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", in.toString(), "--profile", profile.toString(), "--no-writeback");
        List<JsonNode> out = lines(r.out());
        assertThat(out).allSatisfy(n -> {
            assertThat(n.get("input").get("writeback").asBoolean()).isFalse();
            assertThat(n.get("input").get("licenses").get(0).asText()).isEqualTo("AAD_PREMIUM");
        });
        assertThat(out.get(0).get("input").get("hybrid").asBoolean()).isTrue();
        assertThat(out.get(1).get("input").get("hybrid").asBoolean()).as("the line overrides the profile").isFalse();
    }

    @Test
    void readsStandardInput() throws Exception {
        CliRunner.Result r = new CliRunner().stdin("{\"role\":[\"security-admin\"]}\n{\"role\":[\"user-admin\"]}")
                .run("diagnose", "--batch", "-");
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> out = lines(r.out());
        assertThat(out).extracting(n -> n.get("verdict").asText()).containsExactly("blocked", "ok");
        CliRunner.Result bad = new CliRunner().stdin("[]\n").run("diagnose", "--batch", "-");
        assertThat(lines(bad.out()).get(0).get("error").asText()).startsWith("stdin:1: each line is one JSON object");
    }

    @Test
    void tenThousandLines() throws Exception {
        String[] roles = {"helpdesk-admin", "user-admin", "password-admin", "security-admin", "global-admin"};
        String[] targets = {"", ",\"target-role\":[\"global-admin\"]", ",\"hybrid\":true,\"writeback\":false", ",\"target-role\":[\"reports-reader\"]"};
        StringBuilder sb = new StringBuilder();
        int expectedBlocked = 0;
        List<String> expectedVerdicts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            sb.append("{\"role\":[\"").append(roles[i % roles.length]).append("\"]").append(targets[(i / 5) % targets.length]).append("}\n");
        }
        // the expected verdict of each of the 20 distinct lines, from single diagnoses
        java.util.Map<String, String> verdictOf = new java.util.HashMap<>();
        String[] all = sb.toString().split("\n");
        for (int i = 0; i < 20; i++) {
            CliRunner.Result one = CliRunner.exec("diagnose", "--batch", file("one" + i + ".ndjson", all[i] + "\n").toString(), "--fail-on", "never");
            verdictOf.put(all[i], lines(one.out()).get(0).get("verdict").asText());
        }
        for (String line : all) {
            expectedVerdicts.add(verdictOf.get(line));
            if (verdictOf.get(line).equals("blocked")) expectedBlocked++;
        }
        Path in = file("big.ndjson", sb.toString());
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", in.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(expectedBlocked > 0 ? 1 : 0);
        String[] outLines = r.out().split("\n");
        assertThat(outLines).hasSize(10_000);
        for (int i = 0; i < outLines.length; i += 997) {
            JsonNode n = JSON.readTree(outLines[i]);
            assertThat(n.get("line").asInt()).isEqualTo(i + 1);
            assertThat(n.get("verdict").asText()).isEqualTo(expectedVerdicts.get(i));
        }
        long blocked = java.util.Arrays.stream(outLines).filter(l -> l.contains("\"verdict\":\"blocked\"")).count();
        assertThat(blocked).isEqualTo(expectedBlocked).isGreaterThan(0);
    }

    @Test
    void aHugeLineIsRefusedAndTheNextOneAnswered() throws Exception {
        String huge = "{\"role\":[\"" + "x".repeat(BatchRunner.MAX_LINE_BYTES + 10) + "\"]}";
        Path in = file("huge.ndjson", huge + "\n{\"role\":[\"user-admin\"]}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--batch", in.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> out = lines(r.out());
        assertThat(out.get(0).get("error").asText()).isEqualTo(in + ":1: line is longer than 64 KiB");
        assertThat(out.get(1).get("verdict").asText()).isEqualTo("ok");
    }

    @Test
    void invalidUtf8IsThatLinesError() throws Exception {
        Path in = tmp.resolve("bad.ndjson");
        byte[] good = "{\"role\":[\"user-admin\"]}\n".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(good);
        b.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        b.write(good);
        Files.write(in, b.toByteArray());
        List<JsonNode> out = lines(CliRunner.exec("diagnose", "--batch", in.toString()).out());
        assertThat(out).extracting(n -> n.has("error") ? n.get("error").asText() : n.get("verdict").asText())
                .containsExactly("ok", in + ":2:3: the text is not valid UTF-8; save the file as UTF-8", "ok");
    }

    @Test
    void wrongCombinationsAreExit2WithNoOutput() throws Exception {
        Path in = file("in.ndjson", "{\"role\":[\"user-admin\"]}\n");
        Path cases = file("cases.yaml", "cases:\n  - role: [user-admin]\n");
        for (String[] args : List.of(
                new String[] {"diagnose", "--batch", in.toString(), "--format", "text"},
                new String[] {"diagnose", "--batch", in.toString(), "-o", "junit"},
                new String[] {"diagnose", "--batch", in.toString(), "--profile", cases.toString()},
                new String[] {"diagnose", "--batch", in.toString(), "--role", "no-such-role"},
                new String[] {"diagnose", "--batch", tmp.resolve("missing.ndjson").toString()},
                new String[] {"diagnose", "--batch", tmp.toString()})) {
            CliRunner.Result r = CliRunner.exec(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(CliRunner.exec("diagnose", "--batch", in.toString(), "--format", "json").exit()).isZero();
    }
}
