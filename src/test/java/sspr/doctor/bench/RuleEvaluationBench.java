package sspr.doctor.bench;

import java.util.List;
import java.util.Map;
import sspr.doctor.bundle.CompiledContent;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.whatif.FactSpaces;

/**
 * Benchmark (run by bench/rules.sh, not a test): evaluates every actor role × target role ×
 * hybrid × writeback × portal combination, derived facts included, and writes the throughput to the file
 * named by the second argument (bench/rules.sh reads it).
 */
public final class RuleEvaluationBench {
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: RuleEvaluationBench ROUNDS REPORT_FILE");
        DecisionTable table = CompiledContent.rules();
        List<DiagnosisInput> inputs = FactSpaces.adminReset();
        Map<String, String> errorFindings = Catalogs.errorFindings();
        int rounds = Integer.parseInt(args[0]);
        StringBuilder out = new StringBuilder();
        long findings = 0;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            for (DiagnosisInput in : inputs) {
                Map<String, Object> facts = DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), errorFindings);
                findings += RuleEngine.evaluate(table, facts).fired().size();
            }
            long ns = System.nanoTime() - start;
            String label = round == 0 ? "warm-up" : "round " + round;
            out.append(String.format("%-8s %,d combinations in %.1f ms: %.2f µs per diagnosis, %,.0f diagnoses/s%n",
                    label, inputs.size(), ns / 1e6, ns / 1e3 / inputs.size(), inputs.size() / (ns / 1e9)));
        }
        out.append("(findings produced: ").append(findings).append(")\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
