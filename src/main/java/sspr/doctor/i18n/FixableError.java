package sspr.doctor.i18n;

/**
 * The common part of the errors a user can fix (exit 2): an English message for logs and tests, and
 * where it happened with what is wrong, for the command line to word in the user's language.
 */
public abstract class FixableError extends RuntimeException implements LocalizedError {
    private final String origin;
    private final LocalizedText text;

    protected FixableError(String message) {
        super(message, null, false, false);
        this.origin = null;
        this.text = null;
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    protected FixableError(String origin, LocalizedText text) {
        super(LocalizedError.english(origin, text), null, false, false);
        this.origin = origin;
        this.text = text;
    }

    @Override
    public String origin() { return origin; }

    @Override
    public LocalizedText text() { return text; }
}
