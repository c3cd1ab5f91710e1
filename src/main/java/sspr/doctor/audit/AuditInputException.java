package sspr.doctor.audit;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/** An export the audit cannot read: names the file, the record or line, and the field. Exit code 2. */
public final class AuditInputException extends FixableError {
    public AuditInputException(String message) {
        super(message);
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public AuditInputException(String origin, LocalizedText text) {
        super(origin, text);
    }
}
