package sspr.doctor.wizard;

/**
 * One wizard question. {@code key} is the fact key (the long option name, as in profiles);
 * {@code messageKey} the text shown; {@code unknownAllowed} whether "?" is a valid answer.
 */
public record Question(String key, Kind kind, String messageKey, boolean unknownAllowed) {

    /** How an answer is read, validated and completed. */
    public enum Kind {
        /** one value from a fixed list */
        CHOICE,
        /** yes or no */
        YES_NO,
        /** comma-separated roles, or none */
        ROLES,
        /** comma-separated licences (product names may contain commas) */
        LICENSES,
        /** comma-separated symptoms, or none */
        SYMPTOMS;

        /** Answers that hold several values separated by commas; completion works on the last one. */
        public boolean multi() {
            return this == ROLES || this == LICENSES || this == SYMPTOMS;
        }
    }
}
