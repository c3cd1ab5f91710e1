package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process: {@code Main.main} ends by halting where no shutdown hook has work (and answers a
 * lone {@code --version} before any model is built); exit codes and output stay those of the
 * in-process command line, and the orderly paths (a report written through a temporary file) still
 * clean up.
 */
class ProcessExitTest {
    @TempDir Path tmp;

    record Run(int exit, String out, String err) {}

    private Run main(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:off", "-cp", System.getProperty("java.class.path"), "sspr.doctor.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().clear();
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

    private void sameAsInProcess(String... args) throws Exception {
        Run real = main(args);
        CliRunner.Result inProcess = CliRunner.exec(args);
        assertThat(real.exit()).as("exit of %s", List.of(args)).isEqualTo(inProcess.exit());
        assertThat(real.out()).isEqualTo(inProcess.out());
        assertThat(real.err()).isEqualTo(inProcess.err());
    }

    @Test
    void aLoneVersionIsAnsweredBeforeAnyModelWithPicocliSOutput() throws Exception {
        String expected = "sspr-doctor " + Version.VERSION + System.lineSeparator() + "Java " + System.getProperty("java.version") + System.lineSeparator();
        for (String flag : List.of("--version", "-V")) {
            Run r = main(flag);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEqualTo(expected);
            assertThat(r.err()).isEmpty();
            assertThat(CliRunner.exec(flag).out()).isEqualTo(expected); // what picocli prints through the version provider
        }
        sameAsInProcess("--version", "--lang", "zh-TW");
    }

    @Test
    void aLoneVersionLoadsNoPicocliClass() throws Exception {
        // the JVM's launcher resolves every type Main's methods name before main runs: one picocli type in a
        // signature there loaded (and parsed, outside any AOT cache of the version path) picocli's largest class
        Path log = tmp.resolve("classes.log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:off",
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), "sspr.doctor.cli.Main", "--version");
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(l -> l.contains("sspr.doctor.cli.Main "));
        assertThat(loaded).noneMatch(l -> l.contains(" picocli."));
    }

    @Test
    void exitCodesAndOutputAreThoseOfTheCommandLine() throws Exception {
        sameAsInProcess("diagnose", "--role", "user-admin", "--hybrid", "--format", "json");
        sameAsInProcess("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin");
        sameAsInProcess("diagnose", "--no-such-option");
        sameAsInProcess("explain", "NO_SUCH_CODE");
        sameAsInProcess("faq", "list", "--lang", "zh-TW");
    }

    @Test
    void aReportWrittenThroughATemporaryFileStillCleansUp() throws Exception {
        Path report = tmp.resolve("report.json");
        Run r = main("diagnose", "--role", "user-admin", "--hybrid", "--format", "json", "--output", report.toString());
        CliRunner.Result inProcess = CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--format", "json");
        assertThat(r.exit()).isEqualTo(inProcess.exit());
        assertThat(Files.readString(report)).isEqualTo(inProcess.out());
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", "err", "report.json");
        }
    }
}
