package sspr.doctor.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes test fixtures in the shape of Microsoft's side-by-side ({@code live-sxs}) copies: every
 * paragraph, heading and list item becomes {@code <span data-ttu-id="…">translated</span><span
 * class="sxs-lookup"><span data-stu-id="…">English</span></span>}. The shapes vary on purpose: bold
 * inside the spans and around them, spans inside links, several span pairs per paragraph (one per
 * sentence), heading anchors before the span, and English halves that hold Markdown.
 *
 * <p>The checked-in folder {@code src/test/resources/side-by-side} is this class's output for ten
 * locales; {@code translations.tsv} there holds the question texts (written for these tests, not
 * Microsoft's). Regenerate with {@code mvn test -Dtest=SideBySideFixturesTest -Dfixtures.update=true}.
 */
public final class SideBySide {
    public static final Path FOLDER = Path.of("src/test/resources/side-by-side");
    public static final List<String> ARTICLES = List.of(
            "issues-with-credentials", "user-reset-password-setup", "having-self-service-password-reset-problems");
    private static final Pattern LINE = Pattern.compile("^(\\s*(?:#+\\s+(?:<a name=\"[^\"]*\"></a>)?|[-*]\\s+|\\d+\\.\\s+)?)(.*?)\\s*$");
    private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");
    private static final Pattern LINK = Pattern.compile("^\\[([^\\]]+)\\]\\(([^)\\s]+)\\)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.:])\\s+(?=[A-Z\\[*])");

    private final String idPrefix;
    private int segment = 100;
    private int bold;

    private SideBySide(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The file split at its front matter: {front matter including both ---, body lines}. */
    public static String[] split(String file) {
        int end = file.indexOf("\n---\n", 3);
        return new String[] {file.substring(0, end + 5), file.substring(end + 5)};
    }

    /**
     * Wraps every content line of {@code translated} (a whole article file) in span pairs whose
     * English halves come from the same line of {@code english}: both must have the same line
     * structure, as Microsoft's translations of one revision do.
     */
    public static String wrap(String translated, String english, String idPrefix) {
        String[] t = split(translated);
        String[] e = split(english);
        return t[0] + new SideBySide(idPrefix).body(t[1].split("\n", -1), e[1].split("\n", -1));
    }

    private String body(String[] translated, String[] english) {
        if (translated.length != english.length) throw new IllegalArgumentException("line structures differ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < translated.length; i++) {
            if (i > 0) out.append('\n');
            Matcher t = LINE.matcher(translated[i]);
            Matcher e = LINE.matcher(english[i]);
            if (!t.matches() || !e.matches() || t.group(2).isEmpty()) {
                out.append(translated[i]);
                continue;
            }
            if (!t.group(1).equals(e.group(1))) throw new IllegalArgumentException("line " + (i + 1) + " differs in structure");
            out.append(t.group(1)).append(content(t.group(2), e.group(2)));
        }
        return out.toString();
    }

    private String content(String translated, String english) {
        Matcher tb = BOLD.matcher(translated);
        Matcher eb = BOLD.matcher(english);
        if (tb.matches() && eb.matches()) {
            // most copies bold inside each half; some bold around the whole pair
            return bold++ % 3 == 2
                    ? "**" + pair(tb.group(1), eb.group(1)) + "**"
                    : pair("**" + tb.group(1) + "**", "**" + eb.group(1) + "**");
        }
        Matcher tl = LINK.matcher(translated);
        Matcher el = LINK.matcher(english);
        if (tl.matches() && el.matches() && tl.group(2).equals(el.group(2))) {
            return "[" + pair(tl.group(1), el.group(1)) + "](" + tl.group(2) + ")";
        }
        if (translated.equals(english)) {
            // an untranslated paragraph: one pair per sentence, English Markdown in both halves
            List<String> pairs = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(english)) pairs.add(pair(sentence, sentence));
            return String.join(" ", pairs);
        }
        return pair(translated, english);
    }

    private String pair(String translated, String english) {
        String id = idPrefix + "-" + (++segment);
        return "<span data-ttu-id=\"" + id + "\">" + translated + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + english + "</span></span>";
    }

    /** Question and title texts per language: lang → "article/id" (or "article/title") → text. */
    public static Map<String, Map<String, String>> translations() throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("translations.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", 4);
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1] + "/" + f[2], f[3]);
        }
        return out;
    }

    /**
     * A side-by-side copy of a bundled English article in {@code lang}: title and questions from
     * {@code texts}, the rest left in English in both halves (as Microsoft does for segments it does
     * not translate).
     */
    public static String generate(String slug, String lang, Map<String, String> texts, Article english) throws IOException {
        String file = Files.readString(Path.of("content/articles", slug, "en.md"), StandardCharsets.UTF_8);
        String[] parts = split(file);
        Map<String, String> byEnglish = new LinkedHashMap<>();
        for (FaqEntry e : english.entries()) byEnglish.put(e.question().plain(), texts.get(slug + "/" + e.id()));
        String[] lines = parts[1].split("\n", -1);
        String[] translated = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            translated[i] = lines[i];
            if (!m.matches() || m.group(2).isEmpty()) continue;
            String content = m.group(2);
            Matcher b = BOLD.matcher(content);
            if (m.group(1).startsWith("# ")) {
                translated[i] = m.group(1) + texts.get(slug + "/title");
            } else if (b.matches() && byEnglish.containsKey(b.group(1))) {
                translated[i] = m.group(1) + "**" + byEnglish.get(b.group(1)) + "**";
            } else if (byEnglish.containsKey(content)) {
                translated[i] = m.group(1) + byEnglish.get(content);
            }
        }
        StringBuilder front = new StringBuilder("---\n")
                .append("# Test fixture for sspr-doctor in the shape of Microsoft's side-by-side copies; the texts are not Microsoft's.\n")
                .append("title: '").append(texts.get(slug + "/title").replace("'", "''")).append("'\n");
        for (String line : parts[0].split("\n")) {
            if (line.equals("---") || line.startsWith("title:") || line.startsWith("ms.contentlocale:")
                    || line.startsWith(ArticleLoader.PROJECT_TRANSLATION_KEY)) continue;
            front.append(line).append('\n');
        }
        front.append("ms.translationtype: MT\nms.contentlocale: ").append(lang).append("\n---\n");
        String id = Integer.toHexString((slug + lang).hashCode() & 0xFFFFF);
        return front + new SideBySide(id).body(translated, lines);
    }

    /** Every fixture file: path under {@link #FOLDER} → content. */
    public static Map<String, String> all(ContentLibrary bundled) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> lang : translations().entrySet()) {
            for (String slug : ARTICLES) {
                Article en = bundled.exact(slug, "en").orElseThrow();
                files.put(slug + "/" + lang.getKey() + ".md", generate(slug, lang.getKey(), lang.getValue(), en));
            }
        }
        return files;
    }
}
