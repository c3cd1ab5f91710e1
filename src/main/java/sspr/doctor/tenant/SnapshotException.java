package sspr.doctor.tenant;

/** A tenant snapshot that cannot be used: malformed JSON (file:line:column), a user not in it. Exit code 2. */
public final class SnapshotException extends RuntimeException {
    public SnapshotException(String message) {
        super(message, null, false, false);
    }
}
