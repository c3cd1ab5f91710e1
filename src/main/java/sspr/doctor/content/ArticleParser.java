package sspr.doctor.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import sspr.doctor.io.YamlTree;
import sspr.doctor.text.ControlCharacters;

/** Parses a Microsoft help article: YAML front matter, then a CommonMark body. */
public final class ArticleParser {

    // Trailing spaces after a delimiter are invisible in an editor; the article is the same.
    private static final Pattern FRONT_MATTER_OPEN = Pattern.compile("---[ \\t]*\\n");
    private static final Pattern FRONT_MATTER_CLOSE = Pattern.compile("\\n---[ \\t]*(\\n|\\z)");
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Thrown when the file cannot be used at all. */
    public static final class ArticleException extends Exception {
        public final int line;
        public final int column;
        /** The ui message {@code problem.<key>} that words it in the user's language, or null (then it is shown in English). */
        public final String key;

        public ArticleException(String message, int line, int column) {
            this(message, null, line, column);
        }

        public ArticleException(String message, String key, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
            this.key = key;
        }
    }

    /**
     * The parsed body: title heading, anchor and blocks (entries are split later, per the index),
     * and the file line of every side-by-side span pair reduced to its translated half.
     */
    public record ParsedArticle(FrontMatter frontMatter, InlineText title, String anchor, List<Block> blocks,
                                List<Integer> reducedPairLines) {}

    private ArticleParser() {}

    public static ParsedArticle parse(String text) throws ArticleException {
        FrontMatter fm = frontMatter(text);
        String body = bodyOf(text, fm.bodyLine());
        Document doc = (Document) MARKDOWN.parse(body);
        int offset = fm.bodyLine() - 1;
        List<Block> blocks = new ArrayList<>();
        List<Integer> pairLines = new ArrayList<>();
        InlineText title = null;
        String anchor = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            Block b = block(n, offset, pairLines);
            if (title == null && b instanceof Block.Heading h && h.level() == 1) {
                title = h.text();
                anchor = h.anchor();
                continue;
            }
            if (b != null) blocks.add(b);
        }
        return new ParsedArticle(fm, title == null ? InlineText.EMPTY : title, anchor, List.copyOf(blocks), List.copyOf(pairLines));
    }

    static FrontMatter frontMatter(String text) throws ArticleException {
        Matcher open = FRONT_MATTER_OPEN.matcher(text);
        if (!open.lookingAt()) throw new ArticleException("missing front matter (the file must start with ---)", "content.no-front-matter", 1, 1);
        Matcher close = FRONT_MATTER_CLOSE.matcher(text);
        if (!close.find(open.end() - 1)) throw new ArticleException("front matter is not closed by ---", "content.front-matter-open", 1, 1);
        int end = close.start();
        String yaml = text.substring(open.end(), end + 1);
        YamlTree.Node root;
        try {
            root = YamlTree.parseYaml(yaml);
        } catch (YamlTree.SyntaxError e) {
            throw new ArticleException("front matter: " + e.getMessage(), e.line + 1, e.column);
        }
        if (!root.isMap()) throw new ArticleException("front matter is not a map of keys", "content.front-matter-not-map", 2, 1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, YamlTree.Node> e : root.asMap().entrySet()) {
            YamlTree.Node v = e.getValue();
            if (v.isScalar()) fields.put(e.getKey(), ControlCharacters.clean(v.text()));
            else if (v.isList()) {
                List<String> items = new ArrayList<>();
                for (YamlTree.Node item : v.asList()) items.add(ControlCharacters.clean(item.text()));
                fields.put(e.getKey(), String.join(",", items));
            }
        }
        int bodyLine = (int) text.substring(0, close.end()).chars().filter(c -> c == '\n').count()
                + (close.end() == text.length() && !text.endsWith("\n") ? 2 : 1);
        return new FrontMatter(fields, bodyLine);
    }

    private static String bodyOf(String text, int bodyLine) {
        int idx = 0;
        for (int line = 1; line < bodyLine && idx >= 0; line++) idx = text.indexOf('\n', idx) + 1;
        return idx <= 0 ? "" : text.substring(idx);
    }

    private static InlineCollector collect(Node n, int offset, int blockLine, List<Integer> pairLines) {
        InlineCollector c = InlineCollector.of(n);
        for (int index : c.reducedPairLines) pairLines.add(index < 0 ? blockLine : index + 1 + offset);
        return c;
    }

    private static int lineOf(Node n, int offset) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1 + offset;
    }

    private static Block block(Node n, int offset, List<Integer> pairLines) {
        int line = lineOf(n, offset);
        if (n instanceof org.commonmark.node.Heading h) {
            InlineCollector c = collect(h, offset, line, pairLines);
            return new Block.Heading(h.getLevel(), c.result(), c.anchor, line);
        }
        if (n instanceof Paragraph p) {
            InlineCollector c = collect(p, offset, line, pairLines);
            return new Block.Paragraph(c.result(), c.onlyBold(), line);
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) continue;
                List<Block> content = new ArrayList<>();
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    Block b = block(c, offset, pairLines);
                    if (b != null) content.add(b);
                }
                items.add(List.copyOf(content));
            }
            return new Block.ListBlock(n instanceof OrderedList, List.copyOf(items), line);
        }
        if (n instanceof HtmlBlock) return null;
        return new Block.Other("", line);
    }
}
