package sspr.doctor.catalog;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/** A role definition that cannot be used: not JSON, not a unifiedRoleDefinition, a name taken by a built-in role. Exit code 2. */
public final class RoleDefinitionException extends FixableError {
    public RoleDefinitionException(String message) {
        super(message);
    }

    /** {@code origin}: the file (and line:column) the error is about. */
    public RoleDefinitionException(String origin, LocalizedText text) {
        super(origin, text);
    }
}
