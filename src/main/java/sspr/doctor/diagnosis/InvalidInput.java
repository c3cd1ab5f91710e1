package sspr.doctor.diagnosis;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/** A fact the user gave that cannot be used: unknown name, conflicting flags, bad profile. Exit code 2. */
public final class InvalidInput extends FixableError {
    public InvalidInput(String message) {
        super(message);
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public InvalidInput(String origin, LocalizedText text) {
        super(origin, text);
    }
}
