package sspr.doctor.content;

/** How an article marks its FAQ entries (declared in the article's index). */
public enum EntryMode {
    /** A paragraph that is only one bold run starts an entry. */
    BOLD_QUESTION("bold-question"),
    /** A top-level paragraph directly followed by a list starts an entry; the list is the answer. */
    LEAD_PARAGRAPH("lead-paragraph");

    private final String key;

    EntryMode(String key) { this.key = key; }

    public String key() { return key; }

    public static EntryMode fromKey(String key) {
        for (EntryMode m : values()) if (m.key.equals(key)) return m;
        return null;
    }
}
