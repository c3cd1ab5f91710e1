package sspr.doctor.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.ParseErrors;
import sspr.doctor.io.SafeYaml;

/**
 * Reads Microsoft Graph {@code unifiedRoleDefinition} objects (GET /roleManagement/directory/roleDefinitions)
 * into {@link Role}s: one object, a page {@code {"value":[...]}}, or an array. A custom role
 * ({@code isBuiltIn: false}) is evaluated by its permissions: it may reset passwords when its
 * {@code rolePermissions[].allowedResourceActions}, less the {@code excludedResourceActions}, include
 * {@code microsoft.directory/users/password/update}; it may be assigned at administrative-unit scope
 * when one of its actions concerns users, groups or devices. Built-in definitions are skipped (the
 * catalogue knows them). Pure: text in, roles out; reading the file is the caller's business.
 */
public final class RoleDefinitionReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(SafeYaml.jsonFactory());

    private RoleDefinitionReader() {}

    /** The custom roles in {@code text}; {@code origin} names the file in errors and in each role's source. */
    public static List<Role> parse(String text, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            ParseErrors.Described d = ParseErrors.describe(e, null);
            throw new RoleDefinitionException(origin + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "") + ": " + d.message());
        }
        if (root == null || root.isMissingNode()) throw new RoleDefinitionException(origin, LocalizedText.of("role-definition-empty"));
        List<JsonNode> objects = new ArrayList<>();
        if (root.isArray()) root.forEach(objects::add);
        else if (root.isObject() && root.has("value") && root.get("value").isArray()) root.get("value").forEach(objects::add);
        else if (root.isObject()) objects.add(root);
        else throw new RoleDefinitionException(origin, LocalizedText.of("role-definition-not-object"));
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Role r = role(objects.get(i), origin, objects.size() == 1 && root.isObject() && !root.has("value") ? "$" : pathOf(root, i));
            if (r != null) out.add(r);
        }
        if (out.isEmpty()) throw new RoleDefinitionException(origin, LocalizedText.of("role-definition-none"));
        return out;
    }

    private static String pathOf(JsonNode root, int i) {
        return (root.isArray() ? "$" : "$.value") + "[" + i + "]";
    }

    /**
     * One definition as a Role, or null for a built-in one ({@code isBuiltIn: true}). {@code where} is
     * its JSON path in the file, for errors.
     */
    public static Role role(JsonNode d, String origin, String where) {
        return role(d, origin, where, null);
    }

    /**
     * As above; with {@code catalogue}, a built-in definition the catalogue does not know (a role newer
     * than it) is read too, evaluated by its permissions like a custom role. Without, built-ins are skipped.
     */
    public static Role role(JsonNode d, String origin, String where, RoleCatalog catalogue) {
        if (d == null || !d.isObject()) throw new RoleDefinitionException(origin + " " + where, LocalizedText.of("role-definition-not-object"));
        JsonNode builtIn = d.get("isBuiltIn");
        if (builtIn != null && builtIn.isBoolean() && builtIn.booleanValue()) {
            if (catalogue == null) return null;
            String template = text(d, "templateId") != null ? text(d, "templateId") : text(d, "id");
            String name = text(d, "displayName");
            if (template == null || catalogue.resolve(template).found() || (name != null && catalogue.resolve(name).found())) return null;
        }
        String name = text(d, "displayName");
        String id = text(d, "id");
        if (id == null) id = text(d, "templateId");
        if (name == null || name.isBlank() || id == null || id.isBlank()) {
            throw new RoleDefinitionException(origin + " " + where, LocalizedText.of("role-definition-no-name"));
        }
        JsonNode perms = d.get("rolePermissions");
        if (perms != null && !perms.isNull() && !perms.isArray()) {
            throw new RoleDefinitionException(origin + " " + where + ".rolePermissions", LocalizedText.of("role-definition-permissions"));
        }
        List<String> allowed = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        if (perms != null && perms.isArray()) {
            for (int i = 0; i < perms.size(); i++) {
                strings(perms.get(i), "allowedResourceActions", allowed, origin, where + ".rolePermissions[" + i + "]");
                strings(perms.get(i), "excludedResourceActions", excluded, origin, where + ".rolePermissions[" + i + "]");
            }
        }
        // the password actions it holds, as the catalogue lists them for built-in roles
        List<String> password = new ArrayList<>();
        boolean resets = ResourceActions.grants(allowed, excluded, ResourceActions.PASSWORD_UPDATE);
        if (resets) {
            for (String a : allowed) if (ResourceActions.includes(a, ResourceActions.PASSWORD_UPDATE)) password.add(a);
        }
        String description = text(d, "description");
        return new Role(name.strip(), name.strip(), id.strip().toLowerCase(Locale.ROOT), false, resets, false, false,
                List.of(), description == null ? "" : description, List.copyOf(password),
                ResourceActions.relevantToAdministrativeUnits(allowed), false, new Provenance(origin, "", "", ""));
    }

    private static void strings(JsonNode permission, String field, List<String> into, String origin, String where) {
        if (permission == null || !permission.isObject()) return;
        JsonNode list = permission.get(field);
        // the beta endpoint (EntraExporter reads beta) nests them in resourceActions
        JsonNode nested = permission.get("resourceActions");
        if ((list == null || list.isNull()) && nested != null && nested.isObject()) {
            list = nested.get(field);
            where = where + ".resourceActions";
        }
        if (list == null || list.isNull()) return;
        if (!list.isArray()) throw new RoleDefinitionException(origin + " " + where + "." + field, LocalizedText.of("role-definition-permissions"));
        for (JsonNode a : list) if (a.isTextual()) into.add(a.asText());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
