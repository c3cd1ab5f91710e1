package sspr.doctor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.rules.Condition;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;

/**
 * Every blocked combination of the admin-reset space (every kind of role as actor and target) and of a self-service
 * space: each proposal changes controllable facts only, re-evaluates to no blocker with the verdict
 * it states, is minimal (no part of it unblocks, no narrower role would do), and no set of fewer
 * changes, from all the single changes there are, unblocks.
 */
class WhatIfSpaceTest {
    static final WhatIf WHAT_IF = WhatIfExamplesTest.WHAT_IF;
    static final DecisionTable TABLE = WhatIfExamplesTest.TABLE;

    @Test
    void adminResetSpace() {
        Stats s = check(FactSpaces.adminReset());
        int roles = FactSpaces.distinctRoles().size();
        assertThat(s.cases).isEqualTo(roles * (roles + 1) * 36);
        assertThat(s.blocked).isGreaterThan(s.cases / 2);
        assertThat(s.withProposals).isEqualTo(s.blocked);
    }

    @Test
    void selfServiceSpace() {
        Stats s = check(FactSpaces.selfService());
        assertThat(s.withProposals).isGreaterThan(s.blocked * 98 / 100);
    }

    @Test
    void factsNobodyHereCanChange() {
        Stats s = check(FactSpaces.uncontrollable());
        assertThat(s.onlyPaths).isGreaterThan(s.blocked / 3);
        assertThat(s.withProposals).isGreaterThan(0);
    }

    static final class Stats {
        int cases, blocked, withProposals, onlyPaths, beyondReach, maxProposals, maxSize;
        int[] bySize = new int[WhatIf.MAX_CHANGES + 1];

        /** shortest: the size of the first proposal, or -1 not blocked, -2 only paths, -3 beyond reach. */
        synchronized void add(int blocked, int proposals, int largest, int shortest) {
            cases++;
            this.blocked += blocked;
            if (shortest == -2) onlyPaths++;
            if (shortest == -3) beyondReach++;
            if (shortest > 0) {
                withProposals++;
                bySize[shortest]++;
            }
            maxProposals = Math.max(maxProposals, proposals);
            maxSize = Math.max(maxSize, largest);
        }

        @Override
        public String toString() {
            return cases + " cases, " + blocked + " blocked, " + withProposals + " with proposals, " + onlyPaths
                    + " with only paths, " + beyondReach + " needing more than " + WhatIf.MAX_CHANGES + " changes; shortest proposal by size " + java.util.Arrays.toString(bySize)
                    + "; at most " + maxProposals + " proposals, " + maxSize + " changes";
        }
    }

    /** Every combination in parallel (the checks are pure); failures name the facts and the proposal. */
    static Stats check(List<DiagnosisInput> space) {
        Stats s = new Stats();
        Set<String> resetters = new HashSet<>(WHAT_IF.controllable().resetters());
        space.parallelStream().forEach(in -> checkOne(in, s, resetters));
        return s;
    }

    private static void checkOne(DiagnosisInput in, Stats s, Set<String> resetters) {
        boolean blocked = WHAT_IF.blocked(WHAT_IF.facts(in));
        WhatIf.Result r = WHAT_IF.search(in);
        require(r.blocked() == blocked, () -> describe(in) + ": blocked is " + blocked);
        if (!blocked) {
            require(r.proposals().isEmpty(), () -> describe(in) + ": proposals without a blocker");
            s.add(0, 0, 0, -1);
            return;
        }
        if (!r.onlyPaths().isEmpty()) {
            require(r.proposals().isEmpty(), () -> describe(in) + ": proposals beside only paths");
            Map<String, Object> root = WHAT_IF.facts(in);
            for (WhatIf.OnlyPath o : r.onlyPaths()) {
                Rule rule = TABLE.rules().stream().filter(x -> x.id().equals(o.rule())).findFirst().orElseThrow();
                require(rule.then().severity() == Severity.blocker && RuleEngine.matches(TABLE, rule, root), () -> describe(in) + ": " + o);
                for (Change c : WHAT_IF.candidates(in)) {
                    require(RuleEngine.matches(TABLE, rule, WHAT_IF.facts(WhatIf.apply(in, List.of(c)))), () -> describe(in) + ": " + c + " lifts " + o);
                }
            }
            s.add(1, 0, 0, -2);
            return;
        }
        if (r.proposals().isEmpty()) {
            List<Change> found = anyUnblocksWithFewer(in, WhatIf.MAX_CHANGES + 1);
            require(found == null, () -> describe(in) + ": no proposal, yet " + found + " unblocks");
            s.add(1, 0, 0, -3);
            return;
        }
        int previous = 0;
        Map<String, Object> now = in.toMap();
        for (WhatIf.Proposal p : r.proposals()) {
            Supplier<String> what = () -> describe(in) + " → " + p.changes();
            int size = p.changes().size();
            require(size >= Math.max(1, previous) && size <= WhatIf.MAX_CHANGES, what);
            previous = size;
            for (Change c : p.changes()) {
                require(ControllableFacts.NAMES.contains(c.fact()), what);
                require(java.util.Objects.equals(c.from(), now.get(c.fact())), what);
            }
            String verdict = WHAT_IF.verdict(WhatIf.apply(in, p.changes()));
            require(!verdict.equals("blocked") && verdict.equals(p.verdict()), () -> what.get() + ": the table says " + verdict);
            if (p.input().licenses != null && p.input().licenses.isEmpty()) {
                // the proposed command cannot type "no licences at all": it must not matter where a proposal leaves it
                DiagnosisInput typed = p.input().copy();
                typed.licenses = null;
                require(WHAT_IF.verdict(typed).equals(verdict), () -> what.get() + ": no licences and unknown licences differ");
            }
            for (List<Change> part : properSubsets(p.changes())) {
                require(!unblocks(in, part), () -> what.get() + ": a part of it, " + part + ", unblocks too");
            }
            narrowerRoleWouldNotDo(in, p, resetters, what);
            cheaperLicenceWouldNotDo(in, p, what);
        }
        int shortest = r.proposals().get(0).changes().size();
        List<Change> fewer = anyUnblocksWithFewer(in, shortest);
        require(fewer == null, () -> describe(in) + ": " + fewer + " unblocks with fewer than " + shortest + " changes");
        s.add(1, r.proposals().size(), previous, shortest);
    }

    private static void require(boolean condition, Supplier<String> message) {
        if (!condition) throw new AssertionError(message.get());
    }

    /** A role added by a proposal is the narrowest that works there: each narrower resetter in its place leaves a blocker. */
    @SuppressWarnings("unchecked")
    static void narrowerRoleWouldNotDo(DiagnosisInput in, WhatIf.Proposal p, Set<String> resetters, Supplier<String> what) {
        List<String> ranked = WHAT_IF.controllable().resetters();
        for (int i = 0; i < p.changes().size(); i++) {
            Change c = p.changes().get(i);
            if (!c.fact().equals("roles")) continue;
            List<String> to = (List<String>) c.to();
            String added = to.get(to.size() - 1);
            require(resetters.contains(added), what);
            for (String narrower : ranked.subList(0, ranked.indexOf(added))) {
                if (in.roles.contains(narrower)) continue;
                List<String> alt = new ArrayList<>(in.roles);
                alt.add(narrower);
                List<Change> changes = new ArrayList<>(p.changes());
                changes.set(i, new Change("roles", c.from(), alt));
                require(!unblocks(in, changes), () -> what.get() + ": " + narrower + " would do");
            }
        }
    }

    /**
     * A licence added by a proposal is the cheapest that does as well there (Entra ID P1 before P2
     * before suites): each cheaper one in its place leaves a blocker or only reaches a worse verdict.
     */
    @SuppressWarnings("unchecked")
    static void cheaperLicenceWouldNotDo(DiagnosisInput in, WhatIf.Proposal p, Supplier<String> what) {
        for (int i = 0; i < p.changes().size(); i++) {
            Change c = p.changes().get(i);
            if (!c.fact().equals("licenses")) continue;
            List<String> to = (List<String>) c.to();
            int family = ControllableFacts.family(Catalogs.skus().resolve(to.get(to.size() - 1)).value());
            for (Change other : WHAT_IF.candidates(in)) {
                if (!other.fact().equals("licenses")) continue;
                List<String> alt = (List<String>) other.to();
                if (ControllableFacts.family(Catalogs.skus().resolve(alt.get(alt.size() - 1)).value()) >= family) continue;
                List<Change> changes = new ArrayList<>(p.changes());
                changes.set(i, other);
                String verdict = WHAT_IF.verdict(WhatIf.apply(in, changes));
                require(verdict.equals("blocked") || (verdict.equals("warning") && p.verdict().equals("ok")),
                        () -> what.get() + ": the cheaper " + alt + " gives " + verdict);
            }
        }
    }

    static boolean unblocks(DiagnosisInput in, List<Change> changes) {
        return !WHAT_IF.blocked(WHAT_IF.facts(WhatIf.apply(in, changes)));
    }

    /**
     * A set of fewer than {@code size} single changes (one per fact, from all there are) that unblocks,
     * or null. Sets that leave every fact of a blocking rule alone are skipped: that rule still fires
     * (DerivedFactsInputsTest checks the facts each table fact is computed from).
     */
    static List<Change> anyUnblocksWithFewer(DiagnosisInput in, int size) {
        Map<String, Object> root = WHAT_IF.facts(in);
        List<Set<String>> blockers = new ArrayList<>();
        for (Rule r : TABLE.rules()) {
            if (r.then().severity() != Severity.blocker || !RuleEngine.matches(TABLE, r, root)) continue;
            Set<String> reads = new HashSet<>();
            for (Condition c : r.when()) reads.addAll(DerivedFacts.INPUTS.get(c.fact()));
            blockers.add(reads);
        }
        return search(in, WHAT_IF.candidates(in), blockers, 0, new ArrayList<>(), size - 1);
    }

    private static List<Change> search(DiagnosisInput in, List<Change> all, List<Set<String>> blockers, int from, List<Change> chosen, int left) {
        if (!chosen.isEmpty() && touchesAll(chosen, blockers) && unblocks(in, chosen)) return List.copyOf(chosen);
        if (left == 0) return null;
        for (int i = from; i < all.size(); i++) {
            Change c = all.get(i);
            if (chosen.stream().anyMatch(x -> x.fact().equals(c.fact()))) continue;
            chosen.add(c);
            List<Change> found = search(in, all, blockers, i + 1, chosen, left - 1);
            chosen.remove(chosen.size() - 1);
            if (found != null) return found;
        }
        return null;
    }

    private static boolean touchesAll(List<Change> chosen, List<Set<String>> blockers) {
        for (Set<String> reads : blockers) {
            boolean touched = false;
            for (Change c : chosen) if (reads.contains(c.fact())) touched = true;
            if (!touched) return false;
        }
        return true;
    }

    static List<List<Change>> properSubsets(List<Change> changes) {
        List<List<Change>> out = new ArrayList<>();
        int n = changes.size();
        for (int mask = 0; mask < (1 << n) - 1; mask++) {
            List<Change> part = new ArrayList<>();
            for (int i = 0; i < n; i++) if ((mask & (1 << i)) != 0) part.add(changes.get(i));
            out.add(part);
        }
        return out;
    }

    static String describe(DiagnosisInput in) {
        return in.toMap().toString();
    }
}
