package sspr.doctor.catalog;

import java.util.List;

/** An Entra built-in role, as in content/catalog/roles.csv. */
public record Role(String alias, String displayName, String roleTemplateId, boolean isPrivileged,
                   boolean canResetPasswords, boolean inResetMatrix, boolean inSsprAdminPolicyList,
                   List<String> legacyNames, String note) {
    public boolean deprecated() {
        return note != null && note.startsWith("deprecated");
    }
}
