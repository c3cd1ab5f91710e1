package sspr.doctor.i18n;

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
    /** The compiled bundles (content/compiled/messages), one per bundle and language, read on first use. */
    private static final Map<String, MessageTable> TABLES = new ConcurrentHashMap<>();
    private static final Map<String, Messages> INSTANCES = new ConcurrentHashMap<>();

    private final String lang;
    /** zh-CN, zh-TW: values filled in lose a space that would fall between two Chinese characters. */
    private final boolean chinese;
    private final MessageTable chosen;
    private final MessageTable english;
    /** key → its message split into text and placeholders, made the first time the key is formatted. */
    private final Map<String, MessageTemplate> templates = new ConcurrentHashMap<>();

    private Messages(String bundle, String lang) {
        this.lang = lang;
        this.chinese = lang.startsWith("zh");
        this.chosen = table(bundle, lang);
        this.english = lang.equals("en") ? chosen : table(bundle, "en");
    }

    /** Messages of {@code bundle} for the best match of {@code requestedTag}. */
    public static Messages of(String bundle, String requestedTag) {
        String lang = LanguageTags.match(requestedTag, LANGUAGES).tag();
        return INSTANCES.computeIfAbsent(bundle + "." + lang, k -> new Messages(bundle, lang));
    }

    private static MessageTable table(String bundle, String lang) {
        return TABLES.computeIfAbsent(bundle + "." + lang, k -> MessageTable.load(bundle, lang));
    }

    /**
     * Every key → message of {@code bundle} in exactly {@code lang} (no English fallback), from the
     * compiled bundle, in the order {@code Properties.stringPropertyNames()} gives them.
     */
    public static Map<String, String> entries(String bundle, String lang) {
        return table(bundle, lang).toMap();
    }

    public String lang() { return lang; }

    public boolean has(String key) {
        return chosen.has(key) || english.has(key);
    }

    public String get(String key) {
        String v = chosen.get(key);
        if (v == null) v = english.get(key);
        return v == null ? key : v;
    }

    /**
     * The message with {@code {name}} placeholders replaced by alternating name, value arguments. A
     * language that inflects for number writes {@code {name|one|other}}: the first word for exactly 1,
     * the second otherwise ("1 blocker", "2 blockers"); the others just leave it out.
     */
    public String format(String key, Object... namesAndValues) {
        MessageTemplate t = templates.get(key);
        if (t == null) {
            t = MessageTemplate.of(get(key));
            templates.put(key, t);
        }
        String text = t.format(namesAndValues);
        return chinese && namesAndValues.length > 0 ? CjkSpacing.tidy(text) : text;
    }

    /**
     * The source bundle {@code content/messages/<bundle>.<lang>.properties} parsed (empty when there
     * is none). Commands read the compiled form ({@link #of}); this is for checks and tests.
     */
    public static Properties load(String bundle, String lang) {
        return CACHE.computeIfAbsent(bundle + "." + lang, k -> {
            Properties p = MessageTable.parse(bundle, lang);
            return p == null ? new Properties() : p;
        });
    }
}
