package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.cli.CliRunner;

/** diagnose writes its verdict and counts to $GITHUB_OUTPUT, appended after what earlier steps wrote. */
class DiagnoseGithubOutputsTest {
    @TempDir Path dir;

    @Test
    void profileVerdictAndCountsGoToGithubOutput() throws Exception {
        Path outputs = dir.resolve("github-output");
        Files.writeString(outputs, "earlier=1\n");
        CliRunner.Result r = new CliRunner().env("GITHUB_OUTPUT", outputs.toString())
                .run("diagnose", "--profile", "src/test/resources/reports/ci.yaml", "-o", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Files.readString(outputs)).isEqualTo("earlier=1\nverdict=blocked\ncases=4\nblockers=3\nwarnings=0\nexit-code=1\n");
    }
}
