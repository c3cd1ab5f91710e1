package sspr.doctor.content;

import java.util.List;

/** The per-article index in content/: entry IDs in order, shared by every language. */
public record ArticleIndex(String slug, EntryMode mode, List<String> ids) implements java.io.Serializable {}
