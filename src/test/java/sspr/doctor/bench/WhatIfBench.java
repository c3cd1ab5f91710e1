package sspr.doctor.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sspr.doctor.bundle.CompiledContent;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.whatif.FactSpaces;
import sspr.doctor.whatif.WhatIf;

/**
 * Benchmark (run by bench/whatif.sh, not a test): the what-if search for every blocked diagnosis of
 * the admin-reset space (as RuleEvaluationBench) and of the self-service space of WhatIfSpaceTest,
 * each search timed on its own. Per round: median, 99th percentile and maximum. Then, per diagnosis,
 * its fastest round (what the search itself costs, without the pauses another process or the
 * collector put into one round) and, in the same run, one plain diagnosis evaluation (derived facts +
 * table) for scale. The report is written to the file named by the second argument (bench/whatif.sh reads it).
 */
public final class WhatIfBench {
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: WhatIfBench ROUNDS REPORT_FILE");
        int rounds = Integer.parseInt(args[0]);
        DecisionTable table = CompiledContent.rules();
        WhatIf whatIf = new WhatIf(table, Catalogs.roles(), Catalogs.matrix(), Catalogs::skus, Catalogs.errorFindings());
        try (java.io.PrintWriter out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[1])))) {
            run(out, "admin-reset", FactSpaces.adminReset(), whatIf, table, rounds);
            run(out, "self-service", FactSpaces.selfService(), whatIf, table, rounds);
        }
    }

    private static void run(java.io.PrintWriter out, String name, List<DiagnosisInput> space, WhatIf whatIf, DecisionTable table, int rounds) {
        List<DiagnosisInput> blocked = new ArrayList<>();
        for (DiagnosisInput in : space) if (whatIf.blocked(whatIf.facts(in))) blocked.add(in);
        int n = blocked.size();
        out.printf("%s: %,d combinations, %,d blocked%n", name, space.size(), n);
        long[] best = new long[n];
        Arrays.fill(best, Long.MAX_VALUE);
        long[] evaluations = new long[n];
        int[] proposals = new int[n];
        Map<String, String> errorFindings = Catalogs.errorFindings();
        long plainBest = Long.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            long[] ns = new long[n];
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                WhatIf.Result r = whatIf.search(blocked.get(i));
                ns[i] = System.nanoTime() - t;
                evaluations[i] = r.evaluations();
                proposals[i] = r.proposals().size();
                if (round > 0) best[i] = Math.min(best[i], ns[i]);
            }
            long total = System.nanoTime() - start;
            // the same inputs, one plain evaluation each, right after: the scale of one diagnosis in this round
            long t = System.nanoTime();
            int fired = 0;
            for (DiagnosisInput in : blocked) {
                fired += RuleEngine.evaluate(table, DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), errorFindings)).fired().size();
            }
            long plain = System.nanoTime() - t;
            if (round > 0) plainBest = Math.min(plainBest, plain);
            long[] sorted = ns.clone();
            Arrays.sort(sorted);
            out.printf("  %-8s median %.3f ms, p99 %.3f ms, max %.3f ms; %,.0f diagnoses/s (one plain evaluation: %.2f µs; %d findings)%n",
                    round == 0 ? "warm-up" : "round " + round, sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6,
                    sorted[n - 1] / 1e6, n / (total / 1e9), plain / 1e3 / n, fired);
        }
        long[] sorted = best.clone();
        Arrays.sort(sorted);
        int worst = 0;
        long evalTotal = 0;
        long maxEval = 0;
        long proposalTotal = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] > best[worst]) worst = i;
            evalTotal += evaluations[i];
            maxEval = Math.max(maxEval, evaluations[i]);
            proposalTotal += proposals[i];
        }
        double plainPer = plainBest / 1e3 / n;
        out.printf("  fastest round per diagnosis: median %.3f ms, p99 %.3f ms, max %.3f ms (%.0f× one plain evaluation at the median)%n",
                sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6, sorted[n - 1] / 1e6, sorted[n / 2] / 1e3 / plainPer);
        out.printf("  table evaluations per search: mean %.1f, max %d; proposals per diagnosis: mean %.2f%n",
                (double) evalTotal / n, maxEval, (double) proposalTotal / n);
        out.printf("  slowest (fastest round %.3f ms, %d evaluations): %s%n", best[worst] / 1e6, evaluations[worst], stated(blocked.get(worst)));
    }

    /** The facts that differ from the defaults, for naming a diagnosis briefly. */
    private static String stated(DiagnosisInput in) {
        Map<String, Object> defaults = new DiagnosisInput().toMap();
        if (in.selfService()) {
            DiagnosisInput self = new DiagnosisInput();
            self.scenario = "self-service";
            defaults = self.toMap();
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : in.toMap().entrySet()) {
            if (java.util.Objects.equals(e.getValue(), defaults.get(e.getKey()))) continue;
            if (out.length() > 0) out.append(", ");
            out.append(e.getKey()).append('=').append(e.getValue());
        }
        return out.toString();
    }
}
