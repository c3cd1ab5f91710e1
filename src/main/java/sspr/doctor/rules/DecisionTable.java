package sspr.doctor.rules;

import java.util.List;
import java.util.Map;

/**
 * The diagnosis rules as data. Hit policy "collect": every matching rule contributes its finding;
 * findings are ordered by severity, then by rule order, one per code. {@code sources} are the pages
 * the table as a whole was checked against, {@code checked} the date of that check (ISO), and
 * {@code requireSources} makes {@code rules check} report rules without sources.
 */
public record DecisionTable(String name, String hitPolicy, Map<String, FactDefinition> facts, List<Rule> rules,
                            List<Coverage> coverage, List<Constraint> constraints, String file,
                            List<Rule.Source> sources, String checked, boolean requireSources) {
    public DecisionTable(String name, String hitPolicy, Map<String, FactDefinition> facts, List<Rule> rules,
                         List<Coverage> coverage, List<Constraint> constraints, String file) {
        this(name, hitPolicy, facts, rules, coverage, constraints, file, List.of(), null, false);
    }
}
