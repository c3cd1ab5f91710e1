package sspr.doctor.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per misreading of snapshots listed in issue 16, over the small snapshots make-fixtures.py
 * writes to src/test/resources/tenant/cases/ (and exporter3/, EntraExporter 3's layout).
 */
class TenantCasesTest {
    static final Path FIXTURES = Path.of("src/test/resources/tenant");

    private static SnapshotFacts target(String dir, String upn, boolean selfService) {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(dir));
        TenantSnapshot.User u = s.user(upn, "--user");
        return s.targetFacts(u, s.registration(u), selfService);
    }

    /** user-properties.md: userType does not say where an account is homed; identities, #EXT#, creationType and externalUserState do. */
    @ParameterizedTest(name = "{0}: {1} guest={2}")
    @CsvSource({
            "cases/b2b, ext.member_fabrikam.example#EXT#@contoso.onmicrosoft.com, true, identities",
            "cases/b2b, vendor.guest@contoso.example, false, identities",
            "cases/b2b, member.mail@contoso.example, true, identities",
            "cases/b2b, plain.member@contoso.example, false, identities",
            "cases/b2b-exporter, ext.member_fabrikam.example#EXT#@contoso.onmicrosoft.com, true, identities",
            "cases/b2b-exporter, vendor.guest@contoso.example, false, identities",
            "flat, partner_fabrikam.example#EXT#@contoso.onmicrosoft.com, true, userPrincipalName",
            "flat, mei.lin@contoso.example, false, userType",
    })
    void guestMeansHomedInAnotherOrganizationNotUserType(String dir, String upn, boolean guest, String property) {
        SnapshotFacts f = target(dir, upn, true);
        assertThat(f.facts().get("guest").value()).isEqualTo(guest);
        assertThat(String.valueOf(((Map<?, ?>) f.sources().get("guest")).get("path"))).endsWith("." + property);
    }

    /** An SPE_E3 whose Entra ID P1 plan is in disabledPlans gives no P1 (writeback) licensing; another plan off changes nothing. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "p1.off@contoso.example|[]",
            "exchange.off@contoso.example|[SPE_E3]",
            "p1.off.plus.p1@contoso.example|[AAD_PREMIUM]",
    })
    void disabledPlansAreHonoured(String upn, String licences) {
        SnapshotFacts f = target("cases/disabled-plans", upn, true);
        assertThat(String.valueOf(f.facts().get("license").value())).isEqualTo(licences);
    }

    @Test
    void disabledPlansKnownFromTheCatalogWithoutServicePlansInTheSnapshot() {
        // the fixture's subscribedSkus lists SPE_E3's service plans; without them the catalog says SPE_E3 bundles P1
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve("cases/disabled-plans"));
        UserFields u = new UserFields();
        u.assignedLicenses = List.of(new UserFields.License("05e9a617-0261-4cee-bb44-138d3ef5d965", List.of(TenantSnapshot.ENTRA_P1_PLAN)));
        SnapshotFacts f = new SnapshotFacts();
        u.at(new Source("users.json", "$.value[0]", 0));
        s.targetFacts(u, null, true, f);
        assertThat(f.facts().get("license").value()).isEqualTo(List.of());
    }

    /** No subscribedSkus.json: the tenant's licences (admin reset) are unknown, not [] (which would be a licence blocker). */
    @Test
    void withoutSubscribedSkusTheTenantsLicencesAreUnknown() {
        SnapshotFacts f = target("cases/no-skus", "mei.lin@contoso.example", false);
        assertThat(f.facts()).doesNotContainKey("license");
        assertThat(f.sources()).containsEntry("licenses", "unknown");
        // self-service still reads the user's own assignedLicenses
        assertThat(target("cases/no-skus", "mei.lin@contoso.example", true).facts().get("license").value()).isEqualTo(List.of("SPE_E3"));
    }

    /** EntraExporter 3: roleAssignmentScheduleInstances alone give the roles; AU-scoped roles come from AdministrativeUnits/<id>/ScopedRoleMembers. */
    @Test
    void exporter3RolesFromScheduleInstancesAndScopedRoleMembers() {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve("exporter3"));
        assertThat(s.missing()).doesNotContain(Collection.ROLE_ASSIGNMENTS);
        SnapshotFacts ops = target("exporter3", "ops-admin@contoso.example", false);
        assertThat(ops.facts().get("target-role").value()).isEqualTo(List.of("global-admin"));
        assertThat(String.valueOf(((Map<?, ?>) ops.sources().get("targetRoles")).get("file"))).startsWith("RoleManagement/Directory/RoleAssignmentScheduleInstances/");
        // grace holds Global Reader through the role-assignable group
        assertThat(target("exporter3", "grace@contoso.example", false).facts().get("target-role").value()).isEqualTo(List.of("global-reader"));
        // execadmin: User Administrator scoped to the restricted Executives unit, from ScopedRoleMembers (roleId = the directoryRole object)
        SnapshotFacts exec = target("exporter3", "execadmin@contoso.example", false);
        assertThat(exec.facts().get("target-role").value()).isEqualTo(List.of("user-admin"));
        assertThat(exec.facts().get("target-in-restricted-au").value()).isEqualTo(true);
        assertThat(String.valueOf(((Map<?, ?>) exec.sources().get("targetInRestrictedAu")).get("file"))).contains("/ScopedRoleMembers/");
        SnapshotFacts helpdesk = s.actorFacts(s.user("helpdesk@contoso.example", "--actor"));
        assertThat(helpdesk.facts().get("role").value()).isEqualTo(List.of("helpdesk-admin"));
        SnapshotFacts au = s.actorFacts(s.user("au.helpdesk@contoso.example", "--actor"));
        assertThat(au.facts().get("role").value()).isEqualTo(List.of("helpdesk-admin"));
        assertThat(au.facts().get("role-scope").value()).isEqualTo("au");
    }

    /** A flat snapshot with only roleAssignmentScheduleInstances: roles read from it, not unknown. */
    @Test
    void flatScheduleInstancesAloneGiveRoles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.copy(FIXTURES.resolve("flat/users.json"), dir.resolve("users.json"));
        String assignments = java.nio.file.Files.readString(FIXTURES.resolve("flat/roleManagement-directory-roleAssignments.json"));
        java.nio.file.Files.writeString(dir.resolve("roleManagement-directory-roleAssignmentScheduleInstances.json"), assignments);
        TenantSnapshot s = TenantSnapshot.open(dir);
        assertThat(s.missing()).doesNotContain(Collection.ROLE_ASSIGNMENTS);
        assertThat(s.actorFacts(s.user("helpdesk@contoso.example", "--actor")).facts().get("role").value()).isEqualTo(List.of("helpdesk-admin"));
        assertThat(s.check(true).missingRequired()).isEmpty();
    }

    /** A manifest's refused or unavailable collection is not read, even when a (0-byte) file was left behind: its facts stay unknown. */
    @Test
    void manifestWithholdsRefusedAndUnavailableCollections() {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve("cases/manifest"));
        assertThat(s.missing()).contains(Collection.ROLE_ELIGIBILITY, Collection.SUBSCRIBED_SKUS).doesNotContain(Collection.USERS);
        SnapshotFacts pim = s.actorFacts(s.user("pim.helpdesk@contoso.example", "--actor"));
        assertThat(pim.sources()).containsEntry("roleNotActivated", "unknown");
        assertThat(target("cases/manifest", "mei.lin@contoso.example", false).sources()).containsEntry("licenses", "unknown");
        SnapshotCheck check = s.check(true);
        assertThat(check.missingRequired()).isEmpty();
        assertThat(check.incomplete()).isTrue();
        SnapshotCheck.Line eligibility = check.lines().stream().filter(l -> l.collection() == Collection.ROLE_ELIGIBILITY).findFirst().orElseThrow();
        assertThat(eligibility.status()).isEqualTo("refused");
        assertThat(eligibility.error()).contains("Authorization_RequestDenied");
        assertThat(eligibility.unknownFacts()).containsExactly("roleNotActivated");
        SnapshotCheck.Line skus = check.lines().stream().filter(l -> l.collection() == Collection.SUBSCRIBED_SKUS).findFirst().orElseThrow();
        assertThat(skus.status()).isEqualTo("unavailable");
        assertThat(check.manifest().tenantId()).isEqualTo("2f7c9a1e-0000-4000-8000-00000000c0de");
    }

    @Test
    void partialUsersAreMissingUsers() {
        SnapshotCheck check = TenantSnapshot.open(FIXTURES.resolve("cases/manifest-partial-users")).check(false);
        assertThat(check.missingRequired()).extracting(SnapshotCheck.Line::collection).containsExactly(Collection.USERS);
        assertThat(check.missingRequired().get(0).status()).isEqualTo("partial");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"schemaVersion\":2,\"collections\":{}}", "{\"schemaVersion\":1,\"collections\":{\"users\":{\"status\":\"done\"}}}", "[1]"})
    void aBrokenManifestIsBadInput(String manifest, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("manifest.json"), manifest);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantSnapshot.open(dir)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("manifest.json");
    }

    /** The audit's streamed reading gives each user the facts diagnose gives (same derivation, no trees). */
    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter", "exporter3", "cases/b2b", "cases/disabled-plans"})
    void streamedUsersGiveTheSameFactsAsDiagnose(String dir) {
        TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(dir));
        int[] n = {0};
        s.eachUserFields(u -> {
            n[0]++;
            TenantAudit.Values streamed = new TenantAudit.Values();
            s.targetFacts(u, null, true, streamed);
            TenantSnapshot.User tree = s.user(u.id, "--user");
            SnapshotFacts f = s.targetFacts(tree, null, true);
            assertThat(streamed.facts().keySet()).as(u.userPrincipalName).isEqualTo(f.facts().keySet());
            for (String k : f.facts().keySet()) assertThat(streamed.facts().get(k).value()).as(u.userPrincipalName + " " + k).isEqualTo(f.facts().get(k).value());
        });
        assertThat(n[0]).isGreaterThan(2);
    }
}
