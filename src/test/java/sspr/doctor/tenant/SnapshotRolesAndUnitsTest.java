package sspr.doctor.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.catalog.Role;
import sspr.doctor.diagnosis.Catalogs;

/**
 * Issue 16's two misreadings, in both layouts of the fixture tenant: a custom-role holder comes out
 * holding that role (not "none"), and a unit-scoped actor is told whether the user is in its units.
 */
class SnapshotRolesAndUnitsTest {
    static final Path FIXTURES = Path.of("src/test/resources/tenant");

    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter"})
    void aCustomRoleHolderHoldsTheCustomRole(String layout) {
        try {
            TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(layout));
            assertThat(s.missing()).doesNotContain(Collection.ROLE_DEFINITIONS);
            List<Role> custom = s.customRoles();
            assertThat(custom).extracting(Role::displayName).containsExactly("Contoso Directory Support");
            Role r = custom.get(0);
            assertThat(r.builtIn()).isFalse();
            assertThat(r.canResetPasswords()).isFalse();
            assertThat(r.auScopable()).isTrue();
            TenantSnapshot.User u = s.user("custom.holder@contoso.example", "--user");
            SnapshotFacts f = s.targetFacts(u, s.registration(u), false);
            assertThat(f.facts().get("target-role").value()).isEqualTo(List.of("Contoso Directory Support"));
            // the snapshot resolves its own custom roles without changing the process-wide catalogue
            assertThat(Catalogs.roles().resolve("Contoso Directory Support").found()).isFalse();
        } finally {
            Catalogs.useCustomRoles(List.of());
        }
    }

    @ParameterizedTest(name = "{0}: {1} by {2}: {3}")
    @CsvSource({
            "flat,sales.user@contoso.example,au.helpdesk@contoso.example,true",
            "flat,mei.lin@contoso.example,au.helpdesk@contoso.example,false",
            // a member of a restricted-management unit is not reached from a regular unit
            "flat,rita@contoso.example,au.helpdesk@contoso.example,false",
            // the restricted unit's own (unit-scoped User Administrator) reaches its member
            "flat,rita@contoso.example,execadmin@contoso.example,true",
            "flat,mei.lin@contoso.example,helpdesk@contoso.example,",
            "exporter,sales.user@contoso.example,au.helpdesk@contoso.example,true",
            "exporter,mei.lin@contoso.example,au.helpdesk@contoso.example,false",
            "exporter,rita@contoso.example,au.helpdesk@contoso.example,false",
            "exporter,rita@contoso.example,execadmin@contoso.example,true"})
    void aUnitScopedActorKnowsItsUnits(String layout, String target, String actor, Boolean expected) {
        try {
            TenantSnapshot s = TenantSnapshot.open(FIXTURES.resolve(layout));
            SnapshotFacts f = s.unitFacts(s.user(actor, "--actor"), s.user(target, "--user"));
            if (expected == null) {
                assertThat(f.facts()).doesNotContainKey("target-in-actor-unit");
                assertThat(f.sources().get("targetInActorUnit")).isEqualTo("unknown");
            } else {
                assertThat(f.facts().get("target-in-actor-unit").value()).isEqualTo(expected);
                assertThat(f.sources().get("targetInActorUnit")).isInstanceOf(java.util.Map.class);
            }
        } finally {
            Catalogs.useCustomRoles(List.of());
        }
    }
}
