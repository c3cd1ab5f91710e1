package sspr.doctor.cli;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/** Something the user can fix: printed as one line on stderr, exit code 2. */
public final class UserError extends FixableError {
    public UserError(String message) {
        super(message);
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public UserError(String origin, LocalizedText text) {
        super(origin, text);
    }
}
