package sspr.doctor.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fact the snapshot gives, from each layout of the fixture tenant (src/test/resources/tenant/make-fixtures.py). */
class TenantSnapshotTest {
    static final Path FIXTURES = Path.of("src/test/resources/tenant");

    static Stream<Arguments> targetFacts() {
        Object[][] rows = {
                {"mei.lin@contoso.example", "hybrid", true},
                {"mei.lin@contoso.example", "federated", false},
                {"mei.lin@contoso.example", "guest", false},
                {"mei.lin@contoso.example", "sign-in-blocked", false},
                {"mei.lin@contoso.example", "target-role", List.of("none")},
                {"mei.lin@contoso.example", "target-in-role-assignable-group", false},
                {"mei.lin@contoso.example", "target-member-of-restricted-au", false},
                {"mei.lin@contoso.example", "target-in-restricted-au", false},
                {"mei.lin@contoso.example", "writeback", true},
                {"mei.lin@contoso.example", "admin-sspr-disabled", false},
                {"mei.lin@contoso.example", "registered", true},
                {"mei.lin@contoso.example", "sspr-scope", "all"},
                {"mei.lin@contoso.example", "license", List.of("SPE_E3")},
                {"bob@ad.contoso.example", "federated", true},
                {"partner_fabrikam.example#EXT#@contoso.onmicrosoft.com", "guest", true},
                {"left.user@contoso.example", "sign-in-blocked", true},
                {"grace@contoso.example", "target-in-role-assignable-group", true},
                {"grace@contoso.example", "target-role", List.of("global-reader")},
                {"owen@contoso.example", "target-in-role-assignable-group", true},
                {"owen@contoso.example", "target-role", List.of("none")},
                {"rita@contoso.example", "target-member-of-restricted-au", true},
                {"execadmin@contoso.example", "target-in-restricted-au", true},
                {"execadmin@contoso.example", "target-role", List.of("user-admin")},
                {"sales.user@contoso.example", "target-member-of-restricted-au", false},
                {"ops-admin@contoso.example", "target-role", List.of("global-admin")},
                {"noreg@contoso.example", "registered", false},
                {"nossp@contoso.example", "sspr-scope", "selected"},
                {"nossp@contoso.example", "in-sspr-group", false},
                {"nossp@contoso.example", "hybrid", false},
                {"ana@contoso.example", "hybrid", false},
                {"ana@contoso.example", "license", List.of("AAD_PREMIUM", "ENTERPRISEPACK")},
        };
        return Stream.of("flat", "exporter").flatMap(layout -> Stream.of(rows).map(r -> Arguments.of(layout, r[0], r[1], r[2])));
    }

    @ParameterizedTest(name = "{0}: {1} {2} = {3}")
    @MethodSource
    void targetFacts(String layout, String upn, String fact, Object expected) {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(layout));
        TenantSnapshot.User u = s.user(upn, "--user");
        SnapshotFacts f = s.targetFacts(u, s.registration(u), true);
        assertThat(f.facts().get(fact)).as(fact).isNotNull();
        assertThat(f.facts().get(fact).value()).isEqualTo(expected);
        assertThat(f.sources().get(SnapshotFacts.inputKey(fact))).isInstanceOf(Map.class);
    }

    static Stream<Arguments> actorFacts() {
        Object[][] rows = {
                {"helpdesk@contoso.example", List.of("helpdesk-admin"), "tenant", false},
                {"pim.helpdesk@contoso.example", List.of("helpdesk-admin"), "tenant", true},
                {"au.helpdesk@contoso.example", List.of("helpdesk-admin"), "au", false},
                {"mei.lin@contoso.example", List.of("none"), "tenant", false},
        };
        return Stream.of("flat", "exporter").flatMap(layout -> Stream.of(rows).map(r -> Arguments.of(layout, r[0], r[1], r[2], r[3])));
    }

    @ParameterizedTest(name = "{0}: actor {1}")
    @MethodSource
    void actorFacts(String layout, String upn, List<String> roles, String scope, boolean notActivated) {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(layout));
        SnapshotFacts f = s.actorFacts(s.user(upn, "--actor"));
        assertThat(f.facts().get("role").value()).isEqualTo(roles);
        assertThat(f.facts().get("role-scope").value()).isEqualTo(scope);
        assertThat(f.facts().get("role-not-activated").value()).isEqualTo(notActivated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter"})
    void aFactTheSnapshotLacksIsUnknownNotFalse(String layout) {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(layout));
        TenantSnapshot.User sam = s.user("sam@contoso.example", "--user");
        assertThat(s.registration(sam)).isNull();
        SnapshotFacts f = s.targetFacts(sam, null, true);
        assertThat(f.facts()).doesNotContainKeys("registered", "sspr-scope", "in-sspr-group");
        assertThat(f.sources()).containsEntry("registered", "unknown").containsEntry("ssprScope", "unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter"})
    void usersAreFoundByIdAndCaseInsensitiveName(String layout) {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(layout));
        assertThat(s.user("0b8f6c2e-5a41-4d7e-9c3a-000000000013", "--user").userPrincipalName()).isEqualTo("rita@contoso.example");
        assertThat(s.user("Rita@Contoso.Example", "--user").id()).isEqualTo("0b8f6c2e-5a41-4d7e-9c3a-000000000013");
    }

    @org.junit.jupiter.api.Test
    void sourcesNameFilePathAndPageOfConcatenatedPagesAndReadUtf16AndBom() {
        TenantSnapshot flat = TenantSnapshot.open(FIXTURES.resolve("flat"));
        TenantSnapshot.User rita = flat.user("rita@contoso.example", "--user");
        SnapshotFacts f = flat.targetFacts(rita, flat.registration(rita), true);
        // rita is the first user of the second page of users.json
        assertThat(f.sources().get("hybrid")).isEqualTo(Map.of("file", "users.json", "path", "$.value[0].onPremisesSyncEnabled", "page", 2));
        // UTF-16LE with BOM (PowerShell 5.1) and UTF-8 with BOM
        assertThat(f.sources().get("adminSsprDisabled")).isEqualTo(Map.of("file", "policies-authorizationPolicy.json", "path", "$.allowedToUseSSPR"));
        assertThat(f.sources().get("federated")).isEqualTo(Map.of("file", "domains.json", "path", "$.value[0].authenticationType"));
        TenantSnapshot exporter = TenantSnapshot.open(FIXTURES.resolve("exporter"));
        TenantSnapshot.User mei = exporter.user("mei.lin@contoso.example", "--user");
        assertThat(exporter.targetFacts(mei, null, false).sources().get("hybrid")).isEqualTo(Map.of("file",
                "Users/0b8f6c2e-5a41-4d7e-9c3a-000000000001/0b8f6c2e-5a41-4d7e-9c3a-000000000001.json", "path", "$.onPremisesSyncEnabled"));
    }

    @org.junit.jupiter.api.Test
    void exportScriptWritesEveryFlatFileTheReaderLooksFor() {
        for (String script : List.of(ExportScript.pwsh(), ExportScript.bash())) {
            for (Collection c : Collection.values()) {
                if (c == Collection.DIRECTORY_ROLES || c == Collection.ROLE_ASSIGNMENT_SCHEDULES) continue; // other views of the same assignments; roleAssignments replaces them
                assertThat(script).as(c.name()).contains(c.flatFile);
            }
            assertThat(script).contains("groups-", "-members.json", "-owners.json", "administrativeUnits-");
            for (String scope : List.of("User.Read.All", "RoleManagement.Read.Directory", "AuditLog.Read.All", "Policy.Read.All",
                    "Domain.Read.All", "GroupMember.Read.All", "AdministrativeUnit.Read.All", "RoleEligibilitySchedule.Read.Directory",
                    "OnPremDirectorySynchronization.Read.All", "LicenseAssignment.Read.All")) {
                assertThat(script).contains(scope);
            }
        }
        assertThat(ExportScript.pwsh()).contains("Connect-MgGraph -Scopes", "Invoke-MgGraphRequest", "@odata.nextLink");
        assertThat(ExportScript.bash()).contains("az rest --method get", "@odata.nextLink");
    }

    /** EntraExporter without RoleManagement/: the legacy DirectoryRoles members and scopedMembers give the same roles. */
    @org.junit.jupiter.api.Test
    void directoryRoleMembersStandInForRoleAssignments(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path from = FIXTURES.resolve("exporter");
        try (Stream<Path> all = java.nio.file.Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("RoleManagement")) continue;
                Path to = tmp.resolve(rel.toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to);
                else java.nio.file.Files.copy(p, to);
            }
        }
        TenantSnapshot s = TenantSnapshot.open(tmp);
        assertThat(s.missing()).doesNotContain(Collection.ROLE_ASSIGNMENTS);
        assertThat(s.actorFacts(s.user("helpdesk@contoso.example", "--actor")).facts().get("role").value()).isEqualTo(List.of("helpdesk-admin"));
        assertThat(s.actorFacts(s.user("au.helpdesk@contoso.example", "--actor")).facts().get("role-scope").value()).isEqualTo("au");
        TenantSnapshot.User exec = s.user("execadmin@contoso.example", "--user");
        assertThat(s.targetFacts(exec, null, false).facts().get("target-in-restricted-au").value()).isEqualTo(true);
        TenantSnapshot.User grace = s.user("grace@contoso.example", "--user");
        assertThat(s.targetFacts(grace, null, false).facts().get("target-role").value()).isEqualTo(List.of("global-reader"));
    }
}
