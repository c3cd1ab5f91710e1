package sspr.doctor.content;

import sspr.doctor.io.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sspr.doctor.i18n.LanguageTags;
import sspr.doctor.text.ControlCharacters;

/**
 * Turns one content file into an {@link Article}, reporting every problem found on the way.
 * {@link Result#article()} is null when the file cannot be used at all.
 */
public final class ArticleLoader {
    public static final String PROJECT_TRANSLATION_KEY = "sspr-doctor-translation";

    /** The article (null when unusable), the file's problems, and what {@code content check} reports of it. */
    public record Result(Article article, List<Problem> problems, boolean entryCountMismatch, FileReport report) {}

    private ArticleLoader() {}

    public static Result load(ContentFile file, ArticleIndex index) {
        Reading r = new Reading(file, index);
        Article article = r.read();
        return new Result(article, r.problems, r.mismatch, r.report(article));
    }

    /** One file being read: what it found so far. */
    private static final class Reading {
        final ContentFile file;
        final ArticleIndex index;
        final String path;
        final List<Problem> problems = new ArrayList<>();
        final List<FileReport.Note> notes = new ArrayList<>();
        final List<FileReport.Control> controls = new ArrayList<>();
        List<Integer> pairLines = List.of();
        boolean bom;
        int crlfLines;
        boolean mismatch;
        int entries = -1;
        String lang;

        Reading(ContentFile file, ArticleIndex index) {
            this.file = file;
            this.index = index;
            this.path = file.path();
            this.lang = file.lang();
        }

        FileReport report(Article article) {
            String form = pairLines.isEmpty() ? FileReport.PLAIN : FileReport.SIDE_BY_SIDE;
            String reportedLang = article != null ? article.lang() : lang == null ? null : LanguageTags.normalize(lang).orElse(lang);
            return new FileReport(path, file.slug(), reportedLang, form, article != null && !mismatch, entries,
                    index == null ? -1 : index.ids().size(), bom, crlfLines, pairLines, controls, notes);
        }

        Article read() {
            byte[] bytes = file.bytes();
            if (bytes.length == 0) {
                problems.add(new Problem(path, 1, 1, "empty", "file is empty or larger than 4 MB", Map.of(Problem.MESSAGE_KEY, "content.empty")));
                return null;
            }
            String text;
            try {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                int bad = firstInvalidUtf8(bytes);
                problems.add(new Problem(path, lineAtByte(bytes, bad), 0, "encoding", "invalid UTF-8 at byte " + bad, Map.of(Problem.MESSAGE_KEY, "content.encoding", "byte", bad)));
                return null;
            }
            // Editors on Windows save Microsoft's copies with a BOM and CRLF: the same article, not a problem.
            if (text.startsWith("\uFEFF")) {
                bom = true;
                notes.add(new FileReport.Note(1, 1, "bom", "byte order mark at the start, ignored", Map.of()));
                text = text.substring(1);
            }
            int cr = text.indexOf('\r');
            if (cr >= 0) {
                crlfLines = (int) text.chars().filter(c -> c == '\r').count();
                int lineStart = text.lastIndexOf('\n', cr) + 1;
                notes.add(new FileReport.Note(lineAt(text, cr), text.codePointCount(lineStart, cr) + 1, "crlf",
                        "CRLF line endings (" + crlfLines + " " + (crlfLines == 1 ? "line" : "lines") + "), read as LF",
                        Map.of("count", crlfLines)));
                text = text.replace("\r\n", "\n").replace('\r', '\n');
            }
            findControls(text);
            ArticleParser.ParsedArticle parsed;
            try {
                parsed = ArticleParser.parse(text);
            } catch (ArticleParser.ArticleException e) {
                problems.add(new Problem(path, e.line, e.column, "front-matter", e.getMessage(),
                        e.key == null ? Map.of() : Map.of(Problem.MESSAGE_KEY, e.key)));
                return null;
            }
            pairLines = parsed.reducedPairLines();
            if (!pairLines.isEmpty()) {
                int first = pairLines.get(0);
                int last = pairLines.get(pairLines.size() - 1);
                notes.add(new FileReport.Note(first, 0, "pairs", pairLines.size() + " side-by-side span "
                        + (pairLines.size() == 1 ? "pair" : "pairs") + " reduced to the translated half (lines " + first + "-" + last + ")",
                        Map.of("count", pairLines.size(), "first", first, "last", last)));
            }
            FrontMatter fm = parsed.frontMatter();
            String locale = fm.get("ms.contentlocale");
            if (fm.get("title") == null || fm.get("title").isBlank()) {
                problems.add(new Problem(path, 2, 1, "front-matter", "front matter has no title", Map.of(Problem.MESSAGE_KEY, "content.no-title")));
            }
            if (locale == null || locale.isBlank()) {
                problems.add(new Problem(path, 2, 1, "locale", "front matter has no ms.contentlocale", Map.of(Problem.MESSAGE_KEY, "content.no-locale")));
                if (lang == null) return null;
            } else {
                String normalizedLocale = LanguageTags.normalize(locale).orElse(null);
                if (normalizedLocale == null) {
                    problems.add(new Problem(path, lineOfKey(text, "ms.contentlocale"), 1, "locale", "ms.contentlocale '" + locale + "' is not a language tag",
                            Map.of(Problem.MESSAGE_KEY, "content.locale-not-tag", "locale", locale)));
                    if (lang == null) return null;
                } else if (lang == null) {
                    lang = normalizedLocale;
                } else if (!sameLocation(lang, normalizedLocale)) {
                    problems.add(new Problem(path, lineOfKey(text, "ms.contentlocale"), 1, "locale",
                            "ms.contentlocale is " + locale + " but the file is stored as " + lang, Map.of(Problem.MESSAGE_KEY, "content.locale-mismatch", "locale", locale, "lang", lang)));
                }
            }
            if (lang != null) {
                String normalizedLang = LanguageTags.normalize(lang).orElse(null);
                if (normalizedLang == null) {
                    problems.add(new Problem(path, 0, 0, "locale", "file name '" + lang + "' is not a language tag", Map.of(Problem.MESSAGE_KEY, "content.file-not-tag", "lang", lang)));
                    return null;
                }
                lang = normalizedLang;
            }
            if (fm.get(PROJECT_TRANSLATION_KEY) == null && fm.get("ms.translationtype") == null && !"en".equals(LanguageTags.language(lang))) {
                problems.add(new Problem(path, 2, 1, "front-matter",
                        "translation has neither ms.translationtype nor " + PROJECT_TRANSLATION_KEY,
                        Map.of(Problem.MESSAGE_KEY, "content.no-translation-type", "key", PROJECT_TRANSLATION_KEY)));
            }
            checkLinks(path, text, fm.bodyLine(), problems);

            EntryMode mode = index == null ? EntryMode.BOLD_QUESTION : index.mode();
            EntrySplitter.Split split = EntrySplitter.split(parsed.blocks(), mode);
            entries = split.entries().size();
            if (index != null && split.entries().size() != index.ids().size()) {
                // another revision of the article: entries would get the wrong IDs, so the copy is not used
                mismatch = true;
                problems.add(new Problem(path, split.entries().isEmpty() ? fm.bodyLine() : split.entries().get(0).line(), 0, "entries",
                        "the copy has " + entries + (entries == 1 ? " entry" : " entries") + " but the index of " + file.slug() + " lists "
                                + index.ids().size() + "; it is not used",
                        Map.of("found", entries, "expected", index.ids().size(), "article", file.slug())));
            } else if (index == null) {
                problems.add(new Problem(path, 0, 0, "index", "no index.yaml for article " + file.slug() + "; entries are numbered",
                        Map.of(Problem.MESSAGE_KEY, "content.no-index", "article", file.slug())));
            }
            List<FaqEntry> faq = new ArrayList<>();
            for (int i = 0; i < split.entries().size(); i++) {
                EntrySplitter.RawEntry raw = split.entries().get(i);
                String id = index != null && i < index.ids().size() ? index.ids().get(i) : "entry-" + (i + 1);
                faq.add(new FaqEntry(file.slug(), id, lang, raw.question(), raw.answer(), raw.line()));
            }
            String translation = fm.get(PROJECT_TRANSLATION_KEY) != null ? fm.get(PROJECT_TRANSLATION_KEY) : fm.get("ms.translationtype");
            return new Article(file.slug(), lang, path, fm, parsed.title(), parsed.anchor(), split.intro(),
                    List.copyOf(faq), parsed.blocks(), translation);
        }

        /**
         * Control characters are removed wherever content text enters the model; here they are
         * found with their place, so {@code content check} can say what was removed.
         */
        private void findControls(String text) {
            if (ControlCharacters.isSafe(text)) return;
            int line = 1;
            int lineStart = 0;
            int scanned = 0;
            for (ControlCharacters.Finding f : ControlCharacters.find(text)) {
                for (; scanned < f.offset(); scanned++) {
                    if (text.charAt(scanned) == '\n') { line++; lineStart = scanned + 1; }
                }
                int column = text.codePointCount(lineStart, f.offset()) + 1;
                boolean problem = !f.expectedInText();
                controls.add(new FileReport.Control(line, column, f.kind(), f.codePointLabel(), f.what(), problem));
                Map<String, Object> args = Map.of("kind", f.kind(), "codePoint", f.codePointLabel());
                if (problem) {
                    problems.add(new Problem(path, line, column, "control", f.what() + " removed: it could control the terminal", args));
                } else {
                    notes.add(new FileReport.Note(line, column, "bidi", f.what() + " removed for display; the text keeps its order", args));
                }
            }
        }
    }

    private static boolean sameLocation(String pathTag, String locale) {
        if (pathTag.equalsIgnoreCase(locale)) return true;
        String p = LanguageTags.normalize(pathTag).orElse(pathTag);
        return LanguageTags.region(p).isEmpty() && LanguageTags.language(p).equals(LanguageTags.language(locale))
                && LanguageTags.script(p).equals(LanguageTags.script(locale));
    }

    private static void checkLinks(String path, String text, int bodyLine, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = bodyLine - 1; i < lines.length; i++) {
            // the '[' of a CSI sequence is no bracket: that sequence is reported on its own
            String line = ControlCharacters.clean(lines[i]);
            int broken = LinkSyntax.brokenLink(line);
            if (broken >= 0) {
                problems.add(new Problem(path, i + 1, broken + 1, "link", "malformed Markdown link", Map.of(Problem.MESSAGE_KEY, "content.link")));
            }
            int open = 0;
            for (char c : line.toCharArray()) {
                if (c == '[') open++;
                else if (c == ']') open--;
            }
            if (open != 0 && !line.startsWith("    ")) {
                problems.add(new Problem(path, i + 1, 1, "link", "unbalanced [ ] brackets", Map.of(Problem.MESSAGE_KEY, "content.brackets")));
            }
        }
    }

    private static int lineOfKey(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(key + ":")) return i + 1;
        return 0;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int lineAtByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : 0;
    }
}
