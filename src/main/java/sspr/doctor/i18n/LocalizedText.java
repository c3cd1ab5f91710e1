package sspr.doctor.i18n;

import java.util.Arrays;

/**
 * A message of the {@code errors} bundle with its arguments, worded only when printed: the core
 * raises it without knowing the user's language, the command line renders it in theirs. An argument
 * that is itself a LocalizedText (a did-you-mean, a hint) is worded in the same language.
 */
public final class LocalizedText {
    /** Renders as nothing: an optional part left out. */
    public static final LocalizedText NONE = new LocalizedText(null, new Object[0]);

    private final String key;
    private final Object[] namesAndValues;

    private LocalizedText(String key, Object[] namesAndValues) {
        this.key = key;
        this.namesAndValues = namesAndValues;
    }

    public static LocalizedText of(String key, Object... namesAndValues) {
        return new LocalizedText(key, namesAndValues);
    }

    /** " (did you mean a, b?)" when there are close candidates, else nothing. */
    public static LocalizedText didYouMean(java.util.List<String> close) {
        return close.isEmpty() ? NONE : of("did-you-mean", "names", String.join(", ", close));
    }

    /** An argument worded per language outside the errors bundle (a role's name as the tool prints it there). */
    @FunctionalInterface
    public interface PerLanguage {
        String in(String lang);
    }

    public String key() { return key; }

    public String in(String lang) {
        if (key == null) return "";
        Object[] worded = Arrays.copyOf(namesAndValues, namesAndValues.length);
        for (int i = 1; i < worded.length; i += 2) {
            if (worded[i] instanceof LocalizedText t) worded[i] = t.in(lang);
            else if (worded[i] instanceof PerLanguage p) worded[i] = p.in(lang);
        }
        return Messages.of("errors", lang).format(key, worded);
    }

    public String english() { return in("en"); }

    @Override
    public String toString() { return english(); }
}
