package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sspr.doctor.audit.SyntheticExport;
import sspr.doctor.audit.SyntheticExport.User;
import sspr.doctor.junit.JunitXmlCheck;

class AuditJunitTest {
    @TempDir Path tmp;
    List<User> users;
    Path pages;

    @BeforeEach
    void export() throws Exception {
        users = SyntheticExport.users(2500, 7);
        pages = tmp.resolve("registration.json");
        Files.writeString(pages, SyntheticExport.pages(users, 999), StandardCharsets.UTF_8);
    }

    @Test
    void oneTestCasePerFindingCodeWithTheCount() {
        CliRunner.Result r = CliRunner.exec("audit", pages.toString(), "--format", "junit", "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        Document doc = JunitXmlCheck.valid(r.out());
        Map<String, Element> byName = JunitXmlCheck.testcases(doc).stream().collect(Collectors.toMap(c -> c.getAttribute("name"), c -> c));
        assertThat(byName.keySet()).contains("sspr.not-registered", "sspr.not-enabled", "sspr.guest", "sspr.not-capable");
        long notRegistered = users.stream().filter(u -> !u.registered()).count();
        Element failure = JunitXmlCheck.failures(byName.get("sspr.not-registered")).get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("sspr.not-registered");
        assertThat(failure.getAttribute("message")).isEqualTo(notRegistered + (notRegistered == 1 ? " user: " : " users: ") + "The user has not registered enough authentication methods");
        assertThat(failure.getTextContent()).contains("(first 50 of " + notRegistered + ")")
                .contains("\n  " + users.stream().filter(u -> !u.registered()).findFirst().get().upn() + "\n")
                .doesNotContain("{resetters}");
        long guests = users.stream().filter(User::guest).count();
        assertThat(JunitXmlCheck.failures(byName.get("sspr.guest")).get(0).getAttribute("message")).startsWith(guests + (guests == 1 ? " user: " : " users: "));
        assertThat(JunitXmlCheck.failures(byName.get("sspr.not-capable"))).as("every incapable user here has a reason").isEmpty();
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("sspr-doctor audit");
        assertThat(doc.getElementsByTagName("property").getLength()).isGreaterThan(5);
    }

    @Test
    void aCleanExportPassesEveryTestCase() throws Exception {
        Path clean = tmp.resolve("clean.json");
        Files.writeString(clean, SyntheticExport.pages(users.stream().filter(u -> u.capable() && !u.guest()).toList(), 500));
        CliRunner.Result r = CliRunner.exec("audit", clean.toString(), "-o", "junit", "--fail-on", "blocker");
        assertThat(r.exit()).isZero();
        Document doc = JunitXmlCheck.valid(r.out());
        assertThat(JunitXmlCheck.testcases(doc)).hasSize(4).allSatisfy(c -> assertThat(JunitXmlCheck.failures(c)).isEmpty());
    }

    @Test
    void perUserHasEveryUserWithAFailurePerFinding() {
        CliRunner.Result r = CliRunner.exec("audit", pages.toString(), "-o", "junit", "--junit-per-user", "--fail-on", "blocker", "--lang", "zh-TW");
        assertThat(r.exit()).isEqualTo(1);
        Document doc = JunitXmlCheck.valid(r.out());
        List<Element> cases = JunitXmlCheck.testcases(doc);
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactlyElementsOf(users.stream().map(User::upn).toList());
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            List<String> types = JunitXmlCheck.failures(cases.get(i)).stream().map(f -> f.getAttribute("type")).toList();
            assertThat(types.contains("sspr.not-registered")).as(u.upn()).isEqualTo(!u.registered());
            // an administrator not enabled is held by the administrator policy (sspr.admin-disabled)
            assertThat(types.contains(u.admin() ? "sspr.admin-disabled" : "sspr.not-enabled")).as(u.upn()).isEqualTo(!u.enabled());
            assertThat(types.contains("sspr.guest")).as(u.upn()).isEqualTo(u.guest());
        }
        assertThat(doc.getDocumentElement().getAttribute("failures"))
                .isEqualTo(String.valueOf(users.stream().filter(u -> !u.capable() || u.guest()).count()));
        assertThat(r.out()).contains("message=\"使用者註冊的驗證方法不足\"");
    }

    @Test
    void outputFileIsWrittenAtomicallyAndStdoutStaysEmpty() throws Exception {
        Path out = tmp.resolve("audit.xml");
        CliRunner.Result r = CliRunner.exec("audit", pages.toString(), "-o", "junit", "--junit-per-user", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        String before = Files.readString(out);
        JunitXmlCheck.valid(before);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"value\":[{\"id\":\"a\"");
        assertThat(CliRunner.exec("audit", bad.toString(), "-o", "junit", "--output", out.toString()).exit()).isEqualTo(2);
        // a bad input replaces the report with one <error> saying why, so CI's test tab shows it (#17, #19)
        String after = Files.readString(out);
        JunitXmlCheck.valid(after);
        assertThat(after).isNotEqualTo(before).contains("errors=\"1\"", "<error message=\"" + bad + ":1:");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder("registration.json", "audit.xml", "bad.json");
        }
    }

    @Test
    void namesWithControlCharactersStayValidXml() throws Exception {
        Path f = tmp.resolve("odd.json");
        Files.writeString(f, "{\"value\":[{\"id\":\"x\",\"userPrincipalName\":\"evil\\u001b[2J\\u0000\\u202e@x.example\",\"isAdmin\":false,"
                + "\"isSsprRegistered\":false,\"isSsprEnabled\":true,\"isSsprCapable\":false,\"userType\":\"member\",\"methodsRegistered\":[]}]}");
        CliRunner.Result r = CliRunner.exec("audit", f.toString(), "-o", "junit", "--junit-per-user");
        Element c = JunitXmlCheck.testcases(JunitXmlCheck.valid(r.out())).get(0);
        assertThat(c.getAttribute("name")).isEqualTo("evil\uFFFD[2J\uFFFD@x.example");
        CliRunner.Result perCode = CliRunner.exec("audit", f.toString(), "-o", "junit");
        assertThat(JunitXmlCheck.valid(perCode.out())).isNotNull();
    }

    @Test
    void perUserNeedsJunitFormat() {
        CliRunner.Result r = CliRunner.exec("audit", pages.toString(), "--junit-per-user");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--junit-per-user: needs --format junit");
        assertThat(r.out()).isEmpty();
    }
}
