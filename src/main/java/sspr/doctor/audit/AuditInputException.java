package sspr.doctor.audit;

import sspr.doctor.i18n.LocalizedError;
import sspr.doctor.i18n.LocalizedText;

/** An export the audit cannot read: names the file, the record or line, and the field. Exit code 2. */
public final class AuditInputException extends RuntimeException implements LocalizedError {
    private final String origin;
    private final LocalizedText text;

    public AuditInputException(String message) {
        super(message, null, false, false);
        this.origin = null;
        this.text = null;
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public AuditInputException(String origin, LocalizedText text) {
        super(LocalizedError.english(origin, text), null, false, false);
        this.origin = origin;
        this.text = text;
    }

    @Override
    public String origin() { return origin; }

    @Override
    public LocalizedText text() { return text; }
}
