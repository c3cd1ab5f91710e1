package sspr.doctor.content;

import java.util.List;

/** The block structure of an article body, reduced to what help articles use. */
public sealed interface Block extends java.io.Serializable {
    /** 1-based line in the article file where the block starts. */
    int line();

    record Heading(int level, InlineText text, String anchor, int line) implements Block {}

    record Paragraph(InlineText text, boolean onlyBold, int line) implements Block {}

    record ListBlock(boolean ordered, List<List<Block>> items, int line) implements Block {}

    record Other(String text, int line) implements Block {}
}
