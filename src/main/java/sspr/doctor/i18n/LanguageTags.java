package sspr.doctor.i18n;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * BCP 47 tags and the contract's matching: exact tag, then same language and script
 * (zh-HK → zh-TW, zh-SG → zh-CN, in → id-ID, en-GB → en), then English.
 */
public final class LanguageTags {
    public static final String ENGLISH = "en";

    private LanguageTags() {}

    /** The result of matching a requested tag against the languages something is available in. */
    public record Match(String tag, boolean fellBackToEnglish) {}

    /** Canonical form ({@code zh_tw} → {@code zh-TW}), or empty when the tag is malformed. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) return Optional.empty();
        String t = raw.strip().replace('_', '-');
        if (t.isEmpty()) return Optional.empty();
        String simple = simpleTag(t);
        if (simple != null) return Optional.of(simple);
        try {
            Locale locale = new Locale.Builder().setLanguageTag(t).build();
            if (locale.getLanguage().isEmpty()) return Optional.empty();
            return Optional.of(toTag(locale));
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * The canonical form of a tag of two letters, optionally a hyphen and two more ({@code zh-tw} → {@code zh-TW},
     * {@code in} → {@code id}), as {@link Locale} gives it, without building one (its parser and caches cost
     * start-up, and every run reads a tag); null for any other shape (then {@link Locale} decides).
     */
    public static String simpleTag(String t) {
        int n = t.length();
        if (n != 2 && n != 5) return null;
        if (!asciiLetter(t.charAt(0)) || !asciiLetter(t.charAt(1))) return null;
        if (n == 5 && (t.charAt(2) != '-' || !asciiLetter(t.charAt(3)) || !asciiLetter(t.charAt(4)))) return null;
        String lang = t.substring(0, 2).toLowerCase(Locale.ROOT);
        // the legacy codes Locale replaces
        switch (lang) {
            case "in": lang = "id"; break;
            case "iw": lang = "he"; break;
            case "ji": lang = "yi"; break;
            default: break;
        }
        return n == 2 ? lang : lang + "-" + t.substring(3).toUpperCase(Locale.ROOT);
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String toTag(Locale locale) {
        String tag = locale.toLanguageTag();
        return tag.startsWith("in") && (tag.length() == 2 || tag.charAt(2) == '-') ? "id" + tag.substring(2) : tag;
    }

    /** The language (lower case, legacy codes mapped: in → id, iw → he, ji → yi). */
    public static String language(String tag) {
        String lang = Locale.forLanguageTag(tag).getLanguage();
        switch (lang) {
            case "in": return "id";
            case "iw": return "he";
            case "ji": return "yi";
            default: return lang;
        }
    }

    /** The script, explicit or implied by the region for Chinese. */
    public static String script(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        if (!l.getScript().isEmpty()) return l.getScript();
        if (language(tag).equals("zh")) {
            switch (l.getCountry()) {
                case "TW": case "HK": case "MO": return "Hant";
                default: return "Hans";
            }
        }
        return "";
    }

    public static String region(String tag) {
        return Locale.forLanguageTag(tag).getCountry();
    }

    /**
     * Chooses among {@code available} for {@code requested} (both normalized tags).
     * Never fails: the last resort is English, or the first available language.
     */
    public static Match match(String requested, Collection<String> available) {
        for (String a : available) if (a.equalsIgnoreCase(requested)) return new Match(a, false);
        String lang = language(requested);
        String script = script(requested);
        String region = region(requested);
        String best = null;
        int bestScore = -1;
        for (String a : available) {
            if (!language(a).equals(lang) || !script(a).equals(script)) continue;
            int score = region(a).equals(region) ? 2 : region(a).isEmpty() ? 1 : 0;
            if (score > bestScore) { best = a; bestScore = score; }
        }
        if (best != null) return new Match(best, false);
        for (String a : available) if (a.equals(ENGLISH)) return new Match(a, !lang.equals("en"));
        for (String a : available) if (language(a).equals("en")) return new Match(a, !lang.equals("en"));
        String first = available.isEmpty() ? ENGLISH : available.iterator().next();
        return new Match(first, true);
    }

    /**
     * The default language: {@code SSPR_DOCTOR_LANG}, else the process locale, else English. A
     * malformed environment value or C/POSIX quietly means English.
     */
    public static String defaultTag(String envValue, Locale processLocale) {
        if (envValue != null && !envValue.isBlank()) {
            String v = stripEncoding(envValue);
            if (v.equals("C") || v.equals("POSIX")) return ENGLISH;
            return normalize(v).orElse(ENGLISH);
        }
        if (processLocale == null || processLocale.getLanguage().isEmpty()) return ENGLISH;
        return normalize(processLocale.toLanguageTag()).orElse(ENGLISH);
    }

    private static String stripEncoding(String v) {
        int dot = v.indexOf('.');
        if (dot >= 0) v = v.substring(0, dot);
        int at = v.indexOf('@');
        if (at >= 0) v = v.substring(0, at);
        return v.strip();
    }
}
