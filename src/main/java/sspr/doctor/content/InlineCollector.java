package sspr.doctor.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns commonmark inline nodes into display and source text. Microsoft's machine-translated
 * articles wrap each sentence as {@code <span data-ttu-id>translated</span><span class="sxs-lookup">
 * <span data-stu-id>English</span></span>}; HTML is never shown, only understood.
 */
final class InlineCollector {
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+name=\"([^\"]*)\"\\s*>", Pattern.CASE_INSENSITIVE);

    private final List<Segment> display = new ArrayList<>();
    private final List<Segment> source = new ArrayList<>();
    private int spanDepth;
    private int sourceDepth = -1;
    String anchor;

    static InlineCollector of(Node parent) {
        InlineCollector c = new InlineCollector();
        c.children(parent);
        return c;
    }

    InlineText result() {
        return new InlineText(merge(display), merge(source));
    }

    private boolean inSource() { return sourceDepth >= 0; }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    private void node(Node n) {
        if (n instanceof Text t) {
            add(Segment.text(t.getLiteral()));
        } else if (n instanceof Code c) {
            add(Segment.text(c.getLiteral()));
        } else if (n instanceof SoftLineBreak) {
            add(Segment.text(" "));
        } else if (n instanceof HardLineBreak) {
            add(Segment.text("\n"));
        } else if (n instanceof HtmlInline html) {
            html(html.getLiteral());
        } else if (n instanceof Link link) {
            InlineCollector inner = new InlineCollector();
            inner.spanDepth = spanDepth;
            inner.sourceDepth = sourceDepth;
            inner.children(link);
            String shown = InlineText.plain(inner.display);
            String original = InlineText.plain(inner.source);
            if (!shown.isEmpty()) display.add(Segment.link(shown, link.getDestination()));
            if (!original.isEmpty()) source.add(Segment.link(original, link.getDestination()));
            spanDepth = inner.spanDepth;
            sourceDepth = inner.sourceDepth;
        } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
            children(n);
        } else {
            children(n);
        }
    }

    private void html(String tag) {
        String lower = tag.toLowerCase();
        Matcher anchorMatch = ANCHOR.matcher(tag);
        if (anchorMatch.find()) {
            anchor = anchorMatch.group(1);
        } else if (lower.startsWith("<span")) {
            spanDepth++;
            if (lower.contains("sxs-lookup") && !inSource()) sourceDepth = spanDepth;
        } else if (lower.startsWith("</span")) {
            if (sourceDepth == spanDepth) sourceDepth = -1;
            spanDepth = Math.max(0, spanDepth - 1);
        } else if (lower.startsWith("<br")) {
            add(Segment.text("\n"));
        }
    }

    private void add(Segment s) {
        if (inSource()) source.add(s);
        else display.add(s);
    }

    private static List<Segment> merge(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Segment s : in) {
            if (s.isLink()) {
                if (text.length() > 0) { out.add(Segment.text(text.toString())); text.setLength(0); }
                out.add(s);
            } else {
                text.append(s.text());
            }
        }
        if (text.length() > 0) out.add(Segment.text(text.toString()));
        return List.copyOf(out);
    }
}
