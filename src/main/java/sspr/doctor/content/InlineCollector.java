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

    private static final Pattern TRANSLATED = Pattern.compile("\\bdata-ttu-id\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("\\bclass\\s*=\\s*[\"']?[^>]*\\bsxs-lookup\\b", Pattern.CASE_INSENSITIVE);

    private List<Segment> display = new ArrayList<>();
    private List<Segment> source = new ArrayList<>();
    private int spanDepth;
    private int sourceDepth = -1;
    private int translatedDepth = -1;
    private boolean sideBySide;
    private int strongDepth;
    private int boldRuns;
    private boolean boldRunHasText;
    private boolean textOutsideBold;
    String anchor;
    /** Where each English ({@code sxs-lookup}) half began: 0-based line in the Markdown body, -1 if unknown. */
    final List<Integer> reducedPairLines = new ArrayList<>();

    static InlineCollector of(Node parent) {
        InlineCollector c = new InlineCollector();
        c.children(parent);
        return c;
    }

    /**
     * The display half and, only when the node held side-by-side spans, the English half. Text
     * outside any span belongs to both (links around a span pair, punctuation, spaces between pairs).
     */
    InlineText result() {
        return new InlineText(merge(display), sideBySide ? merge(source) : List.of());
    }

    /** Whether the node held a {@code sxs-lookup} span. */
    boolean sideBySide() { return sideBySide; }

    /**
     * True when all shown text is bold: one bold run, or in a side-by-side copy one bold run per
     * translated segment (the translation tool bolds each segment on its own).
     */
    boolean onlyBold() {
        return boldRuns >= 1 && !textOutsideBold && (boldRuns == 1 || sideBySide);
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
            html(html);
        } else if (n instanceof Link link) {
            List<Segment> outerDisplay = display;
            List<Segment> outerSource = source;
            display = new ArrayList<>();
            source = new ArrayList<>();
            children(link);
            String shown = InlineText.plain(display);
            String original = InlineText.plain(source);
            display = outerDisplay;
            source = outerSource;
            if (!shown.isEmpty()) display.add(Segment.link(shown, link.getDestination()));
            if (!original.isEmpty()) source.add(Segment.link(original, link.getDestination()));
        } else if (n instanceof StrongEmphasis) {
            if (strongDepth == 0) boldRunHasText = false;
            strongDepth++;
            children(n);
            strongDepth--;
            if (strongDepth == 0 && boldRunHasText) boldRuns++;
        } else {
            children(n);
        }
    }

    private void html(HtmlInline node) {
        String tag = node.getLiteral();
        String lower = tag.toLowerCase(java.util.Locale.ROOT);
        Matcher anchorMatch = ANCHOR.matcher(tag);
        if (anchorMatch.find()) {
            anchor = sspr.doctor.text.ControlCharacters.clean(anchorMatch.group(1));
        } else if (lower.startsWith("<span")) {
            spanDepth++;
            if (!inSource() && SOURCE.matcher(tag).find()) {
                sourceDepth = spanDepth;
                sideBySide = true;
                reducedPairLines.add(node.getSourceSpans().isEmpty() ? -1 : node.getSourceSpans().get(0).getLineIndex());
            } else if (!inSource() && translatedDepth < 0 && TRANSLATED.matcher(tag).find()) {
                translatedDepth = spanDepth;
            }
        } else if (lower.startsWith("</span")) {
            if (sourceDepth == spanDepth) sourceDepth = -1;
            if (translatedDepth == spanDepth) translatedDepth = -1;
            spanDepth = Math.max(0, spanDepth - 1);
        } else if (lower.startsWith("<br")) {
            add(Segment.text("\n"));
        }
    }

    private void add(Segment s) {
        if (inSource()) {
            source.add(s);
            return;
        }
        display.add(s);
        if (translatedDepth < 0) source.add(s);
        if (!s.text().isBlank()) {
            if (strongDepth > 0) boldRunHasText = true;
            else textOutsideBold = true;
        }
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
