package sspr.doctor.rules;

import java.util.List;

/** A row of the decision table: when every condition holds, the output is a finding. */
public record Rule(String id, List<Condition> when, Output then, int line) {
    /** What a matching rule produces. */
    public record Output(String code, Severity severity, List<String> faq, List<String> links) {}
}
