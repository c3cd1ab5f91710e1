package sspr.doctor.diagnosis;

import java.util.List;
import sspr.doctor.rules.Severity;

/** One finding of a diagnosis, with its human text in the chosen language. */
public record Finding(String code, Severity severity, String rule, String title, String detail, List<String> fix,
                      List<FaqRef> faq, List<String> links) {

    /** A FAQ entry that answers the finding, with its question in the language used. */
    public record FaqRef(String article, String entry, String lang, String question) {}
}
