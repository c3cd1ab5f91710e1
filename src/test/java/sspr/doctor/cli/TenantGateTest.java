package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import sspr.doctor.junit.JunitXmlCheck;

/** Snapshots that cannot fool a gate: audit --tenant fails closed, tenant check, the export script and the app script. */
class TenantGateTest {
    static final Path FIXTURES = Path.of("src/test/resources/tenant");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The gate: an empty folder used to give exit 0 and failures="0". */
    @ParameterizedTest
    @ValueSource(strings = {"junit", "json", "text", "csv", "ndjson"})
    void emptySnapshotIsBadInputInEveryFormat(String format, @TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path out = dir.resolve("report.out");
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", empty.toString(), "--actor-role", "helpdesk-admin",
                "--fail-on", "blocker", "--format", format, "--output", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("users.json"));
        if (format.equals("junit")) {
            Document doc = JunitXmlCheck.valid(Files.readString(out));
            assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
            Element error = (Element) doc.getElementsByTagName("error").item(0);
            assertThat(error.getAttribute("message")).contains("users.json");
        } else {
            assertThat(out).doesNotExist();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.equals("empty") || n.equals("report.out"));
        }
    }

    @Test
    void junitErrorGoesToStdoutWithoutOutput(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", dir.toString(), "--format", "junit", "--lang", "zh-TW");
        assertThat(r.exit()).isEqualTo(2);
        Document doc = JunitXmlCheck.valid(r.out());
        assertThat(((Element) doc.getElementsByTagName("error").item(0)).getAttribute("message")).contains("快照");
    }

    @Test
    void usersFileWithoutUsersIsBadInput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("users.json"), "{\"value\":[]}\n");
        Files.copy(FIXTURES.resolve("flat/userRegistrationDetails.json"), dir.resolve("userRegistrationDetails.json"));
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", dir.toString(), "--format", "junit", "--fail-on", "blocker");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(JunitXmlCheck.valid(r.out()).getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void unreadableUsersFileIsBadInputWithJunitError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("users.json"), "{\"value\":[{\"id\":\"1\",\n");
        Files.copy(FIXTURES.resolve("flat/userRegistrationDetails.json"), dir.resolve("userRegistrationDetails.json"));
        Path out = dir.resolve("audit.xml");
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", dir.toString(), "--format", "junit", "--output", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("users.json").doesNotContain("Exception");
        assertThat(JunitXmlCheck.valid(Files.readString(out)).getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void partialUsersInTheManifestAreBadInput() {
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", FIXTURES.resolve("cases/manifest-partial-users").toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("users.json", "partial");
    }

    @Test
    void withAnActorTheRoleAssignmentsAreRequired(@TempDir Path dir) throws IOException {
        Files.copy(FIXTURES.resolve("flat/users.json"), dir.resolve("users.json"));
        Files.copy(FIXTURES.resolve("flat/userRegistrationDetails.json"), dir.resolve("userRegistrationDetails.json"));
        assertThat(CliRunner.exec("audit", "--tenant", dir.toString(), "-o", "json").exit()).isZero();
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", dir.toString(), "--actor-role", "helpdesk-admin", "-o", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("roleManagement-directory-roleAssignments.json");
        assertThat(CliRunner.exec("tenant", "check", dir.toString(), "--actor-role", "helpdesk-admin").exit()).isEqualTo(1);
        assertThat(CliRunner.exec("tenant", "check", dir.toString()).exit()).isZero();
    }

    /** Refused and unavailable collections: the audit runs, says snapshot.incomplete, and --fail-on warning fails on it. */
    @Test
    void incompleteSnapshotIsAWarning() throws IOException {
        String dir = FIXTURES.resolve("cases/manifest").toString();
        CliRunner.Result r = CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "-o", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode warning = JSON.readTree(r.out()).at("/summary/snapshotIncomplete");
        assertThat(warning.get("code").asText()).isEqualTo("snapshot.incomplete");
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("unknownFacts").toString()).contains("licenses", "roleNotActivated");
        assertThat(CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "--fail-on", "warning", "-o", "json").exit()).isEqualTo(1);
        CliRunner.Result text = CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "--lang", "id-ID");
        assertThat(text.out()).contains("snapshot.incomplete (peringatan)");
        CliRunner.Result junit = CliRunner.exec("audit", "--tenant", dir, "--actor-role", "helpdesk-admin", "-o", "junit");
        Document doc = JunitXmlCheck.valid(junit.out());
        boolean noted = false;
        var props = doc.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("name").equals("snapshot.incomplete")) noted = p.getAttribute("value").contains("subscribedSkus");
        }
        assertThat(noted).as(junit.out()).isTrue();
    }

    @Test
    void diagnoseOfAnIncompleteSnapshotWarns() throws IOException {
        CliRunner.Result r = CliRunner.exec("diagnose", "--tenant", FIXTURES.resolve("cases/manifest").toString(), "--user", "mei.lin@contoso.example",
                "--actor", "helpdesk@contoso.example", "-o", "json");
        JsonNode d = JSON.readTree(r.out());
        JsonNode warning = null;
        for (JsonNode f : d.get("findings")) if (f.get("code").asText().equals("snapshot.incomplete")) warning = f;
        assertThat(warning).as(r.out()).isNotNull();
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("detail").asText()).contains("subscribedSkus (unavailable)");
        assertThat(d.at("/input/sources/licenses").asText()).isEqualTo("unknown");
        // a complete snapshot has no such warning
        JsonNode complete = JSON.readTree(CliRunner.exec("diagnose", "--tenant", FIXTURES.resolve("flat").toString(), "--user", "mei.lin@contoso.example",
                "--actor", "helpdesk@contoso.example", "-o", "json").out());
        assertThat(complete.get("findings").findValuesAsText("code")).doesNotContain("snapshot.incomplete");
    }

    @Test
    void tenantCheckSaysWhatIsThereAndWhy() throws IOException {
        String dir = FIXTURES.resolve("cases/manifest").toString();
        CliRunner.Result text = CliRunner.exec("tenant", "check", dir, "--actor-role", "helpdesk-admin");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("tenant 2f7c9a1e-0000-4000-8000-00000000c0de", "refused", "Authorization_RequestDenied",
                "unavailable (licence)", "Everything this audit needs is there.");
        JsonNode json = JSON.readTree(CliRunner.exec("tenant", "check", dir, "-o", "json").out());
        List<String> statuses = new ArrayList<>();
        json.get("collections").forEach(c -> statuses.add(c.get("name").asText() + "=" + c.get("status").asText()));
        assertThat(statuses).contains("users=present", "subscribedSkus=unavailable", "roleManagement-directory-roleEligibilityScheduleInstances=refused",
                "userRegistrationDetails=present");
        assertThat(json.get("collections").get(0).get("records").asLong()).isEqualTo(21);
        assertThat(json.get("ok").asBoolean()).isTrue();
        CliRunner.Result zh = CliRunner.exec("tenant", "check", dir, "--lang", "zh-CN");
        assertThat(zh.out()).contains("被拒绝", "此次审核所需的内容都已齐全");
    }

    @Test
    void tenantCheckFailsWhenUsersAreMissingAndNamesTheFacts(@TempDir Path dir) throws IOException {
        CliRunner.Result r = CliRunner.exec("tenant", "check", dir.toString(), "--lang", "zh-TW");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("users.json", "缺少", "此次稽核缺少");
        assertThat(CliRunner.exec("tenant", "check", dir.resolve("nope").toString()).exit()).isEqualTo(2);
        assertThat(CliRunner.exec("tenant", "check", FIXTURES.resolve("flat").toString(), "--actor", "nobody@contoso.example").exit()).isEqualTo(2);
    }

    @Test
    void everyFactOfTheInputHasASource() throws IOException {
        JsonNode d = JSON.readTree(CliRunner.exec("diagnose", "--tenant", FIXTURES.resolve("flat").toString(), "--user", "mei.lin@contoso.example",
                "--format", "json").out());
        JsonNode input = d.get("input");
        JsonNode sources = input.get("sources");
        input.fieldNames().forEachRemaining(k -> {
            if (!k.equals("sources") && !k.equals("scenario")) assertThat(sources.has(k)).as(k).isTrue();
        });
        assertThat(sources.get("lockedOut").asText()).isEqualTo("unknown");
        assertThat(sources.get("roles").asText()).isEqualTo("unknown");
    }

    @Test
    void appScriptCreatesAReadOnlyAppWithAFederatedCredential(@TempDir Path dir) throws Exception {
        CliRunner.Result bash = CliRunner.exec("tenant", "app-script", "--github-repo", "contoso/it-checks", "--github-branch", "main");
        assertThat(bash.exit()).isZero();
        assertThat(bash.out()).contains("az ad app create", "appRoleAssignments", "az ad app federated-credential create",
                "\"subject\":\"repo:contoso/it-checks:ref:refs/heads/main\"", "https://token.actions.githubusercontent.com", "api://AzureADTokenExchange");
        for (String permission : List.of("User.Read.All", "LicenseAssignment.Read.All", "Domain.Read.All", "RoleManagement.Read.Directory",
                "RoleEligibilitySchedule.Read.Directory", "GroupMember.Read.All", "AdministrativeUnit.Read.All", "Policy.Read.All",
                "OnPremDirectorySynchronization.Read.All", "AuditLog.Read.All")) {
            assertThat(bash.out()).contains(permission);
        }
        // read only: no permission that writes
        assertThat(bash.out()).doesNotContain("ReadWrite");
        Path script = dir.resolve("app.sh");
        Files.writeString(script, bash.out());
        Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        CliRunner.Result pwsh = CliRunner.exec("tenant", "app-script", "--shell", "pwsh", "--github-repo", "contoso/it-checks");
        assertThat(pwsh.out()).contains("New-MgApplication ", "New-MgServicePrincipalAppRoleAssignment", "New-MgApplicationFederatedIdentityCredential",
                "Subject = 'repo:contoso/it-checks:ref:refs/heads/main'");
        assertThat(CliRunner.exec("tenant", "app-script").out()).doesNotContain("federated-credential create").contains("No --github-repo");
        CliRunner.Result bad = CliRunner.exec("tenant", "app-script", "--github-repo", "contoso/x';rm -rf ~'");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
    }

    /**
     * The bash export script against a fake az: a refused request (403) does not stop the others, no file is
     * left half-written (no .part, no 0-byte file), and the end names the missing file with Graph's error.
     */
    @Test
    void exportScriptCarriesOnPastARefusal(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("jq") && onPath("bash"), "needs bash and jq");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path fake = bin.resolve("az");
        Files.writeString(fake, String.join("\n",
                "#!/usr/bin/env bash",
                "url=''; while [ $# -gt 0 ]; do [ \"$1\" = --url ] && url=$2; shift; done",
                "case \"$url\" in",
                "  *roleEligibilityScheduleInstances*) echo 'Forbidden({\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges\"}})' >&2; exit 1;;",
                "  *users*skiptoken*) echo '{\"value\":[{\"id\":\"2\",\"userPrincipalName\":\"b@contoso.example\"}]}';;",
                "  *users*) echo '{\"value\":[{\"id\":\"1\",\"userPrincipalName\":\"a@contoso.example\"}],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/users?$skiptoken=2\"}';;",
                "  *groups?*) echo '{\"value\":[{\"id\":\"g1\",\"isAssignableToRole\":true}]}';;",
                "  *) echo '{\"value\":[]}';;",
                "esac", ""));
        fake.toFile().setExecutable(true);
        Path work = Files.createDirectory(dir.resolve("snapshot"));
        Files.writeString(work.resolve("roleManagement-directory-roleEligibilityScheduleInstances.json"), "stale from an earlier run\n");
        Path script = dir.resolve("export.sh");
        Files.writeString(script, CliRunner.exec("tenant", "export-script", "--shell", "bash").out());
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).directory(work.toFile());
        pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out + err).isEqualTo(1);
        assertThat(work.resolve("users.json")).exists();
        assertThat(Files.readAllLines(work.resolve("users.json"))).hasSize(2);
        assertThat(work.resolve("userRegistrationDetails.json")).exists(); // requests after the refused one were made
        assertThat(work.resolve("groups-g1-members.json")).exists();
        assertThat(work.resolve("roleManagement-directory-roleEligibilityScheduleInstances.json")).doesNotExist();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part") || n.endsWith(".err"));
        }
        assertThat(err).contains("1 file(s) not written", "roleManagement-directory-roleEligibilityScheduleInstances.json", "Authorization_RequestDenied");
        // and what it wrote reads as a snapshot, the refused file reported as missing
        CliRunner.Result check = CliRunner.exec("tenant", "check", work.toString(), "-o", "json");
        assertThat(JSON.readTree(check.out()).get("unknownFacts").toString()).contains("roleNotActivated");
    }

    @Test
    void powershellExportScriptAlsoCarriesOnAndWritesWholeFiles() {
        String pwsh = CliRunner.exec("tenant", "export-script").out();
        assertThat(pwsh).contains("$part = \"$File.part\"", "Move-Item -LiteralPath $part -Destination $File -Force", "} catch {",
                "$script:missing += ", "exit 1", "identities,creationType,externalUserState", "administrativeUnits-$($o.id)-scopedRoleMembers.json");
        assertThat(pwsh).doesNotContain("set -e");
        String bash = CliRunner.exec("tenant", "export-script", "--shell", "bash").out();
        assertThat(bash).contains("set -uo pipefail").doesNotContain("set -euo");
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv("PATH").split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }
}
