package sspr.doctor.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline content of a paragraph, heading or list item. Microsoft's side-by-side translations
 * carry two texts: the translated display text and, in {@code sxs-lookup} spans, the English
 * source; both are kept apart here.
 */
public record InlineText(List<Segment> display, List<Segment> source) implements java.io.Serializable {

    public static final InlineText EMPTY = new InlineText(List.of(), List.of());

    public String plain() { return plain(display); }

    public String sourcePlain() { return plain(source); }

    public boolean hasSource() { return !plain(source).isBlank(); }

    public List<Segment> links() {
        List<Segment> links = new ArrayList<>();
        for (Segment s : display) if (s.isLink()) links.add(s);
        return links;
    }

    public String markdown() { return markdown(display); }

    public String sourceMarkdown() { return markdown(source); }

    static String plain(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) sb.append(s.text());
        return normalizeSpace(sb.toString());
    }

    static String markdown(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s.isLink()) sb.append('[').append(s.text().strip()).append("](").append(s.url()).append(')');
            else sb.append(s.text());
        }
        return normalizeSpace(sb.toString());
    }

    static String normalizeSpace(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").strip();
    }
}
