package sspr.doctor.content;

import sspr.doctor.io.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sspr.doctor.i18n.LanguageTags;

/**
 * Turns one content file into an {@link Article}, reporting every problem found on the way.
 * {@link Result#article()} is null when the file cannot be used at all.
 */
public final class ArticleLoader {
    public static final String PROJECT_TRANSLATION_KEY = "sspr-doctor-translation";
    private static final Pattern BROKEN_LINK = Pattern.compile("\\]\\s+\\(|\\]\\((\\s*\\)|[^)\\s]*\\s[^)]*\\))|\\[[^\\]]*\\]\\([^)]*$");

    public record Result(Article article, List<Problem> problems, boolean entryCountMismatch) {}

    private ArticleLoader() {}

    public static Result load(ContentFile file, ArticleIndex index) {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes = file.bytes();
        String path = file.path();
        if (bytes.length == 0) {
            problems.add(new Problem(path, 1, 1, "empty", "file is empty or larger than 4 MB"));
            return new Result(null, problems, false);
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            problems.add(new Problem(path, lineAtByte(bytes, bad), 0, "encoding", "invalid UTF-8 at byte " + bad));
            return new Result(null, problems, false);
        }
        // Editors on Windows save Microsoft's copies with a BOM and CRLF: the same article, not a problem.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        ArticleParser.ParsedArticle parsed;
        try {
            parsed = ArticleParser.parse(text);
        } catch (ArticleParser.ArticleException e) {
            problems.add(new Problem(path, e.line, e.column, "front-matter", e.getMessage()));
            return new Result(null, problems, false);
        }
        FrontMatter fm = parsed.frontMatter();
        String lang = file.lang();
        String locale = fm.get("ms.contentlocale");
        if (fm.get("title") == null || fm.get("title").isBlank()) {
            problems.add(new Problem(path, 2, 1, "front-matter", "front matter has no title"));
        }
        if (locale == null || locale.isBlank()) {
            problems.add(new Problem(path, 2, 1, "locale", "front matter has no ms.contentlocale"));
            if (lang == null) return new Result(null, problems, false);
        } else {
            String normalizedLocale = LanguageTags.normalize(locale).orElse(null);
            if (normalizedLocale == null) {
                problems.add(new Problem(path, lineOfKey(text, "ms.contentlocale"), 1, "locale", "ms.contentlocale '" + locale + "' is not a language tag"));
                if (lang == null) return new Result(null, problems, false);
            } else if (lang == null) {
                lang = normalizedLocale;
            } else if (!sameLocation(lang, normalizedLocale)) {
                problems.add(new Problem(path, lineOfKey(text, "ms.contentlocale"), 1, "locale",
                        "ms.contentlocale is " + locale + " but the file is stored as " + lang));
            }
        }
        if (lang != null) {
            String normalizedLang = LanguageTags.normalize(lang).orElse(null);
            if (normalizedLang == null) {
                problems.add(new Problem(path, 0, 0, "locale", "file name '" + lang + "' is not a language tag"));
                return new Result(null, problems, false);
            }
            lang = normalizedLang;
        }
        if (fm.get(PROJECT_TRANSLATION_KEY) == null && fm.get("ms.translationtype") == null && !"en".equals(LanguageTags.language(lang))) {
            problems.add(new Problem(path, 2, 1, "front-matter",
                    "translation has neither ms.translationtype nor " + PROJECT_TRANSLATION_KEY));
        }
        checkLinks(path, text, fm.bodyLine(), problems);

        EntryMode mode = index == null ? EntryMode.BOLD_QUESTION : index.mode();
        EntrySplitter.Split split = EntrySplitter.split(parsed.blocks(), mode);
        List<FaqEntry> entries = new ArrayList<>();
        boolean mismatch = false;
        if (index != null && split.entries().size() != index.ids().size()) {
            mismatch = true;
            // another revision of the article: entries would get the wrong IDs, so the copy is not used
            problems.add(new Problem(path, split.entries().isEmpty() ? fm.bodyLine() : split.entries().get(0).line(), 0, "entries",
                    "the copy has " + split.entries().size() + (split.entries().size() == 1 ? " entry" : " entries") + " but the index of " + file.slug() + " lists "
                            + index.ids().size() + "; it is not used",
                    java.util.Map.of("found", split.entries().size(), "expected", index.ids().size(), "article", file.slug())));
        } else if (index == null) {
            problems.add(new Problem(path, 0, 0, "index", "no index.yaml for article " + file.slug() + "; entries are numbered"));
        }
        for (int i = 0; i < split.entries().size(); i++) {
            EntrySplitter.RawEntry raw = split.entries().get(i);
            String id = index != null && i < index.ids().size() ? index.ids().get(i) : "entry-" + (i + 1);
            entries.add(new FaqEntry(file.slug(), id, lang, raw.question(), raw.answer(), raw.line()));
        }
        String translation = fm.get(PROJECT_TRANSLATION_KEY) != null ? fm.get(PROJECT_TRANSLATION_KEY) : fm.get("ms.translationtype");
        Article article = new Article(file.slug(), lang, path, fm, parsed.title(), parsed.anchor(), split.intro(),
                List.copyOf(entries), parsed.blocks(), translation);
        return new Result(article, problems, mismatch);
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
            Matcher m = BROKEN_LINK.matcher(lines[i]);
            if (m.find()) {
                problems.add(new Problem(path, i + 1, m.start() + 1, "link", "malformed Markdown link"));
            }
            int open = 0;
            for (char c : lines[i].toCharArray()) {
                if (c == '[') open++;
                else if (c == ']') open--;
            }
            if (open != 0 && !lines[i].startsWith("    ")) {
                problems.add(new Problem(path, i + 1, 1, "link", "unbalanced [ ] brackets"));
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
