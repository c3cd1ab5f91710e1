package sspr.doctor.diagnosis;

/** A fact the user gave that cannot be used: unknown name, conflicting flags, bad profile. Exit code 2. */
public final class InvalidInput extends RuntimeException {
    public InvalidInput(String message) {
        super(message, null, false, false);
    }
}
