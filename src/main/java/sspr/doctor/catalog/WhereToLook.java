package sspr.doctor.catalog;

import java.util.Map;
import sspr.doctor.i18n.Messages;

/**
 * Where an error code or event shows up, in the reader's language. error-codes.csv's {@code source}
 * column stays English (it is provenance, and JSON prints it as it is); its text is a place, then
 * optionally a detail after "; " or in parentheses. The place is the longest {@code where.place.*}
 * message (catalog bundle, English) that starts the text; a detail that is a {@code where.detail.*}
 * message is translated, any other detail is what the portal or the event log shows (internal names,
 * codes, quoted messages) and is kept as it is, since that is what the reader searches for.
 */
public final class WhereToLook {
    private WhereToLook() {}

    /** {@code source} in {@code lang}; unchanged when no place starts it (in English, put back together as it was). */
    public static String text(String source, String lang) {
        Messages m = Messages.of("catalog", lang);
        if (source == null) return null;
        Map<String, String> english = Messages.entries("catalog", "en");
        String placeKey = null;
        int placeLength = -1;
        for (Map.Entry<String, String> e : english.entrySet()) {
            if (e.getKey().startsWith("where.place.") && source.startsWith(e.getValue()) && e.getValue().length() > placeLength) {
                placeKey = e.getKey();
                placeLength = e.getValue().length();
            }
        }
        if (placeKey == null) return source;
        String place = m.get(placeKey);
        String rest = source.substring(placeLength);
        if (rest.isEmpty()) return place;
        if (rest.startsWith("; ")) return m.format("where.after", "place", place, "detail", detail(rest.substring(2), english, m));
        if (rest.startsWith(" (") && rest.endsWith(")")) {
            return m.format("where.in-parens", "place", place, "detail", detail(rest.substring(2, rest.length() - 1), english, m));
        }
        return place + rest;
    }

    private static String detail(String text, Map<String, String> english, Messages m) {
        for (Map.Entry<String, String> e : english.entrySet()) {
            if (e.getKey().startsWith("where.detail.") && e.getValue().equals(text)) return m.get(e.getKey());
        }
        return text;
    }

    /** The kind of a code ({@code writeback-event} …) as a label in {@code lang}; the identifier when it has none. */
    public static String kind(String kind, String lang) {
        Messages m = Messages.of("catalog", lang);
        return m.has("kind." + kind) ? m.get("kind." + kind) : kind;
    }
}
