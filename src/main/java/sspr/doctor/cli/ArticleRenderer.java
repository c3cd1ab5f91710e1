package sspr.doctor.cli;

import java.util.ArrayList;
import java.util.List;
import sspr.doctor.content.Block;
import sspr.doctor.content.InlineText;
import sspr.doctor.content.Segment;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;

/**
 * Renders article blocks for a terminal (wrapped, bullets, numbered link references, no HTML) or
 * as clean Markdown. With {@code source}, each block that a side-by-side copy carries in English
 * too is followed by its English text, marked {@value #SOURCE_MARK}, so translation and source are
 * read together.
 */
final class ArticleRenderer {
    static final String SOURCE_MARK = "│ ";
    private final int width;
    private final Style style;
    private final boolean source;
    private final List<String> links = new ArrayList<>();

    ArticleRenderer(int width, Style style, boolean source) {
        this.width = width;
        this.style = style;
        this.source = source;
    }

    List<String> links() { return links; }

    /** Terminal text of blocks, each line indented by {@code indent}. */
    void text(List<Block> blocks, String indent, StringBuilder out) {
        boolean first = true;
        for (Block b : blocks) {
            if (!first && !(b instanceof Block.ListBlock)) out.append('\n');
            first = false;
            if (b instanceof Block.Heading h) {
                String t = inlineText(h.text().display());
                out.append(indent).append(style.bold(t)).append('\n');
                sourceInto(h.text(), indent, out);
                out.append(indent).append((h.level() <= 2 ? "=" : "-").repeat(Math.min(width - indent.length(), DisplayWidth.of(t)))).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                wrapInto(inlineText(p.text().display()), indent, indent, out, p.onlyBold());
                sourceInto(p.text(), indent, out);
            } else if (b instanceof Block.ListBlock l) {
                int n = 1;
                for (List<Block> item : l.items()) {
                    String marker = l.ordered() ? (n++) + ". " : "• ";
                    String hanging = indent + " ".repeat(DisplayWidth.of(marker));
                    boolean firstBlock = true;
                    for (Block inner : item) {
                        if (inner instanceof Block.Paragraph p) {
                            wrapInto(inlineText(p.text().display()), firstBlock ? indent + marker : hanging, hanging, out, false);
                            sourceInto(p.text(), hanging, out);
                        } else {
                            text(List.of(inner), hanging, out);
                        }
                        firstBlock = false;
                    }
                }
            }
        }
    }

    /** Link references collected while rendering, as "[n] url" lines. */
    void linkFootnotes(String indent, StringBuilder out) {
        for (int i = 0; i < links.size(); i++) {
            out.append(indent).append(style.dim("[" + (i + 1) + "] " + links.get(i))).append('\n');
        }
    }

    /** With --source: the English half of a side-by-side text under its translation. */
    private void sourceInto(InlineText t, String indent, StringBuilder out) {
        if (!hasDistinctSource(source, t)) return;
        String english = inlineText(t.source());
        int avail = Math.max(20, width - DisplayWidth.of(indent) - SOURCE_MARK.length());
        for (String line : TextWrapper.wrap(english, avail)) out.append(indent).append(style.dim(SOURCE_MARK + line)).append('\n');
    }

    static boolean hasDistinctSource(boolean source, InlineText t) {
        return source && t.hasSource() && !t.sourcePlain().equals(t.plain());
    }

    /** A question or title line and, with --source, its English text under it. */
    void heading(InlineText t, String shown, StringBuilder out) {
        for (String line : TextWrapper.wrap(shown, width)) out.append(style.bold(line)).append('\n');
        sourceInto(t, "", out);
    }

    private String inlineText(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s.isLink()) {
                int n = links.indexOf(s.url());
                if (n < 0) { links.add(s.url()); n = links.size() - 1; }
                sb.append(s.text().strip()).append(" [").append(n + 1).append(']');
            } else {
                sb.append(s.text());
            }
        }
        return sb.toString().replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").strip();
    }

    private void wrapInto(String text, String firstIndent, String indent, StringBuilder out, boolean bold) {
        int avail = Math.max(20, width - DisplayWidth.of(indent));
        List<String> lines = TextWrapper.wrap(text, avail);
        for (int i = 0; i < lines.size(); i++) {
            // decorate after wrapping: escape codes take no columns
            out.append(i == 0 ? firstIndent : indent).append(bold ? style.bold(lines.get(i)) : lines.get(i)).append('\n');
        }
    }

    /** Clean Markdown of blocks (no HTML spans): for {@code --format markdown}. */
    static String markdown(List<Block> blocks, boolean source) {
        StringBuilder out = new StringBuilder();
        markdown(blocks, "", source, out);
        return out.toString().strip() + "\n";
    }

    private static void markdown(List<Block> blocks, String indent, boolean source, StringBuilder out) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                out.append(indent).append("#".repeat(h.level())).append(' ').append(h.text().markdown()).append("\n\n");
                sourceMarkdown(h.text(), indent, source, out);
            } else if (b instanceof Block.Paragraph p) {
                String t = p.text().markdown();
                if (p.onlyBold()) t = "**" + t + "**";
                out.append(indent).append(t.replace("\n", "\n" + indent)).append("\n\n");
                sourceMarkdown(p.text(), indent, source, out);
            } else if (b instanceof Block.ListBlock l) {
                int n = 1;
                for (List<Block> item : l.items()) {
                    String marker = l.ordered() ? (n++) + ". " : "- ";
                    StringBuilder inner = new StringBuilder();
                    markdown(item, "", source, inner);
                    String[] lines = inner.toString().strip().split("\n");
                    String pad = " ".repeat(marker.length());
                    for (int i = 0; i < lines.length; i++) {
                        out.append(indent).append(i == 0 ? marker : (lines[i].isEmpty() ? "" : pad)).append(lines[i]).append('\n');
                    }
                }
                out.append('\n');
            }
        }
    }

    /** With --source: the English half as a quote under its translation. */
    private static void sourceMarkdown(InlineText t, String indent, boolean source, StringBuilder out) {
        if (!hasDistinctSource(source, t)) return;
        out.append(indent).append("> ").append(t.sourceMarkdown().replace("\n", "\n" + indent + "> ")).append("\n\n");
    }

    /** Plain text of blocks for JSON: no Markdown, no HTML, link texts kept. */
    static String plain(List<Block> blocks) {
        return plain(blocks, false);
    }

    /** Plain text of blocks with {@code english}: the English half wherever a side-by-side copy has one. */
    static String plain(List<Block> blocks, boolean english) {
        StringBuilder out = new StringBuilder();
        plain(blocks, english, out);
        return out.toString().strip();
    }

    private static String plain(InlineText t, boolean english) {
        return english && t.hasSource() ? t.sourcePlain() : t.plain();
    }

    private static void plain(List<Block> blocks, boolean english, StringBuilder out) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.append(plain(h.text(), english)).append("\n\n");
            else if (b instanceof Block.Paragraph p) out.append(plain(p.text(), english)).append("\n\n");
            else if (b instanceof Block.ListBlock l) {
                for (List<Block> item : l.items()) {
                    StringBuilder inner = new StringBuilder();
                    plain(item, english, inner);
                    out.append("- ").append(inner.toString().strip().replace("\n\n", "\n")).append('\n');
                }
                out.append('\n');
            }
        }
    }
}
