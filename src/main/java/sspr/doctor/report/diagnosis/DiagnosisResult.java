package sspr.doctor.report.diagnosis;

import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.report.Waivers;
import sspr.doctor.rules.Severity;

/**
 * The result of {@code diagnose} as its text, JSON, YAML and JUnit renderers read it: one diagnosis, or
 * a profile's cases.
 *
 * @param names the case names (null entries for a single diagnosis)
 * @param multi a profile with cases (JSON "cases", a heading per case in text)
 * @param failOn the --fail-on threshold, null for never (JUnit fails at warning with warning)
 * @param sources where each fact came from (a tenant snapshot or Graph), or null
 * @param whatIf the --what-if proposals, or null
 * @param waivers --waivers, or null
 * @param evidence the user's password events from the audit log, or null
 * @param brief text with one line per finding
 */
public record DiagnosisResult(List<String> names, List<Diagnosis> results, boolean multi, boolean trace, Severity failOn,
                              Map<String, Object> sources, WhatIfView whatIf, Waivers waivers, List<Map<String, Object>> evidence,
                              boolean brief) {

    DiagnosisView view(sspr.doctor.report.ReportContext ctx) {
        return new DiagnosisView(ctx, trace).sources(sources).whatIf(whatIf).waivers(waivers).evidence(evidence).brief(brief);
    }

    /** The JSON/YAML tree: the diagnosis object, or {"schemaVersion","lang","verdict","cases"} for a profile with cases. */
    Object tree(sspr.doctor.report.ReportContext ctx) {
        DiagnosisView view = view(ctx);
        return multi ? view.casesTree(names, results) : view.tree(results.get(0));
    }
}
