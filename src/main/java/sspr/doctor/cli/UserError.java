package sspr.doctor.cli;

/** Something the user can fix: printed as one line on stderr, exit code 2. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message, null, false, false);
    }
}
