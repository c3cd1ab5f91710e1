package sspr.doctor.diagnosis;

import sspr.doctor.i18n.LocalizedError;
import sspr.doctor.i18n.LocalizedText;

/** A fact the user gave that cannot be used: unknown name, conflicting flags, bad profile. Exit code 2. */
public final class InvalidInput extends RuntimeException implements LocalizedError {
    private final String origin;
    private final LocalizedText text;

    public InvalidInput(String message) {
        super(message, null, false, false);
        this.origin = null;
        this.text = null;
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public InvalidInput(String origin, LocalizedText text) {
        super(LocalizedError.english(origin, text), null, false, false);
        this.origin = origin;
        this.text = text;
    }

    @Override
    public String origin() { return origin; }

    @Override
    public LocalizedText text() { return text; }
}
