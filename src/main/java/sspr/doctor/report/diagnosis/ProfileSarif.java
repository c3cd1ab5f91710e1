package sspr.doctor.report.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.ReportContext;
import sspr.doctor.report.Sarif;
import sspr.doctor.report.Waiver;
import sspr.doctor.report.Waivers;
import sspr.doctor.rules.Condition;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.Severity;

/**
 * {@code diagnose --profile FILE --format sarif}: each finding of each case located at the line of
 * the profile fact that triggers it.
 *
 * @param file the profile as named on the command line; {@code lines} its text
 * @param waivers --waivers (suppressions), or null
 * @param toolVersion the tool's version, for the SARIF driver
 */
public record ProfileSarif(String file, List<String> lines, List<ProfileReader.Case> cases, List<Diagnosis> results, DecisionTable table,
                           Waivers waivers, String toolVersion) {

    /** SARIF: a result per finding of each case, at the line of the profile fact that triggers it (else the case's line). */
    public static String render(ProfileSarif m, ReportContext ctx) {
        String file = m.file();
        List<String> lines = m.lines();
        List<ProfileReader.Case> cases = m.cases();
        List<Diagnosis> results = m.results();
        DecisionTable table = m.table();
        Waivers waivers = m.waivers();
        List<Sarif.Rule> rules = new ArrayList<>();
        List<Sarif.Result> out = new ArrayList<>();
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : table.rules()) byId.put(r.id(), r);
        for (int i = 0; i < results.size(); i++) {
            ProfileReader.Case c = cases.get(i);
            for (Finding fd : results.get(i).findings()) {
                String level = fd.severity() == Severity.blocker ? "error" : fd.severity() == Severity.warning ? "warning" : "note";
                rules.add(new Sarif.Rule(fd.code(), fd.title(), fd.detail(), String.join("\n", fd.fix()), level));
                int[] at = location(fd, c, byId.get(fd.rule()), lines);
                Waiver w = waivers == null ? null : waivers.find(fd.code(), null, null, c.name());
                String message = (c.name() != null ? "[" + c.name() + "] " : "") + fd.title() + ": " + fd.detail();
                out.add(new Sarif.Result(fd.code(), level, message, file, at[0], at[1], w));
            }
        }
        return TreeWriter.json(Sarif.log(m.toolVersion(), ctx.lang(), rules, out));
    }

    /** Line and column of the first profile fact the finding's rule tests, else of the case's name, else line 1. */
    static int[] location(Finding fd, ProfileReader.Case c, Rule rule, List<String> lines) {
        if (rule != null) {
            for (Condition cond : rule.when()) {
                for (String input : DerivedFacts.INPUTS.getOrDefault(cond.fact(), List.of(cond.fact()))) {
                    RawFact raw = c.facts().get(profileKey(input));
                    int[] at = raw == null ? null : origin(raw.origin());
                    if (at != null) return at;
                }
            }
        }
        if (c.name() != null) {
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                int at = l.indexOf(c.name());
                if (at >= 0 && l.contains("name")) return new int[] {i + 1, Math.max(1, l.indexOf("name") + 1)};
            }
        }
        return new int[] {1, 1};
    }

    private static int[] origin(String origin) {
        if (origin == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+):(\\d+)$").matcher(origin);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /** The profile key of an {@code input} name: roles → role, targetRoles → target-role, adminSsprDisabled → admin-sspr-disabled. */
    static String profileKey(String input) {
        String singular = switch (input) {
            case "roles" -> "role";
            case "targetRoles" -> "targetRole";
            case "licenses" -> "license";
            case "symptoms" -> "symptom";
            default -> input;
        };
        return singular.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
