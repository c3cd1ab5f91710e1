package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sspr.doctor.report.check.CheckProblems;

/** The renderers know nothing of the command line: no picocli, no sspr.doctor.cli; every format is in the one table. */
class ReportsArchitectureTest {
    @Test
    void reportSourcesNeitherImportPicocliNorTheCommands() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/sspr/doctor/report"))) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(java).hasSizeGreaterThan(20);
            for (Path p : java) {
                String s = Files.readString(p);
                assertThat(s).as(p.toString()).doesNotContain("picocli").doesNotContain("sspr.doctor.cli");
            }
        }
    }

    @Test
    void formatsAreRegisteredInOnePlace() {
        assertThat(Reports.formats(sspr.doctor.report.diagnosis.DiagnosisResult.class)).containsExactly("text", "json", "yaml", "junit");
        assertThat(Reports.formats(DiagnosisModel.class)).containsExactly("html", "markdown");
        assertThat(Reports.formats(AuditModel.class)).containsExactly("html", "markdown");
        assertThat(Reports.formats(CheckProblems.class)).containsExactly("text", "json", "sarif");
        // a context of plain values is all a renderer needs
        StringWriter out = new StringWriter();
        Reports.render("json", new CheckProblems(List.of(new sspr.doctor.io.Problem("f.yaml", 3, 4, "x.y", "bad")), "0"), ReportContext.of("zh-TW", 80), out);
        assertThat(out.toString()).isEqualTo("{\n  \"problems\": [\n    {\n      \"file\": \"f.yaml\",\n      \"line\": 3,\n      \"column\": 4,\n      \"code\": \"x.y\",\n      \"message\": \"bad\"\n    }\n  ]\n}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reports.render("csv", new CheckProblems(List.of(), "0"), ReportContext.of("en", 80), out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
