package sspr.doctor.content;

import java.util.List;
import java.util.Map;

/**
 * What reading one article file found, for {@code content check}: its form, what was read past
 * without changing the article (BOM, CRLF, side-by-side spans reduced to their translated half),
 * the control characters removed, and whether the copy is used. Its problems are kept with the
 * other problems; the notes here are not problems.
 *
 * @param form          {@code plain} or {@code side-by-side}
 * @param lang          the language the copy is for, or null when it cannot be told
 * @param entries       entries found, or -1 when the file could not be parsed
 * @param indexEntries  entries the article's index lists, or -1 when there is no index
 * @param crlfLines     lines that ended in CR LF (or a lone CR)
 * @param pairLines     file line of each side-by-side span pair reduced
 */
public record FileReport(String file, String article, String lang, String form, boolean used, int entries, int indexEntries,
                         boolean bom, int crlfLines, List<Integer> pairLines, List<Control> controls, List<Note> notes) {

    public static final String PLAIN = "plain";
    public static final String SIDE_BY_SIDE = "side-by-side";

    public FileReport {
        // a file or folder name is input too: it reaches the terminal through content check
        file = sspr.doctor.text.ControlCharacters.clean(file);
        article = sspr.doctor.text.ControlCharacters.clean(article);
        lang = sspr.doctor.text.ControlCharacters.clean(lang);
        pairLines = List.copyOf(pairLines);
        controls = List.copyOf(controls);
        notes = List.copyOf(notes);
    }

    /**
     * A control character or sequence removed from the text before display. {@code problem} is
     * true except for bidi embeddings and isolates, which right-to-left text may rightly carry.
     */
    public record Control(int line, int column, String kind, String codePoint, String what, boolean problem) {}

    /**
     * Something worth knowing that is not a problem. {@code message} is English (for JSON);
     * {@code args} let the text output word it in the user's language (ui key {@code note.<code>}).
     */
    public record Note(int line, int column, String code, String message, Map<String, Object> args) {
        public Note {
            args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args)); // ordered: compiled at build time byte for byte
        }
    }
}
