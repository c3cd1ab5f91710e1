package sspr.doctor.tenant;

import sspr.doctor.i18n.LocalizedError;
import sspr.doctor.i18n.LocalizedText;

/** A tenant snapshot that cannot be used: malformed JSON (file:line:column), a user not in it. Exit code 2. */
public final class SnapshotException extends RuntimeException implements LocalizedError {
    private final String origin;
    private final LocalizedText text;

    public SnapshotException(String message) {
        super(message, null, false, false);
        this.origin = null;
        this.text = null;
    }

    /** {@code origin}: the option or file:line:column the error is about, or null. */
    public SnapshotException(String origin, LocalizedText text) {
        super(LocalizedError.english(origin, text), null, false, false);
        this.origin = origin;
        this.text = text;
    }

    @Override
    public String origin() { return origin; }

    @Override
    public LocalizedText text() { return text; }
}
