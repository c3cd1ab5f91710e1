package sspr.doctor.report;

import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.Diagnosis;

/**
 * One diagnosis, a profile's cases, or a batch's lines, as the HTML, Markdown, SARIF and CI
 * renderers read them.
 *
 * @param kind "diagnose" (one case or a profile's cases) or "batch"
 * @param cases the cases (for a batch, at most the report's cap)
 * @param total how many cases or lines there were in all
 * @param counts verdict → number of cases over all of them ("ok", "warning", "blocked", "error")
 * @param waivers waivers needing attention (expired, unused), or null without --waivers
 */
public record DiagnosisModel(String lang, String kind, String verdict, List<Case> cases, long total, Map<String, Long> counts,
                             List<Map<String, Object>> waivers, String source) {

    /** A case: its name (or batch line), the diagnosis, where its facts came from, what would unblock it, and its waived codes. */
    public record Case(String name, Long line, Diagnosis diagnosis, Map<String, Object> input, Map<String, Object> sources,
                       List<Proposal> whatIf, List<OnlyPath> onlyPaths, Map<String, Waiver> waived, String error) {
        public String verdict() {
            return error != null ? "error" : diagnosis.verdict();
        }
    }

    /** A what-if proposal: each change worded, the verdict after them, and the command that shows it. */
    public record Proposal(List<String> changes, String verdict, String command) {}

    /** A blocker nothing here can lift, and the only path. */
    public record OnlyPath(String code, String path) {}

    public boolean capped() {
        return total > cases.size();
    }
}
