package sspr.doctor.diagnosis;

import java.util.List;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.Severity;

/**
 * One finding of a diagnosis, with its human text in the chosen language, the documentation it
 * rests on, where Microsoft's pages disagree about it, and (for evidence with several documented
 * causes) the candidate causes.
 */
public record Finding(String code, Severity severity, String rule, String title, String detail, List<String> fix,
                      List<FaqRef> faq, List<String> links, List<Rule.Source> sources, List<Disagreement> disagreements,
                      List<String> candidates) {

    public Finding(String code, Severity severity, String rule, String title, String detail, List<String> fix,
                   List<FaqRef> faq, List<String> links) {
        this(code, severity, rule, title, detail, fix, faq, links, List.of(), List.of(), List.of());
    }

    public boolean docsDisagree() {
        return !disagreements.isEmpty();
    }

    /** A FAQ entry that answers the finding, with its question in the language used and its notes. */
    public record FaqRef(String article, String entry, String lang, String question, List<Note> notes) {
        public FaqRef(String article, String entry, String lang, String question) {
            this(article, entry, lang, question, List.of());
        }
    }

    /** A note on superseded article text: the localized text and the page it rests on. */
    /**
     * A note on superseded article text: the localized text, the page it rests on with its commit and
     * ms.date ({@code source}, for JSON), and the same with the page's file name and a short commit
     * ({@code shortSource}, for terminal text).
     */
    public record Note(String text, String source, String shortSource) {}

    /** Pages that disagree, the one followed, and why (localized). */
    public record Disagreement(List<String> pages, String follows, String why) {}
}
