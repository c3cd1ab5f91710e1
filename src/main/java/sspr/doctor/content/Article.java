package sspr.doctor.content;

import java.util.List;

/**
 * One article in one language. {@code translation} is {@code project} for the project's own
 * translations, else Microsoft's {@code ms.translationtype} (MT, HT), else null.
 */
public record Article(String slug, String lang, String file, FrontMatter frontMatter, InlineText title,
                      String anchor, List<Block> intro, List<FaqEntry> entries, List<Block> blocks,
                      String translation) implements java.io.Serializable {}
