package sspr.doctor.i18n;

/**
 * An error the user can fix whose line can be worded in their language: where it happened (an
 * option, file:line:column; not translated) and what is wrong. {@code getMessage()} stays English.
 */
public interface LocalizedError {
    /** Where: "--role", "profile.yaml:3:7", or null. */
    String origin();

    /** What, or null when the error carries only a fixed English message. */
    LocalizedText text();

    /** The one line to print in {@code lang}. */
    default String line(String lang) {
        if (text() == null) return ((Throwable) this).getMessage();
        return origin() == null ? text().in(lang) : origin() + ": " + text().in(lang);
    }

    static String english(String origin, LocalizedText text) {
        return origin == null ? text.english() : origin + ": " + text.english();
    }
}
