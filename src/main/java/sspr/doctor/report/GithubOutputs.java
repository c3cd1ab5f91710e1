package sspr.doctor.report;

import java.util.Map;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.rules.Severity;

/** The lines written to {@code $GITHUB_OUTPUT}: the verdict and counts a later step can test ({@code steps.ID.outputs.verdict}). */
public final class GithubOutputs {
    private GithubOutputs() {}

    /** diagnose, a profile or a batch: verdict, cases, blockers, warnings, exit-code. */
    public static String diagnosis(DiagnosisModel m, int exit) {
        long blockers = 0, warnings = 0;
        for (DiagnosisModel.Case c : m.cases()) {
            if (c.diagnosis() == null) continue;
            for (Finding fd : c.diagnosis().findings()) {
                if (fd.severity() == Severity.blocker) blockers++;
                else if (fd.severity() == Severity.warning) warnings++;
            }
        }
        return "verdict=" + m.verdict() + "\ncases=" + m.total() + "\nblockers=" + blockers + "\nwarnings=" + warnings + "\nexit-code=" + exit + "\n";
    }

    /** audit: verdict, total, cannot-reset, and with an administrator, exclusions or a baseline their counts; exit-code. */
    public static String audit(AuditModel m, int exit) {
        StringBuilder o = new StringBuilder();
        o.append("verdict=").append(m.verdict()).append('\n');
        o.append("total=").append(m.count("total")).append('\n');
        o.append("cannot-reset=").append(m.count("cannotReset")).append('\n');
        if (m.adminReset() != null) o.append("cannot-be-reset-by-actor=").append(m.cannotBeResetByActor()).append('\n');
        if (m.summary().get("excluded") instanceof Map<?, ?> ex) o.append("excluded=").append(ex.get("total")).append('\n');
        if (m.changes() != null) o.append("new=").append(((Map<?, ?>) m.changes().get("new")).get("count")).append('\n');
        o.append("exit-code=").append(exit).append('\n');
        return o.toString();
    }
}
