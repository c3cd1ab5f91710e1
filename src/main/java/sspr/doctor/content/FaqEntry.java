package sspr.doctor.content;

import java.util.ArrayList;
import java.util.List;

/** One question of an article and its answer, in one language. */
public record FaqEntry(String article, String id, String lang, InlineText question, List<Block> answer, int line) implements java.io.Serializable {

    public String questionText() {
        return withoutTrailingColon(question.plain());
    }

    /** A lead paragraph ends in a colon ("…are:", "…sont les suivants :"); the question does not. */
    public static String withoutTrailingColon(String text) {
        return text.replaceAll("\\s*[:：]\\s*$", "");
    }

    public List<Segment> links() {
        List<Segment> links = new ArrayList<>();
        collectLinks(answer, links);
        return links;
    }

    static void collectLinks(List<Block> blocks, List<Segment> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) out.addAll(p.text().links());
            else if (b instanceof Block.Heading h) out.addAll(h.text().links());
            else if (b instanceof Block.ListBlock l) l.items().forEach(item -> collectLinks(item, out));
        }
    }
}
