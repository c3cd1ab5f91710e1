package sspr.doctor.catalog;

import java.util.Locale;

/** How names typed by users are compared: case-, space- and punctuation-insensitive. */
final class Names {
    private Names() {}

    /** Key for role names: legacy names carry remarks in parentheses, which are ignored. */
    static String key(String name) {
        return compact(name.replaceAll("\\([^)]*\\)", " "));
    }

    /** Key for product names, whose parentheses matter ("Business Premium (no Teams)"). */
    static String compact(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
