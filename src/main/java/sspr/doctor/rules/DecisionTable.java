package sspr.doctor.rules;

import java.util.List;
import java.util.Map;

/**
 * The diagnosis rules as data. Hit policy "collect": every matching rule contributes its finding;
 * findings are ordered by severity, then by rule order, one per code.
 */
public record DecisionTable(String name, String hitPolicy, Map<String, FactDefinition> facts, List<Rule> rules,
                            List<Coverage> coverage, List<Constraint> constraints, String file) {}
