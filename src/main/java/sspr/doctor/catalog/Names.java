package sspr.doctor.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** How names typed by users are compared: case-, space- and punctuation-insensitive. */
final class Names {
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}_\\-]+");

    private Names() {}

    /** Key for role names: legacy names carry remarks in parentheses, which are ignored. */
    static String key(String name) {
        return compact(REMARK.matcher(name).replaceAll(" "));
    }

    /** Key for product names, whose parentheses matter ("Business Premium (no Teams)"). */
    static String compact(String name) {
        return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
