package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import sspr.doctor.content.BundledContent;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.DecisionTableParser;

/** Test helper: diagnoses with the bundled table, in English, without FAQ lookups. */
final class Diagnose {
    static final DecisionTable TABLE = DecisionTableParser.parse(BundledContent.readText("rules/sspr-reset.yaml"), "bundled").table();

    private Diagnose() {}

    static Diagnosis run(DiagnosisInput in) {
        return new Diagnoser(TABLE, "en", (a, id) -> null).diagnose(in);
    }

    static List<String> codes(DiagnosisInput in) {
        List<String> codes = new ArrayList<>();
        for (Finding f : run(in).findings()) codes.add(f.code());
        return codes;
    }
}
