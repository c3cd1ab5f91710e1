package sspr.doctor.rules;

import java.util.List;

/** A row of the decision table: when every condition holds, the output is a finding. */
public record Rule(String id, List<Condition> when, Output then, int line) {
    /**
     * What a matching rule produces. {@code sources} are the documentation sentences the rule rests
     * on; {@code docsDisagree} names pages that contradict each other on it (such a rule is at most
     * a warning).
     */
    public record Output(String code, Severity severity, List<String> faq, List<String> links,
                         List<Source> sources, List<Disagreement> docsDisagree) {
        public Output(String code, Severity severity, List<String> faq, List<String> links) {
            this(code, severity, faq, links, List.of(), List.of());
        }
    }

    /**
     * A sentence of Microsoft's documentation a rule rests on: the page as its repository path,
     * the commit and/or ms.date of the copy read, and a short quote.
     */
    public record Source(String page, String commit, String date, String quote) {}

    /**
     * Pages that contradict each other on what a rule decides, the one the rule follows, and the
     * message key (findings bundle) that says why.
     */
    public record Disagreement(List<String> pages, String follows, String why) {}
}
