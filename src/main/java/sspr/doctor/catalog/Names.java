package sspr.doctor.catalog;

import java.util.Locale;

/** How names typed by users are compared: case-, space- and punctuation-insensitive. */
final class Names {
    private Names() {}

    static String key(String name) {
        String noParen = name.replaceAll("\\([^)]*\\)", " ");
        return noParen.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
