package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, too deep or too long YAML/JSON in every file a user hands over (profiles, rules, audit
 * exports): one plain line with file:line:column, never the parsers' own wording.
 */
class MalformedFilesTest {
    @TempDir Path tmp;

    /** Words that only Jackson or SnakeYAML would say. */
    static final List<String> INTERNALS = List.of("Source:", "REDACTED", "StreamReadConstraints", "StreamReadFeature",
            "maxNestingDepth", "getMax", "com.fasterxml", "org.yaml", "Exception", "`", "(code ", "marker",
            "while parsing", "while scanning", "<stream end>", "<block end>", "in 'reader'", "JSON String, Number");

    static Stream<Arguments> broken() {
        String deepJson = "{\"role\": " + "[".repeat(40) + "]".repeat(40) + "}";
        String deepYaml = "role: " + "[".repeat(40) + "]".repeat(40) + "\n";
        String longJson = "{\"role\": \"" + "a".repeat(70_000) + "\"}";
        String longYaml = "role: " + "a".repeat(70_000) + "\n";
        return Stream.of(
                Arguments.of("unquoted.json", "{\"role\": [user-admin]}", ":1:11: unexpected word 'user'"),
                Arguments.of("unclosed.json", "{\"role\": [\"user-admin\"", ":1:23: the file is truncated: the list ('[') at 1:10 is not closed"),
                Arguments.of("wrong-close.json", "{\"role\": [\"user-admin\"}", ":1:23: '}' where ']' was expected"),
                Arguments.of("bare-key.json", "{role: 1}", ":1:2: unexpected character 'r': expected a field name in double quotes"),
                Arguments.of("trailing-comma.json", "{\"role\": \"user-admin\",}", ":1:23: a comma before the closing bracket expects another item; remove the last comma"),
                Arguments.of("duplicate.json", "{\"role\": \"a\", \"role\": \"b\"}", ":1:15: duplicate key 'role'"),
                Arguments.of("deep.json", deepJson, ":1:91: nested more than 32 levels deep"),
                Arguments.of("long.json", longJson, ":1:70013: a value is longer than 65536 characters"),
                Arguments.of("unclosed.yaml", "role: [user-admin\n", ":2:1: the file ends too early (in the list ('[') that starts at 1:7)"),
                Arguments.of("quote.yaml", "role: \"user-admin\n", ":2:1: the file ends too early (in the quoted text that starts at 1:7)"),
                Arguments.of("tab.yaml", "role: user-admin\n\thybrid: true\n", ":2:1: a tab character; YAML indents with spaces"),
                Arguments.of("colon.yaml", "role: a: b\n", ":1:8: ':' is not allowed here"),
                Arguments.of("block.yaml", "- user-admin\nrole: x\n", ":2:1: expected the end of the indented block, but found a key"),
                Arguments.of("duplicate.yaml", "role: a\nrole: b\n", ":2:5: duplicate key 'role'"),
                Arguments.of("deep.yaml", deepYaml, ":1:39: nested more than 32 levels deep"),
                Arguments.of("long.yaml", longYaml, ":1:7: a value is longer than 65536 characters"));
    }

    private static void plainOneLine(CliRunner.Result r, String file, String expected) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(file + expected);
        assertThat(r.err()).matches("(?s)sspr-doctor: \\S*" + java.util.regex.Pattern.quote(file) + ":\\d+(:\\d+)?: .*\n");
        for (String word : INTERNALS) assertThat(r.err()).as(r.err()).doesNotContain(word);
        assertThat(r.err().length()).as("no huge value echoed").isLessThan(400);
    }

    @ParameterizedTest(name = "--profile {0}")
    @MethodSource("broken")
    void profiles(String name, String content, String expected) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        plainOneLine(CliRunner.exec("diagnose", "--profile", f.toString()), name, expected);
    }

    @ParameterizedTest(name = "--rules {0}")
    @MethodSource("broken")
    void rulesFiles(String name, String content, String expected) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        CliRunner.Result r = CliRunner.exec("diagnose", "--rules", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(name + ":");
        for (String word : INTERNALS) assertThat(r.err()).as(r.err()).doesNotContain(word);
    }

    static Stream<Arguments> brokenExports() {
        String deep = "{\"value\":[{\"id\":\"a\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}]}";
        String longName = "{\"value\":[{\"id\":\"a\",\"userPrincipalName\":\"" + "a".repeat(70_000) + "\"}]}";
        return Stream.of(
                Arguments.of("{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true,}]}", ":1:45: record 1: a comma before the closing bracket expects another item; remove the last comma"),
                Arguments.of("{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}", ":1:45: after record 1: the file is truncated: the list ('[') at 1:10 is not closed"),
                Arguments.of("{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":tru}]}", ":1:41: record 1: unexpected word 'tru'"),
                Arguments.of(deep, ":1:55: record 1: nested more than 32 levels deep"),
                Arguments.of(longName, ":1:70043: record 1: a value is longer than 65536 characters"));
    }

    @ParameterizedTest(name = "audit export {index}")
    @MethodSource("brokenExports")
    void auditExports(String content, String expected) throws Exception {
        Path f = tmp.resolve("reg.json");
        Files.writeString(f, content);
        plainOneLine(CliRunner.exec("audit", f.toString()), "reg.json", expected);
        Path reg = tmp.resolve("ok.json");
        Files.writeString(reg, "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}]}");
        CliRunner.Result users = CliRunner.exec("audit", reg.toString(), "--users", f.toString());
        assertThat(users.exit()).isEqualTo(2);
        for (String word : INTERNALS) assertThat(users.err()).as(users.err()).doesNotContain(word);
    }

    @Test
    void invalidUtf8IsSaidPlainly() throws Exception {
        Path f = tmp.resolve("bad.json");
        Files.write(f, "{\"value\":[{\"id\":\"\u00ff\"}]}".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result r = CliRunner.exec("audit", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json:1:").contains("not valid UTF-8");
        for (String word : INTERNALS) assertThat(r.err()).doesNotContain(word);
    }

    @Test
    void emptyExportsAreNamedForWhatTheyAre() throws Exception {
        Path json = Files.writeString(tmp.resolve("registration.json"), "");
        CliRunner.Result r = CliRunner.exec("audit", json.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("registration.json: empty file (no JSON)").doesNotContain("CSV");
        Path csv = Files.writeString(tmp.resolve("details.csv"), "");
        assertThat(CliRunner.exec("audit", csv.toString()).err()).contains("details.csv: empty CSV file");
        Path ok = Files.writeString(tmp.resolve("ok.json"), "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}]}");
        CliRunner.Result users = CliRunner.exec("audit", ok.toString(), "--users", json.toString());
        assertThat(users.exit()).isEqualTo(2);
        assertThat(users.err()).contains("registration.json: empty file (no JSON)");
        // a page with no records is a valid file, but an audit of no users fails closed (#19)
        Path none = Files.writeString(tmp.resolve("none.json"), "{\"value\":[]}");
        CliRunner.Result noUsers = CliRunner.exec("audit", none.toString());
        assertThat(noUsers.exit()).isEqualTo(2);
        assertThat(noUsers.err()).contains("no users in " + none);
    }

    @Test
    void anEmptyFolderIsNotAnAuditOfZeroUsers() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("exports"));
        Files.writeString(dir.resolve(".hidden.json"), "{\"value\":[]}");
        CliRunner.Result r = CliRunner.exec("audit", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("exports: no export files in this folder");
    }
}
