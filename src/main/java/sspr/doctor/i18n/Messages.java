package sspr.doctor.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Human strings from {@code content/messages/<bundle>.<lang>.properties} (UTF-8). A key missing in
 * the chosen language falls back to English, so a partial translation never shows a raw key.
 */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("en", "id-ID", "zh-CN", "zh-TW");
    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final Properties chosen;
    private final Properties english;

    private Messages(String bundle, String lang) {
        this.lang = lang;
        this.chosen = load(bundle, lang);
        this.english = load(bundle, "en");
    }

    /** Messages of {@code bundle} for the best match of {@code requestedTag}. */
    public static Messages of(String bundle, String requestedTag) {
        String lang = LanguageTags.match(requestedTag, LANGUAGES).tag();
        return new Messages(bundle, lang);
    }

    public String lang() { return lang; }

    public boolean has(String key) {
        return chosen.containsKey(key) || english.containsKey(key);
    }

    public String get(String key) {
        String v = chosen.getProperty(key);
        if (v == null) v = english.getProperty(key);
        return v == null ? key : v;
    }

    /**
     * The message with {@code {name}} placeholders replaced by alternating name, value arguments. A
     * language that inflects for number writes {@code {name|one|other}}: the first word for exactly 1,
     * the second otherwise ("1 blocker", "2 blockers"); the others just leave it out.
     */
    public String format(String key, Object... namesAndValues) {
        String v = get(key);
        // one pass over the template split once; the replacement below only where that could differ (a value holding '{')
        String filled = MessageTemplate.of(v).format(namesAndValues);
        if (filled != null) return filled;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String name = String.valueOf(namesAndValues[i]);
            Object value = namesAndValues[i + 1];
            v = v.replace("{" + name + "}", String.valueOf(value));
            String plural = "{" + name + "|";
            for (int at = v.indexOf(plural); at >= 0; at = v.indexOf(plural)) {
                int end = v.indexOf('}', at);
                if (end < 0) break;
                String[] forms = v.substring(at + plural.length(), end).split("\\|", 2);
                boolean one = value instanceof Number n && n.longValue() == 1;
                v = v.substring(0, at) + (one || forms.length == 1 ? forms[0] : forms[1]) + v.substring(end + 1);
            }
        }
        return v;
    }

    public static Properties load(String bundle, String lang) {
        return CACHE.computeIfAbsent(bundle + "." + lang, k -> {
            Properties p = new Properties();
            String path = "content/messages/" + bundle + "." + lang + ".properties";
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
