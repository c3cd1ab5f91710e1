package sspr.doctor.catalog;

/**
 * Where a catalogue fact was read: a page of Microsoft's documentation (repository path), the
 * commit of the version read, its ms.date, and when the project last checked it against that page.
 * Any part may be empty when unknown (for a custom role: the file it came from).
 */
public record Provenance(String page, String commit, String date, String checked) {
    public static final Provenance NONE = new Provenance("", "", "", "");
}
