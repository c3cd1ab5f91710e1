package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedError;
import sspr.doctor.i18n.LocalizedText;

/** Something the user can fix: printed as one line on stderr, exit code 2. */
public final class UserError extends RuntimeException implements LocalizedError {
    private final String origin;
    private final LocalizedText text;

    public UserError(String message) {
        super(message, null, false, false);
        this.origin = null;
        this.text = null;
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public UserError(String origin, LocalizedText text) {
        super(LocalizedError.english(origin, text), null, false, false);
        this.origin = origin;
        this.text = text;
    }

    @Override
    public String origin() { return origin; }

    @Override
    public LocalizedText text() { return text; }
}
