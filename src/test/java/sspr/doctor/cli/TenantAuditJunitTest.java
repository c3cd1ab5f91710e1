package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sspr.doctor.junit.JunitXmlCheck;

/** audit --tenant --format junit: the administrator's side as admin-reset:CODE test cases, counted as the JSON counts them. */
class TenantAuditJunitTest {
    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter"})
    void adminResetCodesAreTestCasesWithTheJsonCounts(String layout) throws Exception {
        String dir = "src/test/resources/tenant/" + layout;
        CliRunner.Result xml = CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "-o", "junit", "--fail-on", "blocker");
        assertThat(xml.exit()).as(xml.err()).isEqualTo(1);
        Document doc = JunitXmlCheck.valid(xml.out());
        Map<String, Element> byName = JunitXmlCheck.testcases(doc).stream().collect(Collectors.toMap(c -> c.getAttribute("name"), c -> c));
        JsonNode json = new ObjectMapper().readTree(CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "-o", "json").out());
        Map<String, Long> expected = new TreeMap<>();
        json.at("/summary/adminReset/byFinding").fields().forEachRemaining(e -> expected.put("admin-reset:" + e.getKey(), e.getValue().asLong()));
        assertThat(expected).isNotEmpty();
        Map<String, Long> reported = new TreeMap<>();
        for (Map.Entry<String, Element> e : byName.entrySet()) {
            if (!e.getKey().startsWith("admin-reset:")) continue;
            String message = JunitXmlCheck.failures(e.getValue()).get(0).getAttribute("message");
            reported.put(e.getKey(), Long.parseLong(message.substring(0, message.indexOf(' '))));
        }
        assertThat(reported).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter"})
    void perUserHasOneTestCasePerUser(String layout) throws Exception {
        String dir = "src/test/resources/tenant/" + layout;
        CliRunner.Result xml = CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "-o", "junit", "--junit-per-user");
        assertThat(xml.exit()).as(xml.err()).isZero();
        Document doc = JunitXmlCheck.valid(xml.out());
        JsonNode json = new ObjectMapper().readTree(CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "-o", "json").out());
        assertThat(JunitXmlCheck.testcases(doc)).hasSize(json.at("/summary/total").asInt());
    }
}
