package sspr.doctor.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.SkuCatalog;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.rules.Condition;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;

/**
 * What would unblock a blocked diagnosis: the smallest sets of changes to controllable facts after
 * which the decision table finds no blocker, each set re-evaluated through the same table.
 *
 * The goal is "no blocker", not "no warning": most warnings say a fact was not given, and what-if
 * changes the tenant, not the description of it, so it never makes facts up to silence them. Among
 * proposals of the same size those the table finds fully ok come first, then the narrower reach
 * (the least privileged role, the cheapest licence; see {@link Candidate}).
 *
 * The search is breadth first over sets of facts, up to {@link #MAX_CHANGES}, one value per fact:
 * a set is tried only if it touches every blocker of the diagnosis (a rule whose facts are all left
 * as they are still fires) and contains no smaller set that already unblocks (so each proposal is
 * minimal: no part of it would do), and facts no possible blocker reads are left out. When a blocker
 * rests only on facts nobody here can change, no proposal can exist: its code is reported instead,
 * for the only path there is (reset in the home tenant, on-premises, or wait).
 */
public final class WhatIf {
    public static final int MAX_CHANGES = 5;

    private final DecisionTable table;
    private final RoleCatalog roles;
    private final ResetMatrix matrix;
    private final Supplier<SkuCatalog> skus;
    private final Map<String, String> errorFindings;
    private final ControllableFacts controllable;
    private final List<Rule> blockerRules = new ArrayList<>();
    private final List<Rule> warningRules = new ArrayList<>();

    /** One way to unblock: the changes (in {@link ControllableFacts#NAMES} order), the verdict after them and the changed facts. */
    public record Proposal(List<Change> changes, String verdict, int cost, DiagnosisInput input) {}

    /**
     * A blocker no controllable change lifts: its finding code, its rule, and the facts that pin it
     * (the input facts it tests that nothing proposed can change; the scenario is left out).
     */
    public record OnlyPath(String code, String rule, List<String> facts) {}

    /**
     * {@code blocked}: whether the diagnosis had a blocker at all. {@code onlyPaths}: blockers no
     * controllable change removes, one per code (then {@code proposals} is empty). {@code evaluations}:
     * how many sets of facts the table was evaluated for.
     */
    public record Result(boolean blocked, List<Proposal> proposals, List<OnlyPath> onlyPaths, int evaluations) {}

    /** @param skus the SKU catalog, read only when a licence is stated or could be proposed */
    public WhatIf(DecisionTable table, RoleCatalog roles, ResetMatrix matrix, Supplier<SkuCatalog> skus, Map<String, String> errorFindings) {
        this.table = table;
        this.roles = roles;
        this.matrix = matrix;
        this.skus = skus;
        this.errorFindings = errorFindings;
        this.controllable = new ControllableFacts(roles, matrix, skus);
        for (Rule r : table.rules()) {
            if (r.then().severity() == Severity.blocker) blockerRules.add(r);
            if (r.then().severity() == Severity.warning) warningRules.add(r);
        }
    }

    public ControllableFacts controllable() {
        return controllable;
    }

    /** The table facts for {@code in}, derived facts included. */
    public Map<String, Object> facts(DiagnosisInput in) {
        return DerivedFacts.facts(in, roles, skus, matrix, errorFindings);
    }

    /** Whether any blocker rule holds for {@code facts}. */
    public boolean blocked(Map<String, Object> facts) {
        for (Rule r : blockerRules) if (RuleEngine.matches(table, r, facts)) return true;
        return false;
    }

    /**
     * The verdict of rules that match, the search's quick form: blocked if any blocker rule holds, else
     * warning if any warning rule does, else ok (what the engine's one-finding-per-code collection gives).
     */
    private String quickVerdict(Map<String, Object> facts) {
        if (blocked(facts)) return "blocked";
        for (Rule r : warningRules) if (RuleEngine.matches(table, r, facts)) return "warning";
        return "ok";
    }

    /** The verdict the table gives: blocked, warning or ok (as {@code Diagnosis.verdictOf}). */
    public String verdict(DiagnosisInput in) {
        return Diagnosis.verdict(RuleEngine.evaluate(table, facts(in)).fired().stream().map(r -> r.then().severity()).toList());
    }

    /** Every single change worth trying for {@code in}. */
    public List<Change> candidates(DiagnosisInput in) {
        List<Change> out = new ArrayList<>();
        Map<String, Object> now = in.toMap();
        for (Candidate c : controllable.candidates(in)) out.add(new Change(c.fact(), now.get(c.fact()), c.to()));
        return out;
    }

    /** {@code in} with {@code changes} applied (facts as in {@link ControllableFacts#NAMES}). */
    public static DiagnosisInput apply(DiagnosisInput in, List<Change> changes) {
        DiagnosisInput out = in.copy();
        for (Change c : changes) new Candidate(c.fact(), c.to(), 0).applyTo(out);
        return out;
    }

    public Result search(DiagnosisInput in) {
        Map<String, Object> root = facts(in);
        List<Rule> firing = new ArrayList<>();
        for (Rule r : blockerRules) if (RuleEngine.matches(table, r, root)) firing.add(r);
        if (firing.isEmpty()) return new Result(false, List.of(), List.of(), 1);
        int evaluations = 1;
        // only facts some blocker could read get candidates: a cloud-only admin reset never needs the licence catalog
        Set<String> changeable = controllable.changeable(in);
        List<String> relevant = relevantFacts(root, changeable);
        List<Candidate> candidates = controllable.candidates(in, new HashSet<>(relevant));

        // a blocker no single change lifts rests on facts nobody here can change (rules are conjunctions of one-fact tests)
        Map<Candidate, Map<String, Object>> singles = new IdentityHashMap<>();
        Map<String, OnlyPath> onlyPaths = new LinkedHashMap<>();
        for (Rule r : firing) {
            Set<String> reads = inputsOf(r);
            boolean lifted = false;
            for (Candidate c : candidates) {
                if (!reads.contains(c.fact())) continue;
                Map<String, Object> f = singles.get(c);
                if (f == null) {
                    DiagnosisInput changed = in.copy();
                    c.applyTo(changed);
                    singles.put(c, f = facts(changed));
                    evaluations++;
                }
                if (!RuleEngine.matches(table, r, f)) { lifted = true; break; }
            }
            if (!lifted) onlyPaths.putIfAbsent(r.then().code(), new OnlyPath(r.then().code(), r.id(), pinning(r, changeable)));
        }
        if (!onlyPaths.isEmpty()) return new Result(true, List.of(), List.copyOf(onlyPaths.values()), evaluations);

        Map<String, List<Candidate>> byFact = new LinkedHashMap<>();
        for (String fact : relevant) byFact.put(fact, new ArrayList<>());
        for (Candidate c : candidates) if (byFact.containsKey(c.fact())) byFact.get(c.fact()).add(c);
        for (List<Candidate> values : byFact.values()) values.sort(Comparator.comparingInt(Candidate::cost));

        int[] hits = new int[firing.size()];
        for (int i = 0; i < firing.size(); i++) hits[i] = mask(inputsOf(firing.get(i)), relevant);

        List<Proposal> proposals = new ArrayList<>();
        List<Integer> solved = new ArrayList<>();
        Map<String, Object> now = in.toMap();
        int n = relevant.size();
        for (int size = 1; size <= Math.min(MAX_CHANGES, n); size++) {
            for (int set : combinations(n, size)) {
                if (!touchesAll(set, hits) || containsSolved(set, solved)) continue;
                List<List<Candidate>> choices = new ArrayList<>();
                for (int i = 0; i < n; i++) if ((set & (1 << i)) != 0) choices.add(byFact.get(relevant.get(i)));
                Best best = new Best();
                evaluations += tryAll(in, choices, 0, 0, new ArrayList<>(), best, singles);
                if (best.changes == null) continue;
                // verified as the engine evaluates a diagnosis (all rules, one finding per code), not by the quick check
                String verdict = verdict(best.input);
                evaluations++;
                if (verdict.equals("blocked")) throw new IllegalStateException("what-if: " + best.changes + " leaves a blocker");
                solved.add(set);
                List<Change> changes = new ArrayList<>();
                for (Candidate c : best.changes) changes.add(new Change(c.fact(), now.get(c.fact()), c.to()));
                proposals.add(new Proposal(List.copyOf(changes), verdict, best.cost, best.input));
            }
        }
        proposals.sort(Comparator.comparingInt((Proposal p) -> p.changes().size())
                .thenComparingInt(p -> p.verdict().equals("ok") ? 0 : 1)
                .thenComparingInt(Proposal::cost));
        return new Result(true, List.copyOf(proposals), List.of(), evaluations);
    }

    /** The cheapest unblocking choice among one set of facts: ok before warning, then least reach. */
    private static final class Best {
        List<Candidate> changes;
        String verdict;
        int cost;
        DiagnosisInput input;
    }

    /**
     * Tries every combination of one value per fact, cheapest values first; a combination that cannot
     * beat an ok already found (costs only add up) is not evaluated. Returns the evaluations made.
     */
    private int tryAll(DiagnosisInput in, List<List<Candidate>> choices, int depth, int cost, List<Candidate> chosen, Best best,
                       Map<Candidate, Map<String, Object>> singles) {
        if ("ok".equals(best.verdict) && cost >= best.cost) return 0;
        if (depth == choices.size()) {
            DiagnosisInput changed = in.copy();
            for (Candidate c : chosen) c.applyTo(changed);
            Map<String, Object> known = chosen.size() == 1 ? singles.get(chosen.get(0)) : null;
            String verdict = quickVerdict(known != null ? known : facts(changed));
            if (verdict.equals("blocked")) return known != null ? 0 : 1;
            if (best.verdict == null || (verdict.equals("ok") && !best.verdict.equals("ok")) || (verdict.equals(best.verdict) && cost < best.cost)) {
                best.changes = List.copyOf(chosen);
                best.verdict = verdict;
                best.cost = cost;
                best.input = changed;
            }
            return known != null ? 0 : 1;
        }
        int evaluations = 0;
        for (Candidate c : choices.get(depth)) {
            chosen.add(c);
            evaluations += tryAll(in, choices, depth + 1, cost + c.cost(), chosen, best, singles);
            chosen.remove(chosen.size() - 1);
        }
        return evaluations;
    }

    /**
     * The changeable facts some blocker could depend on: blocker rules whose tests on facts nobody can
     * change hold now, and the changeable facts behind their other tests. A fact outside this set can
     * never decide whether the reset is blocked.
     */
    private List<String> relevantFacts(Map<String, Object> root, Set<String> changeable) {
        Set<String> found = new HashSet<>();
        for (Rule r : blockerRules) {
            boolean possible = true;
            Set<String> reads = new HashSet<>();
            for (Condition c : r.when()) {
                boolean controllable = false;
                for (String input : DerivedFacts.INPUTS.getOrDefault(c.fact(), List.of())) {
                    if (changeable.contains(input)) { controllable = true; reads.add(input); }
                }
                if (!controllable && !RuleEngine.holds(table, c, root)) {
                    possible = false;
                    break;
                }
            }
            if (possible) found.addAll(reads);
        }
        List<String> out = new ArrayList<>();
        for (String f : ControllableFacts.NAMES) if (found.contains(f)) out.add(f);
        return out;
    }

    private static List<String> pinning(Rule r, Set<String> changeable) {
        Set<String> out = new LinkedHashSet<>();
        for (Condition c : r.when()) {
            for (String input : DerivedFacts.INPUTS.getOrDefault(c.fact(), List.of())) {
                if (!input.equals("scenario") && !changeable.contains(input)) out.add(input);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> inputsOf(Rule r) {
        Set<String> out = new HashSet<>();
        for (Condition c : r.when()) out.addAll(DerivedFacts.INPUTS.getOrDefault(c.fact(), List.of()));
        return out;
    }

    private static int mask(Set<String> facts, List<String> relevant) {
        int m = 0;
        for (int i = 0; i < relevant.size(); i++) if (facts.contains(relevant.get(i))) m |= 1 << i;
        return m;
    }

    private static boolean touchesAll(int set, int[] hits) {
        for (int h : hits) if ((set & h) == 0) return false;
        return true;
    }

    private static boolean containsSolved(int set, List<Integer> solved) {
        for (int s : solved) if ((set & s) == s) return true;
        return false;
    }

    /** Bit masks of every {@code size}-element subset of {@code n} items, in lexicographic order of their members. */
    static List<Integer> combinations(int n, int size) {
        List<Integer> out = new ArrayList<>();
        combine(n, size, 0, 0, out);
        return out;
    }

    private static void combine(int n, int left, int from, int set, List<Integer> out) {
        if (left == 0) { out.add(set); return; }
        for (int i = from; i <= n - left; i++) combine(n, left - 1, i + 1, set | (1 << i), out);
    }
}
