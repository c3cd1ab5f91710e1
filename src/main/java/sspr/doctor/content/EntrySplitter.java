package sspr.doctor.content;

import java.util.ArrayList;
import java.util.List;

/** Splits an article body into its introduction and FAQ entries, per the article's {@link EntryMode}. */
final class EntrySplitter {
    record RawEntry(InlineText question, List<Block> answer, int line) {}

    record Split(List<Block> intro, List<RawEntry> entries) {}

    private EntrySplitter() {}

    static Split split(List<Block> blocks, EntryMode mode) {
        return mode == EntryMode.LEAD_PARAGRAPH ? byLeadParagraph(blocks) : byBoldQuestion(blocks);
    }

    private static Split byBoldQuestion(List<Block> blocks) {
        List<Block> intro = new ArrayList<>();
        List<RawEntry> entries = new ArrayList<>();
        InlineText question = null;
        int line = 0;
        List<Block> answer = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.onlyBold()) {
                if (question != null) entries.add(new RawEntry(question, List.copyOf(answer), line));
                question = p.text();
                line = p.line();
                answer = new ArrayList<>();
            } else if (question == null) {
                intro.add(b);
            } else {
                answer.add(b);
            }
        }
        if (question != null) entries.add(new RawEntry(question, List.copyOf(answer), line));
        return new Split(List.copyOf(intro), List.copyOf(entries));
    }

    private static Split byLeadParagraph(List<Block> blocks) {
        List<Block> intro = new ArrayList<>();
        List<RawEntry> entries = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Paragraph p && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.ListBlock list) {
                entries.add(new RawEntry(p.text(), List.of(list), p.line()));
                i++;
            } else if (entries.isEmpty()) {
                intro.add(b);
            }
        }
        return new Split(List.copyOf(intro), List.copyOf(entries));
    }
}
