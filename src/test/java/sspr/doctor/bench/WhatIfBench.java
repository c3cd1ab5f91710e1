package sspr.doctor.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sspr.doctor.bundle.CompiledContent;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.whatif.FactSpaces;
import sspr.doctor.whatif.WhatIf;

/**
 * Benchmark (run by bench/whatif.sh, not a test): the what-if search for every blocked diagnosis of
 * the admin-reset space (as RuleEvaluationBench) and of the self-service space of WhatIfSpaceTest,
 * each timed on its own; reports median, 99th percentile and maximum per diagnosis, per round.
 */
public final class WhatIfBench {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        WhatIf whatIf = new WhatIf(CompiledContent.rules(), Catalogs.roles(), Catalogs.matrix(), Catalogs.skus(), Catalogs.errorFindings());
        run("admin-reset", FactSpaces.adminReset(), whatIf, rounds);
        run("self-service", FactSpaces.selfService(), whatIf, rounds);
    }

    private static void run(String name, List<DiagnosisInput> space, WhatIf whatIf, int rounds) {
        List<DiagnosisInput> blocked = new ArrayList<>();
        for (DiagnosisInput in : space) if (whatIf.blocked(whatIf.facts(in))) blocked.add(in);
        System.out.printf("%s: %,d combinations, %,d blocked%n", name, space.size(), blocked.size());
        for (int round = 0; round <= rounds; round++) {
            long[] ns = new long[blocked.size()];
            long evaluations = 0;
            long proposals = 0;
            long start = System.nanoTime();
            for (int i = 0; i < blocked.size(); i++) {
                long t = System.nanoTime();
                WhatIf.Result r = whatIf.search(blocked.get(i));
                ns[i] = System.nanoTime() - t;
                evaluations += r.evaluations();
                proposals += r.proposals().size();
            }
            long total = System.nanoTime() - start;
            Arrays.sort(ns);
            System.out.printf("  %-8s median %.3f ms, p99 %.3f ms, max %.3f ms; %.1f evaluations and %.2f proposals per diagnosis; %,.0f diagnoses/s%n",
                    round == 0 ? "warm-up" : "round " + round, ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6,
                    ns[ns.length - 1] / 1e6, (double) evaluations / ns.length, (double) proposals / ns.length, ns.length / (total / 1e9));
        }
    }
}
