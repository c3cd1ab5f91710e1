package sspr.doctor.catalog;

import java.util.List;

/**
 * An Entra role: a built-in one from content/catalog/roles.csv, or a custom one from a Graph
 * role definition ({@code builtIn} false). {@code permissions} holds the resource actions that
 * matter for password reset (microsoft.directory/users/password/... and the wildcards that include
 * them); {@code auScopable} says whether it may be assigned at administrative-unit scope.
 */
public record Role(String alias, String displayName, String roleTemplateId, boolean isPrivileged,
                   boolean canResetPasswords, boolean inResetMatrix, boolean inSsprAdminPolicyList,
                   List<String> legacyNames, String note,
                   List<String> permissions, boolean auScopable, boolean builtIn, Provenance source) {
    public boolean deprecated() {
        return note != null && note.startsWith("deprecated");
    }
}
