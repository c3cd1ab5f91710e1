package sspr.doctor.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.content.Article;
import sspr.doctor.content.ArticleIndex;
import sspr.doctor.content.Block;
import sspr.doctor.content.EntryMode;
import sspr.doctor.content.FaqEntry;
import sspr.doctor.content.FrontMatter;
import sspr.doctor.content.InlineText;
import sspr.doctor.content.Segment;
import sspr.doctor.io.PackedReader;
import sspr.doctor.io.PackedWriter;
import sspr.doctor.io.Problem;

/**
 * The parsed bundled articles in the compact form of {@link PackedWriter}, written at build time and
 * read by {@code faq show}, {@code articles} and the search: plain reads into the records' constructors.
 * Java serialization (the form before) looks up every class and builds a constructor handle for each
 * record type at run time, which cost a cold start over 100 ms.
 */
public final class ArticlesCodec {
    private static final int MAGIC = 0x41525443; // "ARTC"
    private static final int HEADING = 0, PARAGRAPH = 1, LIST = 2, OTHER = 3;
    private static final int STRING = 0, INT = 1, LONG = 2, BOOLEAN = 3;

    private ArticlesCodec() {}

    public static byte[] write(CompiledContent.Articles a) {
        PackedWriter out = new PackedWriter();
        out.writeInt(a.articles().size());
        for (Article x : a.articles()) article(x, out);
        out.writeInt(a.indexes().size());
        for (Map.Entry<String, ArticleIndex> e : a.indexes().entrySet()) {
            out.writeString(e.getKey());
            ArticleIndex i = e.getValue();
            out.writeBoolean(i != null);
            if (i != null) out.writeString(i.slug()).writeString(i.mode() == null ? null : i.mode().name()).writeStrings(i.ids());
        }
        out.writeInt(a.problems().size());
        for (Problem p : a.problems()) {
            out.writeString(p.file()).writeInt(p.line()).writeInt(p.column()).writeString(p.code()).writeString(p.message());
            out.writeInt(p.args().size());
            for (Map.Entry<String, Object> e : p.args().entrySet()) {
                out.writeString(e.getKey());
                Object v = e.getValue();
                if (v instanceof String s) out.writeInt(STRING).writeString(s);
                else if (v instanceof Integer n) out.writeInt(INT).writeInt(n);
                else if (v instanceof Long n) out.writeInt(LONG).writeInt((int) (n >>> 32)).writeInt((int) (long) n);
                else if (v instanceof Boolean b) out.writeInt(BOOLEAN).writeBoolean(b);
                else throw new IllegalArgumentException("problem argument of a type the compiled form does not hold: " + v.getClass());
            }
        }
        return out.toBytes(MAGIC);
    }

    public static CompiledContent.Articles read(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, MAGIC);
        int n = count(in, compiled);
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) articles.add(article(in, compiled));
        Map<String, ArticleIndex> indexes = new LinkedHashMap<>();
        for (int i = count(in, compiled); i > 0; i--) {
            String key = in.readString();
            if (!in.readBoolean()) { indexes.put(key, null); continue; }
            String slug = in.readString();
            String mode = in.readString();
            indexes.put(key, new ArticleIndex(slug, mode == null ? null : EntryMode.valueOf(mode), in.readStrings()));
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = count(in, compiled); i > 0; i--) {
            String file = in.readString();
            int line = in.readInt(), column = in.readInt();
            String code = in.readString(), message = in.readString();
            Map<String, Object> args = new LinkedHashMap<>();
            for (int j = count(in, compiled); j > 0; j--) {
                String key = in.readString();
                int type = in.readInt();
                Object v = switch (type) {
                    case STRING -> in.readString();
                    case INT -> in.readInt();
                    case LONG -> ((long) in.readInt() << 32) | (in.readInt() & 0xffffffffL);
                    case BOOLEAN -> in.readBoolean();
                    default -> throw new IOException("corrupt compiled articles");
                };
                args.put(key, v);
            }
            problems.add(new Problem(file, line, column, code, message, args));
        }
        return new CompiledContent.Articles(articles, indexes, problems);
    }

    private static int count(PackedReader in, byte[] compiled) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > compiled.length) throw new IOException("corrupt compiled articles");
        return n;
    }

    private static void article(Article a, PackedWriter out) {
        out.writeString(a.slug()).writeString(a.lang()).writeString(a.file());
        out.writeBoolean(a.frontMatter() != null);
        if (a.frontMatter() != null) {
            out.writeInt(a.frontMatter().fields().size());
            for (Map.Entry<String, String> e : a.frontMatter().fields().entrySet()) out.writeString(e.getKey()).writeString(e.getValue());
            out.writeInt(a.frontMatter().bodyLine());
        }
        inline(a.title(), out);
        out.writeString(a.anchor());
        blocks(a.intro(), out);
        out.writeInt(a.entries().size());
        for (FaqEntry e : a.entries()) {
            out.writeString(e.article()).writeString(e.id()).writeString(e.lang());
            inline(e.question(), out);
            blocks(e.answer(), out);
            out.writeInt(e.line());
        }
        blocks(a.blocks(), out);
        out.writeString(a.translation());
    }

    private static Article article(PackedReader in, byte[] compiled) throws IOException {
        String slug = in.readString(), lang = in.readString(), file = in.readString();
        FrontMatter front = null;
        if (in.readBoolean()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = count(in, compiled); i > 0; i--) fields.put(in.readString(), in.readString());
            front = new FrontMatter(fields, in.readInt());
        }
        InlineText title = inline(in, compiled);
        String anchor = in.readString();
        List<Block> intro = blocks(in, compiled);
        int n = count(in, compiled);
        List<FaqEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(new FaqEntry(in.readString(), in.readString(), in.readString(), inline(in, compiled), blocks(in, compiled), in.readInt()));
        }
        return new Article(slug, lang, file, front, title, anchor, intro, List.copyOf(entries), blocks(in, compiled), in.readString());
    }

    private static void inline(InlineText t, PackedWriter out) {
        out.writeBoolean(t != null);
        if (t == null) return;
        segments(t.display(), out);
        segments(t.source(), out);
    }

    private static InlineText inline(PackedReader in, byte[] compiled) throws IOException {
        if (!in.readBoolean()) return null;
        return new InlineText(segments(in, compiled), segments(in, compiled));
    }

    private static void segments(List<Segment> segments, PackedWriter out) {
        out.writeInt(segments.size());
        for (Segment s : segments) out.writeString(s.text()).writeString(s.url());
    }

    private static List<Segment> segments(PackedReader in, byte[] compiled) throws IOException {
        int n = count(in, compiled);
        Segment[] out = new Segment[n];
        for (int i = 0; i < n; i++) out[i] = new Segment(in.readString(), in.readString());
        return List.of(out);
    }

    private static void blocks(List<Block> blocks, PackedWriter out) {
        out.writeInt(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                out.writeInt(HEADING).writeInt(h.level());
                inline(h.text(), out);
                out.writeString(h.anchor()).writeInt(h.line());
            } else if (b instanceof Block.Paragraph p) {
                out.writeInt(PARAGRAPH);
                inline(p.text(), out);
                out.writeBoolean(p.onlyBold()).writeInt(p.line());
            } else if (b instanceof Block.ListBlock l) {
                out.writeInt(LIST).writeBoolean(l.ordered()).writeInt(l.items().size());
                for (List<Block> item : l.items()) blocks(item, out);
                out.writeInt(l.line());
            } else if (b instanceof Block.Other o) {
                out.writeInt(OTHER).writeString(o.text()).writeInt(o.line());
            }
        }
    }

    private static List<Block> blocks(PackedReader in, byte[] compiled) throws IOException {
        int n = count(in, compiled);
        Block[] out = new Block[n];
        for (int i = 0; i < n; i++) {
            int kind = in.readInt();
            out[i] = switch (kind) {
                case HEADING -> new Block.Heading(in.readInt(), inline(in, compiled), in.readString(), in.readInt());
                case PARAGRAPH -> new Block.Paragraph(inline(in, compiled), in.readBoolean(), in.readInt());
                case LIST -> {
                    boolean ordered = in.readBoolean();
                    int items = count(in, compiled);
                    List<List<Block>> all = new ArrayList<>(items);
                    for (int j = 0; j < items; j++) all.add(blocks(in, compiled));
                    yield new Block.ListBlock(ordered, List.copyOf(all), in.readInt());
                }
                case OTHER -> new Block.Other(in.readString(), in.readInt());
                default -> throw new IOException("corrupt compiled articles");
            };
        }
        return List.of(out);
    }
}
