package sspr.doctor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graph unifiedRoleDefinition JSON → custom roles, evaluated by their permissions. */
class RoleDefinitionReaderTest {
    static final String ONE = "{\"id\":\"AAAA0000-0000-4000-8000-000000000001\",\"displayName\":\"Helpdesk Lite\",\"isBuiltIn\":false,"
            + "\"rolePermissions\":[{\"allowedResourceActions\":[\"microsoft.directory/users/password/update\"]}]}";

    @Test
    void oneObjectPageOrArray() {
        for (String text : List.of(ONE, "{\"value\":[" + ONE + "]}", "[" + ONE + "]")) {
            List<Role> roles = RoleDefinitionReader.parse(text, "f.json");
            assertThat(roles).hasSize(1);
            Role r = roles.get(0);
            assertThat(r.displayName()).isEqualTo("Helpdesk Lite");
            assertThat(r.roleTemplateId()).isEqualTo("aaaa0000-0000-4000-8000-000000000001");
            assertThat(r.builtIn()).isFalse();
            assertThat(r.canResetPasswords()).isTrue();
            assertThat(ResourceActions.resetsPasswords(r)).isTrue();
            assertThat(r.auScopable()).isTrue();
            assertThat(r.source().page()).isEqualTo("f.json");
        }
    }

    @Test
    void builtInDefinitionsAreSkippedUnlessTheCatalogueLacksThem() {
        String builtIn = "{\"id\":\"729827e3-9c14-49f7-bb1b-9608f156bbb8\",\"displayName\":\"Helpdesk Administrator\",\"isBuiltIn\":true,"
                + "\"rolePermissions\":[{\"allowedResourceActions\":[\"microsoft.directory/users/password/update\"]}]}";
        String newer = "{\"id\":\"99999999-0000-4000-8000-000000000009\",\"templateId\":\"99999999-0000-4000-8000-000000000009\",\"displayName\":\"Brand New Responder\",\"isBuiltIn\":true,"
                + "\"rolePermissions\":[{\"allowedResourceActions\":[\"microsoft.directory/users/password/update\"]}]}";
        assertThat(RoleDefinitionReader.parse("[" + builtIn + "," + ONE + "]", "f")).extracting(Role::displayName).containsExactly("Helpdesk Lite");
        RoleCatalog catalogue = sspr.doctor.diagnosis.Catalogs.builtInRoles();
        assertThat(RoleDefinitionReader.role(com(builtIn), "f", "$", catalogue)).isNull();
        Role r = RoleDefinitionReader.role(com(newer), "f", "$", catalogue);
        assertThat(r.displayName()).isEqualTo("Brand New Responder");
        assertThat(ResourceActions.resetsPasswords(r)).isTrue();
    }

    private static com.fasterxml.jackson.databind.JsonNode com(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void excludedActionsAndWildcardsAndTheBetaShape() {
        String wildcard = "{\"id\":\"b\",\"displayName\":\"Ops\",\"rolePermissions\":[{\"allowedResourceActions\":[\"microsoft.directory/users/allProperties/allTasks\"]}]}";
        String excluded = "{\"id\":\"c\",\"displayName\":\"Ops Minus\",\"rolePermissions\":[{\"allowedResourceActions\":[\"microsoft.directory/users/allProperties/allTasks\"],"
                + "\"excludedResourceActions\":[\"microsoft.directory/users/password/update\"]}]}";
        String beta = "{\"id\":\"d\",\"displayName\":\"Beta\",\"rolePermissions\":[{\"resourceActions\":{\"allowedResourceActions\":[\"microsoft.directory/users/password/update\"]}}]}";
        String apps = "{\"id\":\"e\",\"displayName\":\"Apps\",\"rolePermissions\":[{\"allowedResourceActions\":[\"microsoft.directory/applications/credentials/update\"]}]}";
        assertThat(RoleDefinitionReader.parse(wildcard, "f").get(0).canResetPasswords()).isTrue();
        assertThat(RoleDefinitionReader.parse(excluded, "f").get(0).canResetPasswords()).isFalse();
        assertThat(RoleDefinitionReader.parse(beta, "f").get(0).canResetPasswords()).isTrue();
        Role a = RoleDefinitionReader.parse(apps, "f").get(0);
        assertThat(a.canResetPasswords()).isFalse();
        assertThat(a.auScopable()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\": |f.json:1",
            "42|a role definition is a JSON object",
            "{\"id\":\"x\"}|needs a displayName and an id",
            "{\"displayName\":\"x\",\"id\":\"y\",\"rolePermissions\":{}}|must be lists",
            "{\"value\":[{\"id\":\"h\",\"displayName\":\"Helpdesk Administrator\",\"isBuiltIn\":true}]}|no custom role definition"})
    void badFilesSayWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> RoleDefinitionReader.parse(text, "f.json"))
                .isInstanceOf(RoleDefinitionException.class).hasMessageContaining(message);
    }

    @Test
    void aCustomRoleCannotTakeABuiltInName() {
        Role clash = RoleDefinitionReader.parse("{\"id\":\"z\",\"displayName\":\"Helpdesk Admin\"}", "f.json").get(0);
        assertThatThrownBy(() -> sspr.doctor.diagnosis.Catalogs.builtInRoles().withCustom(List.of(clash)))
                .isInstanceOf(RoleDefinitionException.class).hasMessageContaining("Helpdesk Administrator");
        Role ok = RoleDefinitionReader.parse(ONE, "f.json").get(0);
        RoleCatalog c = sspr.doctor.diagnosis.Catalogs.builtInRoles().withCustom(List.of(ok, ok));
        assertThat(c.custom()).hasSize(1);
        assertThat(c.resolve("helpdesk lite").value()).isSameAs(ok);
        assertThat(c.resolve("AAAA0000-0000-4000-8000-000000000001").value()).isSameAs(ok);
    }

    @ParameterizedTest(name = "{0} includes {1}: {2}")
    @CsvSource({
            "microsoft.directory/users/password/update,microsoft.directory/users/password/update,true",
            "microsoft.directory/users/allProperties/allTasks,microsoft.directory/users/password/update,true",
            "microsoft.directory/allEntities/allProperties/allTasks,microsoft.directory/users/password/update,true",
            "microsoft.directory/users/password/allTasks,microsoft.directory/users/password/update,true",
            "microsoft.directory/users/allProperties/read,microsoft.directory/users/password/update,false",
            "microsoft.directory/users/passwordPolicies/update,microsoft.directory/users/password/update,false",
            "microsoft.directory/groups/allProperties/allTasks,microsoft.directory/users/password/update,false",
            "microsoft.azure.supportTickets/allEntities/allTasks,microsoft.directory/users/password/update,false",
            "microsoft.directory/users/allProperties/allTasks,microsoft.directory/users/disable,true",
            "MICROSOFT.DIRECTORY/USERS/PASSWORD/UPDATE,microsoft.directory/users/password/update,true"})
    void wildcards(String granted, String wanted, boolean expected) {
        assertThat(ResourceActions.includes(granted, wanted)).isEqualTo(expected);
    }
}
