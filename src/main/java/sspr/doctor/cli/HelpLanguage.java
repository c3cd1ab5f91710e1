package sspr.doctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import sspr.doctor.i18n.LanguageTags;
import sspr.doctor.i18n.Messages;

/**
 * Localized {@code --help}: picocli reads descriptions from a resource bundle, keyed by option name
 * and optionally prefixed with the qualified command name ({@code sspr-doctor.diagnose.role}).
 * English lives in the annotations; other languages in {@code content/messages/help.<lang>.properties}.
 */
final class HelpLanguage {
    private HelpLanguage() {}

    /** Sets the bundle for the language the arguments or environment ask for (help is printed after parsing). */
    static void apply(CommandLine cl, String[] args, Map<String, String> env) {
        String lang = requested(args, env);
        if (lang.equals("en")) return;
        ResourceBundle bundle = load(lang);
        if (bundle != null) cl.setResourceBundle(bundle);
    }

    /** The supported language the arguments or environment ask for, read before (or without) parsing. */
    static String requested(String[] args, Map<String, String> env) {
        String requested = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) requested = args[i + 1];
            else if (args[i].startsWith("--lang=")) requested = args[i].substring("--lang=".length());
        }
        String tag = requested != null ? LanguageTags.normalize(requested).orElse("en")
                : Cli.languageFromEnv(env);
        return LanguageTags.match(tag, Messages.LANGUAGES).tag();
    }

    static ResourceBundle load(String lang) {
        String path = "content/messages/help." + lang + ".properties";
        try (InputStream in = HelpLanguage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) return null;
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)) {
                @Override
                public Locale getLocale() {
                    return Locale.forLanguageTag(lang);
                }
            };
        } catch (IOException e) {
            return null;
        }
    }
}
