package sspr.doctor.cli;

import sspr.doctor.text.Suggestions;
import sspr.doctor.i18n.LocalizedText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sspr.doctor.content.BundledContent;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.io.Problem;
import sspr.doctor.content.ContentStore;
import sspr.doctor.content.DirectoryContent;
import sspr.doctor.i18n.LanguageTags;
import sspr.doctor.i18n.Messages;

/**
 * What every command needs for one invocation: streams, the chosen language, colour, width and the
 * lazily loaded content. Built from the global options and the environment.
 */
public final class Cli {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final String requestedLang;
    private final boolean langFromOption;
    private final Path contentDir;
    private final Style style;
    private final boolean interactive;
    private Messages ui;
    private int width;
    private ContentLibrary library;
    private final Set<String> notices = new LinkedHashSet<>();

    Cli(PrintWriter out, PrintWriter err, Map<String, String> env, String langOption, Path contentDir,
        ColorMode color, boolean interactive) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.interactive = interactive;
        if (langOption != null) {
            this.requestedLang = LanguageTags.normalize(langOption)
                    .orElseThrow(() -> new UserError("--lang", LocalizedText.of("lang-invalid", "value", langOption)));
            this.langFromOption = true;
        } else {
            this.requestedLang = languageFromEnv(env);
            this.langFromOption = false;
        }
        if (contentDir != null) {
            if (!Files.isDirectory(contentDir)) throw new UserError("--content-dir", LocalizedText.of("no-such-directory", "path", contentDir));
            if (!Files.isReadable(contentDir)) throw new UserError("--content-dir", LocalizedText.of("not-readable", "path", contentDir));
        }
        this.contentDir = contentDir;
        this.style = new Style(useColor(color, env, interactive));
    }

    private Cli(Cli o, PrintWriter out) {
        this.out = out;
        this.err = o.err;
        this.env = o.env;
        this.requestedLang = o.requestedLang;
        this.langFromOption = o.langFromOption;
        this.contentDir = o.contentDir;
        this.style = new Style(false);
        this.interactive = false;
        this.ui = o.ui;
        this.width = 80;
        this.library = o.library;
    }

    /** The same invocation writing its results to {@code out} instead (a report for --output: no colour, width 80). */
    Cli withOut(PrintWriter out) {
        return new Cli(this, out);
    }

    /**
     * The language the environment asks for: {@link LanguageTags#defaultTag} of {@code SSPR_DOCTOR_LANG} and
     * {@link #localeFromEnv}, without building a {@link Locale} for the usual values ({@code en_US.UTF-8}, {@code C}).
     */
    static String languageFromEnv(Map<String, String> env) {
        String own = env.get("SSPR_DOCTOR_LANG");
        if (own == null || own.isBlank()) {
            for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
                String v = env.get(var);
                if (v == null || v.isBlank()) continue;
                int cut = v.length();
                for (int i = 0; i < v.length(); i++) if (v.charAt(i) == '.' || v.charAt(i) == '@') { cut = i; break; }
                String tag = v.substring(0, cut);
                if (tag.equals("C") || tag.equals("POSIX")) return LanguageTags.ENGLISH;
                String simple = LanguageTags.simpleTag(tag.replace('_', '-'));
                if (simple != null) return simple;
                break;
            }
        }
        return LanguageTags.defaultTag(own, localeFromEnv(env));
    }

    static Locale localeFromEnv(Map<String, String> env) {
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                int cut = v.length();
                for (int i = 0; i < v.length(); i++) if (v.charAt(i) == '.' || v.charAt(i) == '@') { cut = i; break; }
                String tag = v.substring(0, cut); // "en_US.UTF-8", "de_DE@euro": the part before (no regular expression at start-up)
                if (tag.equals("C") || tag.equals("POSIX")) return Locale.ENGLISH;
                return Locale.forLanguageTag(tag.replace('_', '-'));
            }
        }
        return null;
    }

    static boolean useColor(ColorMode mode, Map<String, String> env, boolean interactive) {
        if (mode == ColorMode.always) return true;
        if (mode == ColorMode.never) return false;
        // no-color.org: NO_COLOR counts only when present and not empty
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return false;
        if ("dumb".equals(env.get("TERM"))) return false;
        return interactive;
    }

    public PrintWriter out() { return out; }

    /** The writer Main hands to commands and the process's stdout beneath it (see {@link #outBytes}); null until registered. */
    private static volatile PrintWriter stdoutWriter;
    private static volatile java.io.OutputStream stdoutBytes;

    /** Main registers the writer it made for stdout and the byte stream beneath it (not a pager's buffer). */
    static void registerStdout(PrintWriter writer, java.io.OutputStream bytes) {
        stdoutWriter = writer;
        stdoutBytes = bytes;
    }

    /**
     * The byte stream beneath {@link #out()} when that is the process's stdout, else null (tests, a
     * pager, a report written to a file). Output already encoded (a --batch's thousands of repeated
     * answers) goes there without being decoded and encoded again; flush {@link #out()} first.
     */
    java.io.OutputStream outBytes() {
        PrintWriter w = stdoutWriter;
        return w != null && w == out ? stdoutBytes : null;
    }
    /**
     * Prints a whole answer to {@link #out()}: when that is the process's stdout, as UTF-8 bytes straight beneath
     * it (a string of ASCII becomes its bytes by a copy; the writer's encoder loops per character, interpreted
     * at start-up). The same bytes either way.
     */
    public void printWhole(String text) {
        java.io.OutputStream bytes = outBytes();
        if (bytes == null) {
            out.print(text);
            return;
        }
        out.flush();
        try {
            bytes.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public PrintWriter err() { return err; }
    public Map<String, String> env() { return env; }
    public Style style() { return style; }
    public boolean interactive() { return interactive; }
    public String requestedLang() { return requestedLang; }
    public boolean hasContentDir() { return contentDir != null; }
    public boolean langFromOption() { return langFromOption; }

    /** Terminal width: COLUMNS, else 80 (also when piped, so wrapped output is stable). */
    public int width() {
        if (width == 0) width = measureWidth();
        return width;
    }

    /** The compiled FAQ index of the bundled articles, or null when --content-dir may change them. */
    public sspr.doctor.bundle.FaqIndex faqIndex() {
        return hasContentDir() ? null : sspr.doctor.bundle.CompiledContent.faqIndex();
    }

    private int measureWidth() {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.strip());
                if (w >= 20 && w <= 1000) return w;
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        if (interactive) {
            int w = TerminalSize.columns();
            if (w >= 20) return w;
        }
        return 80;
    }

    /** UI strings in the chosen language. */
    public Messages ui() {
        if (ui == null) {
            ui = Messages.of("ui", requestedLang);
            if (LanguageTags.match(requestedLang, Messages.LANGUAGES).fellBackToEnglish()) {
                notice(ui.format("notice.fallback", "lang", requestedLang, "used", ui.lang()));
            }
        }
        return ui;
    }

    /** The language the tool's own messages are shown in (a notice is printed if it is a fallback). */
    public String messagesLanguage() {
        return ui().lang();
    }

    /** " (did you mean a, b?)" in the user's language, or "" when no candidate is close. */
    public String didYouMean(String typed, java.util.Collection<String> candidates) {
        return LocalizedText.didYouMean(Suggestions.closest(typed, candidates, 3)).in(messagesLanguage());
    }

    public String t(String key, Object... namesAndValues) {
        return ui().format(key, namesAndValues);
    }

    private sspr.doctor.report.ReportContext report;

    /** What the renderers in sspr.doctor.report may know of this invocation: messages, colour, width. */
    public sspr.doctor.report.ReportContext report() {
        if (report == null) report = new sspr.doctor.report.ReportContext(this::ui, style, this::width);
        return report;
    }

    /** The articles, loaded on first use; problems in them are reported once on stderr. */
    public ContentLibrary library() {
        if (library == null) {
            List<ContentStore> stores = new ArrayList<>();
            stores.add(new BundledContent());
            if (contentDir != null) stores.add(new DirectoryContent(contentDir));
            library = ContentLibrary.load(stores);
            // one warning per file; a refused copy says so rather than naming a lesser problem
            Map<String, Problem> warning = new java.util.LinkedHashMap<>();
            for (Problem p : library.problems()) {
                if (p.code().equals("index") && p.message().startsWith("no index.yaml")) continue;
                if (p.code().equals("entries")) warning.put(p.file(), p);
                else warning.putIfAbsent(p.file(), p);
            }
            for (Problem p : warning.values()) {
                err.println(ErrorLines.safe(t("warning.content", "location", p.location(), "message", problemText(p))));
            }
        }
        return library;
    }

    /** A problem in the user's language when the ui bundle words its code, else its English message. */
    public String problemText(Problem p) {
        return report().problemText(p);
    }

    /** As {@link sspr.doctor.report.ReportContext#contentText}, in this invocation's language. */
    public String contentText(String key, Map<String, Object> args, String english) {
        return report().contentText(key, args, english);
    }

    /** A notice on stderr, printed once per invocation however often it is raised. */
    public void notice(String message) {
        if (notices.add(message)) err.println(ErrorLines.safe(message));
    }

    public void languageFallback(String what, String usedLang) {
        notice(t("notice.fallback", "lang", requestedLang, "what", what, "used", usedLang));
    }
}
