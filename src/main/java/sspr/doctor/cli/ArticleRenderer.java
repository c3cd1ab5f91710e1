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
 * as clean Markdown. With {@code source}, the English source text replaces the translation where
 * the article carries it side by side.
 */
final class ArticleRenderer {
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
                String t = inlineText(h.text());
                out.append(indent).append(style.bold(t)).append('\n');
                out.append(indent).append((h.level() <= 2 ? "=" : "-").repeat(Math.min(width - indent.length(), DisplayWidth.of(t)))).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                wrapInto(inlineText(p.text()), indent, indent, out, p.onlyBold());
            } else if (b instanceof Block.ListBlock l) {
                int n = 1;
                for (List<Block> item : l.items()) {
                    String marker = l.ordered() ? (n++) + ". " : "• ";
                    String hanging = indent + " ".repeat(DisplayWidth.of(marker));
                    boolean firstBlock = true;
                    for (Block inner : item) {
                        if (inner instanceof Block.Paragraph p) {
                            wrapInto(inlineText(p.text()), firstBlock ? indent + marker : hanging, hanging, out, false);
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

    private String inlineText(InlineText t) {
        List<Segment> segments = source && t.hasSource() ? t.source() : t.display();
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
                out.append(indent).append("#".repeat(h.level())).append(' ').append(md(h.text(), source)).append("\n\n");
            } else if (b instanceof Block.Paragraph p) {
                String t = md(p.text(), source);
                if (p.onlyBold()) t = "**" + t + "**";
                out.append(indent).append(t.replace("\n", "\n" + indent)).append("\n\n");
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

    private static String md(InlineText t, boolean source) {
        return source && t.hasSource() ? t.sourceMarkdown() : t.markdown();
    }

    /** Plain text of blocks for JSON: no Markdown, no HTML, link texts kept. */
    static String plain(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        plain(blocks, out);
        return out.toString().strip();
    }

    private static void plain(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) out.append(h.text().plain()).append("\n\n");
            else if (b instanceof Block.Paragraph p) out.append(p.text().plain()).append("\n\n");
            else if (b instanceof Block.ListBlock l) {
                for (List<Block> item : l.items()) {
                    StringBuilder inner = new StringBuilder();
                    plain(item, inner);
                    out.append("- ").append(inner.toString().strip().replace("\n\n", "\n")).append('\n');
                }
                out.append('\n');
            }
        }
    }
}
