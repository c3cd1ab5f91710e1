package sspr.doctor.diagnosis;

import java.util.List;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;

/** The outcome for one set of facts. Verdict: blocked, warning or ok. */
public record Diagnosis(String lang, DiagnosisInput input, String verdict, List<Finding> findings,
                        List<RuleEngine.TraceLine> trace) {

    public static String verdictOf(List<Finding> findings) {
        // verdict() over the findings' severities, without a stream (a batch asks once per line)
        boolean warning = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.blocker) return "blocked";
            if (f.severity() == Severity.warning) warning = true;
        }
        return warning ? "warning" : "ok";
    }

    /** Blocked if any is a blocker, else warning if any is a warning, else ok. */
    public static String verdict(Iterable<Severity> severities) {
        boolean warning = false;
        for (Severity s : severities) {
            if (s == Severity.blocker) return "blocked";
            if (s == Severity.warning) warning = true;
        }
        return warning ? "warning" : "ok";
    }

    /** Whether any finding is at or above the threshold (null threshold = never). */
    public boolean failsOn(Severity threshold) {
        if (threshold == null) return false;
        for (Finding f : findings) if (f.severity().atLeast(threshold)) return true;
        return false;
    }
}
