package sspr.doctor.audit;

/** An export the audit cannot read: names the file, the record or line, and the field. Exit code 2. */
public final class AuditInputException extends RuntimeException {
    public AuditInputException(String message) {
        super(message, null, false, false);
    }
}
