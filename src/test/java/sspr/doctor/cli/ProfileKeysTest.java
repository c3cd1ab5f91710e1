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
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import sspr.doctor.diagnosis.ProfileReader;

/** Profile keys are the long option names, negative forms included; profiles come from files, stdin or pipes. */
class ProfileKeysTest {
    @TempDir Path tmp;

    private JsonNode json(CliRunner.Result r) throws Exception {
        assertThat(r.err()).isEmpty();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void negativeFormsAreKeysAndMeanTheOppositeFact() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.yaml"), """
                role: [user-admin]
                hybrid: true
                no-writeback: true
                """);
        JsonNode input = json(CliRunner.exec("diagnose", "--profile", p.toString(), "-o", "json")).get("input");
        assertThat(input.get("writeback").asBoolean()).isFalse();
        assertThat(input.get("writeback").isNull()).isFalse();

        Path s = Files.writeString(tmp.resolve("s.yaml"), """
                scenario: self-service
                license: [o365-e3]
                sspr-scope: selected
                not-in-sspr-group: true
                not-registered: true
                cloud-only: true
                """);
        JsonNode in2 = json(CliRunner.exec("diagnose", "--profile", s.toString(), "-o", "json")).get("input");
        assertThat(in2.get("inSsprGroup").asBoolean(true)).isFalse();
        assertThat(in2.get("registered").asBoolean(true)).isFalse();
        assertThat(in2.get("hybrid").asBoolean(true)).isFalse();
    }

    @Test
    void negativeKeysGiveTheSameResultAsTheOptions() throws Exception {
        CliRunner.Result viaOptions = CliRunner.exec("diagnose", "--scenario", "self-service", "--license", "o365-e3",
                "--sspr-scope", "selected", "--not-in-sspr-group", "--not-registered", "-o", "json");
        Path p = Files.writeString(tmp.resolve("p.yaml"), """
                scenario: self-service
                license: [o365-e3]
                sspr-scope: selected
                not-in-sspr-group: true
                not-registered: true
                """);
        CliRunner.Result viaProfile = CliRunner.exec("diagnose", "--profile", p.toString(), "-o", "json");
        assertThat(viaOptions.exit()).isEqualTo(1);
        assertThat(viaProfile.exit()).isEqualTo(1);
        assertThat(json(viaProfile).get("findings")).isEqualTo(json(viaOptions).get("findings"));
        String line = "{\"scenario\":\"self-service\",\"license\":[\"o365-e3\"],\"sspr-scope\":\"selected\",\"not-in-sspr-group\":true,\"not-registered\":true}";
        CliRunner.Result batch = new CliRunner().stdin(line + "\n").run("diagnose", "--batch", "-");
        assertThat(batch.out()).contains("\"verdict\":\"blocked\"");
    }

    @Test
    void aPositiveAndItsNegativeTogetherContradict() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.yaml"), "role: [user-admin]\nwriteback: true\nno-writeback: true\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("p.yaml:3:").contains("writeback and no-writeback contradict");
    }

    @Test
    void misspelledNegativeKeysGetASuggestion() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.yaml"), "role: [user-admin]\ncloud-onyl: true\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("p.yaml:2:").contains("unknown key 'cloud-onyl'").contains("did you mean cloud-only");
        Path q = Files.writeString(tmp.resolve("q.yaml"), "role: [user-admin]\nno-writebak: true\n");
        assertThat(CliRunner.exec("diagnose", "--profile", q.toString()).err()).contains("did you mean no-writeback");
    }

    /** Every boolean or valued fact option of diagnose is a profile key under its long name. */
    @Test
    void everyFactOptionIsAProfileKey() {
        CommandLine cl = new CommandLine(new DiagnoseCommand());
        List<String> factOptions = new ArrayList<>();
        for (OptionSpec o : cl.getCommandSpec().options()) {
            String name = o.longestName().substring(2);
            if (ProfileReader.keys().contains(name)) factOptions.add(name);
        }
        assertThat(factOptions).contains("no-writeback", "cloud-only", "not-in-sspr-group", "not-registered",
                "role", "target-role", "license", "hybrid", "writeback", "registered", "in-sspr-group", "error");
        // and no profile key names an option diagnose lacks
        for (String key : ProfileReader.keys()) assertThat(cl.getCommandSpec().findOption("--" + key)).as(key).isNotNull();
    }

    @Test
    void profileFromStandardInput() throws Exception {
        CliRunner.Result r = new CliRunner().stdin("role: [user-admin]\nhybrid: true\nno-writeback: true\n")
                .run("diagnose", "--profile", "-", "-o", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"writeback\": false");
        CliRunner.Result bad = new CliRunner().stdin("rol: [user-admin]\n").run("diagnose", "--profile", "-");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("<stdin>:1:").contains("did you mean role");
        CliRunner.Result both = CliRunner.exec("diagnose", "--profile", "-", "--batch", "-");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("standard input");
    }

    /** Process substitution hands the tool /dev/fd/N, a pipe with no size: read it like a file. */
    @Test
    void profileFromAPipe() throws Exception {
        Path fifo = tmp.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, "role: [helpdesk-admin]\ntarget-role: [global-admin]\n".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", fifo.toString(), "-o", "json");
        writer.join(10_000);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("helpdesk-admin").contains("global-admin");
    }

    @Test
    void anErrorFromAnInheritedFactIsReportedAtTheCase() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.yaml"), """
                role: [helpdesk-admin]
                cases:
                  - name: admin reset
                  - name: own reset
                    scenario: self-service
                """);
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: " + p + ":4:").doesNotContain(p + ":1:1:")
                .contains("case 'own reset' inherits role from " + p + ":1:");
        CliRunner.Result zh = CliRunner.exec("diagnose", "--profile", p.toString(), "--lang", "zh-TW");
        assertThat(zh.err()).contains(p + ":4:").contains("繼承");
    }

    @Test
    void noFactsAtAllIsAWarningOnStderr() {
        CliRunner.Result r = CliRunner.exec("diagnose");
        assertThat(r.err()).contains("warning: no facts given");
        CliRunner.Result zh = CliRunner.exec("diagnose", "--lang", "zh-TW", "-o", "json");
        assertThat(zh.err()).contains("警告：未提供任何事實");
        assertThat(zh.out()).startsWith("{");
        assertThat(CliRunner.exec("diagnose", "--role", "user-admin").err()).isEmpty();
    }
}
