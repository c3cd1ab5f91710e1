package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sspr.doctor.junit.JunitXmlCheck;

class DiagnoseJunitTest {
    @TempDir Path tmp;

    static final String CI_PROFILE = String.join("\n",
            "license: [entra-id-p1]",
            "cases:",
            "  - name: helpdesk resets a user",
            "    role: [helpdesk-admin]",
            "  - name: helpdesk resets a global admin",
            "    role: [helpdesk-admin]",
            "    target-role: [global-admin]",
            "  - name: password admin resets a synced reports reader",
            "    role: [password-admin]",
            "    target-role: [reports-reader]",
            "    hybrid: true",
            "    writeback: false",
            "");

    Path profile() throws Exception {
        Path p = tmp.resolve("ci.yaml");
        Files.writeString(p, CI_PROFILE);
        return p;
    }

    @Test
    void ciProfileWithThreeCasesGivesOneTestCaseEachAndAFailurePerBlocker() throws Exception {
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile().toString(), "--format", "junit", "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
        Document doc = JunitXmlCheck.valid(r.out());
        List<Element> cases = JunitXmlCheck.testcases(doc);
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("helpdesk resets a user", "helpdesk resets a global admin", "password admin resets a synced reports reader");
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsOnly("sspr-doctor.diagnose");
        assertThat(JunitXmlCheck.failures(cases.get(0))).isEmpty();
        assertThat(JunitXmlCheck.failures(cases.get(1))).extracting(f -> f.getAttribute("type")).containsExactly("role.cannot-reset-target");
        assertThat(JunitXmlCheck.failures(cases.get(2))).extracting(f -> f.getAttribute("type"))
                .containsExactly("role.cannot-reset-target", "writeback.disabled");
        Element failure = JunitXmlCheck.failures(cases.get(1)).get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("Your roles may reset passwords, but not this user's");
        assertThat(failure.getTextContent()).contains("Helpdesk Administrator cannot reset a user with Global Administrator")
                .contains("What to do:\n1. ").contains("Privileged Authentication Administrator")
                .contains("https://learn.microsoft.com/");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(JunitXmlCheck.systemOut(cases.get(0))).startsWith("No blocker found");
    }

    /** The cases that fail are the ones the exit code fails on: warnings become failures with --fail-on warning. */
    @Test
    void warningsAreOutputUnlessFailOnWarning() {
        String[] hybrid = {"diagnose", "--role", "user-admin", "--hybrid", "--license", "entra-id-p1", "-o", "junit", "--lang", "en"};
        CliRunner.Result byDefault = CliRunner.exec(hybrid);
        assertThat(byDefault.exit()).isZero();
        Element c = JunitXmlCheck.testcases(JunitXmlCheck.valid(byDefault.out())).get(0);
        assertThat(JunitXmlCheck.failures(c)).isEmpty();
        assertThat(JunitXmlCheck.systemOut(c)).contains("! warning: ").contains("(writeback.unknown)");

        String[] strict = java.util.stream.Stream.concat(java.util.Arrays.stream(hybrid), java.util.stream.Stream.of("--fail-on", "warning")).toArray(String[]::new);
        CliRunner.Result failOnWarning = CliRunner.exec(strict);
        assertThat(failOnWarning.exit()).isEqualTo(1);
        Element s = JunitXmlCheck.testcases(JunitXmlCheck.valid(failOnWarning.out())).get(0);
        assertThat(JunitXmlCheck.failures(s)).extracting(f -> f.getAttribute("type")).containsExactly("writeback.unknown");
        assertThat(JunitXmlCheck.systemOut(s)).doesNotContain("writeback.unknown");
    }

    @Test
    void blockersStayFailuresWithFailOnNever() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "security-admin", "-o", "junit", "--fail-on", "never");
        assertThat(r.exit()).isZero();
        assertThat(JunitXmlCheck.failures(JunitXmlCheck.testcases(JunitXmlCheck.valid(r.out())).get(0))).isNotEmpty();
    }

    @Test
    void traceGoesToSystemOut() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "-o", "junit", "--trace", "--lang", "en");
        String out = JunitXmlCheck.systemOut(JunitXmlCheck.testcases(JunitXmlCheck.valid(r.out())).get(0));
        assertThat(out).contains("Rules evaluated:\n").contains("✓ role-authorized: ");
    }

    @Test
    void aSingleDiagnosisIsNamedAfterItsFacts() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "Helpdesk Administrator", "--target-role", "global-admin",
                "--no-writeback", "--hybrid", "--symptom", "greyed-out-button", "-o", "junit");
        Element c = JunitXmlCheck.testcases(JunitXmlCheck.valid(r.out())).get(0);
        assertThat(c.getAttribute("name"))
                .isEqualTo("diagnose --role helpdesk-admin --target-role global-admin --hybrid --no-writeback --symptom greyed-out-button");
        assertThat(CliRunner.exec("diagnose", "-o", "junit").out()).contains("<testcase name=\"diagnose\" ");
    }

    @Test
    void chineseTextStaysUtf8AndCaseNamesAreEscaped() throws Exception {
        Path p = tmp.resolve("zh.yaml");
        Files.writeString(p, "cases:\n  - name: \"重設 <全域> & \\\"管理員\\\" \\e[31m\"\n    role: [helpdesk-admin]\n    target-role: [global-admin]\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", p.toString(), "-o", "junit", "--lang", "zh-TW");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("您的角色可以重設密碼").doesNotContain("\u001B");
        Element c = JunitXmlCheck.testcases(JunitXmlCheck.valid(r.out())).get(0);
        assertThat(c.getAttribute("name")).isEqualTo("重設 <全域> & \"管理員\" \uFFFD[31m");
        assertThat(JunitXmlCheck.failures(c).get(0).getAttribute("message")).isEqualTo("您的角色可以重設密碼，但無法重設此使用者的密碼");
    }
}
