package sspr.doctor.tenant;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/** A tenant snapshot that cannot be used: malformed JSON (file:line:column), a user not in it. Exit code 2. */
public final class SnapshotException extends FixableError {
    public SnapshotException(String message) {
        super(message);
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public SnapshotException(String origin, LocalizedText text) {
        super(origin, text);
    }
}
