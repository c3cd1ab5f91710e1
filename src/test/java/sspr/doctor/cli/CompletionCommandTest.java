package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated scripts, checked by the shells themselves: syntax, then real completions in bash. */
class CompletionCommandTest {
    @TempDir static Path tmp;
    static Path bashScript;
    static Path zshScript;

    @BeforeAll
    static void generate() throws IOException {
        CliRunner.Result bash = CliRunner.exec("completion", "bash");
        assertThat(bash.exit()).isEqualTo(0);
        assertThat(bash.err()).isEmpty();
        bashScript = Files.writeString(tmp.resolve("sspr-doctor.bash"), bash.out());
        CliRunner.Result zsh = CliRunner.exec("completion", "zsh");
        assertThat(zsh.exit()).isEqualTo(0);
        zshScript = Files.writeString(tmp.resolve("sspr-doctor.zsh"), zsh.out());
    }

    /**
     * Skips a test whose shell is not installed, except where .ci/run installed every shell
     * (SSPR_DOCTOR_CI_SHELLS=1): there a missing shell fails, so its completion is never silently untested.
     */
    static void requireShell(String program) {
        if (System.getenv("SSPR_DOCTOR_CI_SHELLS") != null) assertThat(has(program)).as(program + " is installed").isTrue();
        else assumeTrue(has(program));
    }

    static boolean has(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    static Proc run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Proc(p.waitFor(), out, err);
    }

    record Proc(int exit, String out, String err) {}

    /** COMPREPLY for the words typed so far (the last one is the word being completed). */
    static List<String> complete(String... words) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c",
                "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                        + " _sspr_doctor; printf '%s\\n' \"${COMPREPLY[@]}\"", "_", bashScript.toString()));
        cmd.addAll(List.of(words));
        Proc p = run(cmd);
        assertThat(p.err()).isEmpty();
        assertThat(p.exit()).isEqualTo(0);
        List<String> out = new ArrayList<>();
        for (String line : p.out().split("\n")) if (!line.isEmpty()) out.add(line);
        return out;
    }

    @Test
    void everyLicenceCompletesAsOneWord() {
        java.util.List<String> licences = CompletionCommand.values(new Cli(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), java.util.Map.of(), null, null, ColorMode.never, false)).get("licenses");
        assertThat(licences).hasSizeGreaterThan(100).noneMatch(w -> w.chars().anyMatch(Character::isWhitespace));
        // a licence whose part number holds a space completes by its skuId, which --license accepts
        CliRunner.Result r = CliRunner.exec("diagnose", "--scenario", "self-service", "--license",
                licences.stream().filter(w -> w.matches("[0-9a-f]{8}-.*")).findFirst().orElseThrow(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void bashSyntax() throws Exception {
        requireShell("bash");
        Proc p = run(List.of("bash", "-n", bashScript.toString()));
        assertThat(p.err()).isEmpty();
        assertThat(p.exit()).isEqualTo(0);
    }

    @Test
    void subcommands() throws Exception {
        requireShell("bash");
        assertThat(complete("sspr-doctor", "fa")).containsExactly("faq");
        assertThat(complete("sspr-doctor", "")).contains("diagnose", "faq", "articles", "rules", "explain", "roles",
                "licenses", "content", "wizard", "completion", "help");
        assertThat(complete("sspr-doctor", "faq", "")).containsExactlyInAnyOrder("list", "show", "search");
        assertThat(complete("sspr-doctor", "--lang", "zh-TW", "rules", "c")).containsExactly("check");
        assertThat(complete("sspr-doctor", "help", "dia")).containsExactly("diagnose");
        assertThat(complete("sspr-doctor", "completion", "")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void optionsOfTheCommandInTheLine() throws Exception {
        requireShell("bash");
        assertThat(complete("sspr-doctor", "diagnose", "--sspr")).containsExactly("--sspr-scope");
        assertThat(complete("sspr-doctor", "faq", "search", "--")).contains("--limit", "--format", "--lang");
        assertThat(complete("sspr-doctor", "diagnose", "--role", "user-admin", "--hy")).containsExactly("--hybrid");
    }

    @Test
    void optionValuesFromTheCatalogs() throws Exception {
        requireShell("bash");
        assertThat(complete("sspr-doctor", "diagnose", "--role", "user-")).contains("user-admin").doesNotContain("global-admin");
        assertThat(complete("sspr-doctor", "diagnose", "--target-role", "global-")).contains("global-admin", "global-reader");
        assertThat(complete("sspr-doctor", "diagnose", "--role", "user-admin,helpd")).containsExactly("user-admin,helpdesk-admin");
        assertThat(complete("sspr-doctor", "diagnose", "--license", "SPE_E")).contains("SPE_E3", "SPE_E5");
        assertThat(complete("sspr-doctor", "diagnose", "--license", "entra-id-p")).contains("entra-id-p1", "entra-id-p2");
        assertThat(complete("sspr-doctor", "diagnose", "--portal", "m365")).containsExactly("m365-admin", "m365-mobile");
        assertThat(complete("sspr-doctor", "diagnose", "--symptom", "no-")).contains("no-reset-blade", "no-onprem-blade");
        assertThat(complete("sspr-doctor", "diagnose", "--scenario", "")).containsExactly("admin-reset", "self-service");
        assertThat(complete("sspr-doctor", "diagnose", "-o", "")).containsExactly("text", "json", "yaml", "junit", "html", "markdown", "sarif");
        assertThat(complete("sspr-doctor", "audit", "--format", "j")).containsExactly("json", "junit");
        assertThat(complete("sspr-doctor", "diagnose", "--fail-on", "w")).containsExactly("warning");
        assertThat(complete("sspr-doctor", "diagnose", "--error", "SSPR_000")).contains("SSPR_0009");
        assertThat(complete("sspr-doctor", "explain", "SSPR_000")).contains("SSPR_0009");
        assertThat(complete("sspr-doctor", "faq", "list", "--lang", "zh")).containsExactly("zh-CN", "zh-TW");
        assertThat(complete("sspr-doctor", "--lang", "")).containsExactly("en", "id-ID", "zh-CN", "zh-TW");
        assertThat(complete("sspr-doctor", "--color", "")).containsExactly("auto", "always", "never");
    }

    @Test
    void equalsFormAndValuesDoNotStartACommandPath() throws Exception {
        requireShell("bash");
        // bash splits '--role=us' into '--role' '=' 'us'
        assertThat(complete("sspr-doctor", "diagnose", "--role", "=", "user-")).contains("user-admin").doesNotContain("global-admin");
        assertThat(complete("sspr-doctor", "diagnose", "--lang", "=", "")).contains("zh-TW");
        // 'faq' as the value of --lang is not a subcommand
        assertThat(complete("sspr-doctor", "--lang", "en", "faq", "sh")).containsExactly("show");
    }

    @Test
    void articleSlugsAndFaqEntriesFromTheBundledContent() throws Exception {
        requireShell("bash");
        sspr.doctor.content.ContentLibrary lib = sspr.doctor.content.ContentLibrary.load(List.of(new sspr.doctor.content.BundledContent()));
        assertThat(complete("sspr-doctor", "articles", "show", "")).containsExactlyInAnyOrderElementsOf(lib.slugs());
        assertThat(complete("sspr-doctor", "faq", "list", "--article", "")).containsExactlyInAnyOrderElementsOf(lib.slugs());
        assertThat(complete("sspr-doctor", "faq", "show", "")).containsExactlyInAnyOrderElementsOf(lib.qualifiedEntryIds());
    }

    @Test
    void zshSyntaxAndCompletionThroughBashcompinit() throws Exception {
        requireShell("zsh");
        Proc syntax = run(List.of("zsh", "-n", zshScript.toString()));
        assertThat(syntax.err()).isEmpty();
        assertThat(syntax.exit()).isEqualTo(0);
        Proc p = run(List.of("zsh", "-f", "-c",
                "source \"$1\"; setopt ksharrays; COMP_WORDS=(sspr-doctor diagnose --role user-); COMP_CWORD=3;"
                        + " _sspr_doctor; print -l -- \"${COMPREPLY[@]}\"", "_", zshScript.toString()));
        assertThat(p.exit()).isEqualTo(0);
        // bashcompinit's compgen leaves the filtering by the typed prefix to zsh's own matching
        assertThat(p.out().split("\n")).contains("user-admin", "helpdesk-admin").doesNotContain("--hybrid", "SPE_E3");
    }

    /** fish: its own completion language, checked by fish itself (syntax, then real completions). */
    @Test
    void fishSyntaxAndCompletions() throws Exception {
        requireShell("fish");
        CliRunner.Result r = CliRunner.exec("completion", "fish");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        Path script = Files.writeString(tmp.resolve("sspr-doctor.fish"), r.out());
        Proc syntax = run(List.of("fish", "--no-config", "-n", script.toString()));
        assertThat(syntax.err()).isEmpty();
        assertThat(syntax.exit()).isEqualTo(0);
        java.util.function.Function<String, List<String>> complete = line -> {
            try {
                Proc p = run(List.of("fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script.toString(), line));
                assertThat(p.err()).isEmpty();
                List<String> words = new ArrayList<>();
                for (String l : p.out().split("\n")) if (!l.isEmpty()) words.add(l.split("\t")[0]);
                return words;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        assertThat(complete.apply("sspr-doctor dia")).containsExactly("diagnose");
        assertThat(complete.apply("sspr-doctor diagnose --role user-")).contains("user-admin").doesNotContain("--hybrid");
        assertThat(complete.apply("sspr-doctor --lang zh-TW diagnose --no-w")).containsExactly("--no-writeback");
        assertThat(complete.apply("sspr-doctor faq ")).contains("list", "show", "search");
        assertThat(complete.apply("sspr-doctor explain 632")).contains("6329");
        assertThat(complete.apply("sspr-doctor diagnose --license SPE_E")).contains("SPE_E3", "SPE_E5");
        assertThat(complete.apply("sspr-doctor completion ")).contains("bash", "zsh", "fish");
    }

    /** The model the script and the man pages are generated from: every command takes --help, every option is described. */
    @Test
    void everyCommandHasHelpAndEveryOptionADescription() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        picocli.CommandLine root = CommandLines.commandLine(sink, sink, java.util.Map.of(), false);
        List<picocli.CommandLine> all = new ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            all.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        for (picocli.CommandLine c : all) {
            String path = c.getCommandSpec().qualifiedName();
            assertThat(c.getCommandSpec().optionsMap()).as(path).containsKey("--help");
            for (picocli.CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
                assertThat(String.join(" ", o.description())).as(path + " " + o.longestName()).isNotBlank();
            }
            for (picocli.CommandLine.Model.PositionalParamSpec p : c.getCommandSpec().positionalParameters()) {
                assertThat(String.join(" ", p.description())).as(path + " " + p.paramLabel()).isNotBlank();
            }
        }
        CliRunner.Result help = CliRunner.exec("diagnose", "--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("Examples:", "--sspr-scope");
        assertThat(CliRunner.exec("faq", "-h").out()).contains("Examples:");
    }
}
