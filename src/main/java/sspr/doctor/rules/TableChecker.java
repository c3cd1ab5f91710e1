package sspr.doctor.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import sspr.doctor.io.Problem;

/**
 * Static analysis of a decision table, in the spirit of DMN decision-table analysis: rules that
 * can never fire, overlapping rules with conflicting outputs, gaps in declared coverage, finding
 * codes without messages, and FAQ references that do not resolve.
 */
public final class TableChecker {
    private static final List<String> MESSAGE_PARTS = List.of("title", "detail", "fix.1");

    private TableChecker() {}

    /**
     * @param hasMessage (language, key) → whether the finding messages of that language have the key
     * @param languages  the languages every finding needs messages in
     * @param faqIds     known FAQ entries as "article/id"
     */
    public static List<Problem> check(DecisionTable table, List<String> languages, BiPredicate<String, String> hasMessage, Set<String> faqIds) {
        List<Problem> problems = new ArrayList<>();
        String file = table.file();
        for (Rule rule : table.rules()) {
            FactSpace box = new FactSpace(table.facts());
            box.applyAll(rule.when());
            if (box.isEmpty() || !box.propagate(table.constraints())) {
                problems.add(new Problem(file, rule.line(), 0, "never-fires",
                        "rule '" + rule.id() + "' can never fire: its conditions contradict each other or the table's constraints",
                        Map.of("rule", rule.id())));
            }
        }
        for (int i = 0; i < table.rules().size(); i++) {
            for (int j = i + 1; j < table.rules().size(); j++) {
                Rule a = table.rules().get(i);
                Rule b = table.rules().get(j);
                if (!a.then().code().equals(b.then().code())) continue;
                if (a.then().severity() == b.then().severity()) continue;
                FactSpace box = new FactSpace(table.facts());
                box.applyAll(a.when());
                box.applyAll(b.when());
                if (!box.isEmpty() && box.propagate(table.constraints())) {
                    problems.add(new Problem(file, b.line(), 0, "conflict",
                            "rules '" + a.id() + "' and '" + b.id() + "' can both match but give " + a.then().code()
                                    + " different severities (" + a.then().severity() + ", " + b.then().severity() + ")",
                            Map.of("first", a.id(), "second", b.id(), "code", a.then().code(),
                                    "severities", a.then().severity() + ", " + b.then().severity())));
                }
            }
        }
        for (Coverage cov : table.coverage()) gaps(table, cov, problems);
        Set<String> codes = new HashSet<>();
        for (Rule rule : table.rules()) {
            String code = rule.then().code();
            if (codes.add(code)) {
                for (String lang : languages) {
                    for (String part : MESSAGE_PARTS) {
                        if (!hasMessage.test(lang, code + "." + part)) {
                            problems.add(new Problem(file, rule.line(), 0, "message",
                                    "finding " + code + " has no " + part + " message in " + lang, Map.of("code", code, "part", part, "lang", lang)));
                        }
                    }
                }
            }
            for (Rule.Disagreement d : rule.then().docsDisagree()) {
                for (String lang : languages) {
                    if (!hasMessage.test(lang, d.why())) {
                        problems.add(new Problem(file, rule.line(), 0, "message",
                                "rule '" + rule.id() + "': docsDisagree message " + d.why() + " is missing in " + lang,
                                Map.of(Problem.MESSAGE_KEY, "message-disagree", "rule", rule.id(), "key", d.why(), "lang", lang)));
                    }
                }
            }
            if (table.requireSources() && rule.then().sources().isEmpty()) {
                problems.add(new Problem(file, rule.line(), 0, "source",
                        "rule '" + rule.id() + "' names no source (page, commit or date, and the sentence it rests on)", Map.of("rule", rule.id())));
            }
            for (String ref : rule.then().faq()) {
                if (!faqIds.contains(ref)) {
                    problems.add(new Problem(file, rule.line(), 0, "faq",
                            "rule '" + rule.id() + "': FAQ entry '" + ref + "' does not exist", Map.of("rule", rule.id(), "entry", ref)));
                }
            }
        }
        return problems;
    }

    private static void gaps(DecisionTable table, Coverage cov, List<Problem> problems) {
        Set<String> scope = new HashSet<>(cov.over());
        for (Condition c : cov.when()) scope.add(c.fact());
        List<List<String>> domains = new ArrayList<>();
        for (String f : cov.over()) domains.add(table.facts().get(f).domain());
        List<String> missing = new ArrayList<>();
        int[] idx = new int[domains.size()];
        long combos = 1;
        for (List<String> d : domains) combos *= d.size();
        if (combos > 100_000) {
            problems.add(new Problem(table.file(), cov.line(), 0, "coverage", "coverage '" + cov.name() + "' spans too many combinations to check",
                    Map.of("name", cov.name())));
            return;
        }
        FactSpace covered = new FactSpace(table.facts());
        covered.applyAll(cov.when());
        for (long n = 0; n < combos; n++) {
            Map<String, String> combo = new LinkedHashMap<>();
            for (int k = 0; k < domains.size(); k++) combo.put(cov.over().get(k), domains.get(k).get(idx[k]));
            FactSpace box = covered.copy();
            for (Map.Entry<String, String> e : combo.entrySet()) box.restrict(e.getKey(), Set.of(e.getValue()));
            if (!box.isEmpty() && box.propagate(table.constraints()) && !decided(table, box, scope)) {
                missing.add(combo.toString());
            }
            for (int k = domains.size() - 1; k >= 0; k--) {
                if (++idx[k] < domains.get(k).size()) break;
                idx[k] = 0;
            }
        }
        for (String m : missing) {
            problems.add(new Problem(table.file(), cov.line(), 0, "gap", "coverage '" + cov.name() + "': no rule decides " + m,
                    Map.of("name", cov.name(), "combination", m)));
        }
    }

    private static boolean decided(DecisionTable table, FactSpace box, Set<String> scope) {
        for (Rule rule : table.rules()) {
            boolean ok = true;
            for (Condition c : rule.when()) {
                if (!scope.contains(c.fact()) || !box.implies(c)) { ok = false; break; }
            }
            if (ok) return true;
        }
        return false;
    }
}
