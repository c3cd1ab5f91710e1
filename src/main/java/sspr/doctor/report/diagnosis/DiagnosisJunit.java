package sspr.doctor.report.diagnosis;

import sspr.doctor.report.ReportContext;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.junit.JunitWriter;
import sspr.doctor.rules.Severity;
import sspr.doctor.text.ShellQuoting;

/**
 * {@code diagnose --format junit}: one test case per diagnosis (per profile case), one
 * {@code <failure>} per blocker — and per warning too with {@code --fail-on warning}, so that the
 * report fails exactly the cases the exit code fails on. The other findings and the verdict are the
 * case's {@code <system-out>}, because some CI servers show only a case's first failure.
 * With {@code --trace} the rules evaluated follow in {@code <system-out>}.
 * Blockers are failures even with {@code --fail-on never}: the report says what is true, the exit
 * code says whether the job should stop.
 */
public final class DiagnosisJunit {
    public static final String SUITE = "sspr-doctor diagnose";
    public static final String CLASSNAME = "sspr-doctor.diagnose";

    private final ReportContext ctx;
    private final Severity failOn;
    private final boolean trace;

    /** @param failOn the --fail-on threshold (null: never); findings at warning or above fail with warning, blockers always */
    public DiagnosisJunit(ReportContext ctx, Severity failOn, boolean trace) {
        this.ctx = ctx;
        this.trace = trace;
        this.failOn = failOn == Severity.warning ? Severity.warning : Severity.blocker;
    }

    /** With --waivers: a waived finding in date is no failure; a case whose every failure is waived is skipped, saying why. */
    private sspr.doctor.report.Waivers waivers;
    private final java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

    public DiagnosisJunit waivers(sspr.doctor.report.Waivers waivers) {
        this.waivers = waivers;
        return this;
    }

    private sspr.doctor.report.Waiver waiver(Finding f, String caseName) {
        if (waivers == null) return null;
        sspr.doctor.report.Waiver w = waivers.find(f.code(), null, null, caseName);
        return w == null || w.expiredOn(today) ? null : w;
    }

    /** {@code names} are the profile's case names; null (a single diagnosis) names the case after its facts. */
    public String xml(List<String> names, List<Diagnosis> results) {
        int failed = 0;
        int skipped = 0;
        for (int i = 0; i < results.size(); i++) {
            if (!failures(results.get(i), names.get(i)).isEmpty()) failed++;
            else if (waivedAny(results.get(i), names.get(i))) skipped++;
        }
        StringWriter out = new StringWriter();
        JunitWriter w = new JunitWriter(out).declaration()
                .startTestsuites("sspr-doctor", results.size(), failed, 0)
                .startTestsuite(SUITE, results.size(), failed, 0, skipped, 0);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("lang", results.isEmpty() ? ctx.lang() : results.get(0).lang());
        properties.put("failOn", failOn.name());
        w.properties(properties);
        for (int i = 0; i < results.size(); i++) {
            Diagnosis d = results.get(i);
            String name = names.get(i) != null ? names.get(i) : caseName(d.input());
            w.startTestcase(name, CLASSNAME, 0);
            List<Finding> failures = failures(d, names.get(i));
            StringBuilder waived = new StringBuilder();
            for (Finding f : d.findings()) {
                sspr.doctor.report.Waiver wv = f.severity().atLeast(failOn) ? waiver(f, names.get(i)) : null;
                if (wv != null) waived.append(f.code()).append(": ").append(waivedText(wv)).append('\n');
            }
            if (failures.isEmpty() && waived.length() > 0) w.skipped(waived.toString().strip());
            for (Finding f : failures) w.failure(f.title(), f.code(), body(f));
            w.systemOut(systemOut(d) + (waived.length() > 0 ? "\n" + waived : ""));
            w.endTestcase();
        }
        w.endTestsuite().endTestsuites();
        return out.toString();
    }

    /** Whether a finding that would fail the case is waived: with no failure left, the case is {@code <skipped>}. */
    private boolean waivedAny(Diagnosis d, String caseName) {
        for (Finding f : d.findings()) if (f.severity().atLeast(failOn) && waiver(f, caseName) != null) return true;
        return false;
    }

    private List<Finding> failures(Diagnosis d, String caseName) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : d.findings()) if (f.severity().atLeast(failOn) && waiver(f, caseName) == null) out.add(f);
        return out;
    }

    private String waivedText(sspr.doctor.report.Waiver w) {
        return sspr.doctor.i18n.Messages.of("report", ctx.lang()).format("report.annotation.waived",
                "rationale", w.rationale(), "expires", w.expires(), "owner", w.owner());
    }

    /** The detail, the numbered fix, FAQ entries and links: what the text output shows under a finding. */
    private String body(Finding f) {
        StringBuilder b = new StringBuilder(f.detail());
        if (!f.fix().isEmpty()) {
            b.append("\n\n").append(ctx.t("diagnose.fix"));
            for (int i = 0; i < f.fix().size(); i++) b.append('\n').append(i + 1).append(". ").append(f.fix().get(i));
        }
        if (!f.faq().isEmpty() || !f.links().isEmpty()) b.append('\n');
        for (Finding.FaqRef r : f.faq()) {
            b.append('\n').append(ctx.t("diagnose.faq")).append(' ').append(r.question())
                    .append(" (sspr-doctor faq show ").append(r.article()).append('/').append(r.entry()).append(')');
        }
        for (String link : f.links()) b.append('\n').append(link);
        return b.toString();
    }

    /** The verdict, then every finding that is not a failure, with its detail. */
    private String systemOut(Diagnosis d) {
        int blockers = 0, warnings = 0;
        for (Finding f : d.findings()) {
            if (f.severity() == Severity.blocker) blockers++;
            else if (f.severity() == Severity.warning) warnings++;
        }
        StringBuilder b = new StringBuilder(ctx.t("verdict." + d.verdict(), "blockers", blockers, "warnings", warnings)).append('\n');
        for (Finding f : d.findings()) {
            if (f.severity().atLeast(failOn)) continue;
            b.append('\n').append(DiagnosisView.mark(f.severity())).append(' ').append(ctx.t("severity." + f.severity().name()))
                    .append(": ").append(f.title()).append(" (").append(f.code()).append(")\n").append(f.detail()).append('\n');
        }
        if (trace) {
            b.append('\n').append(ctx.t("diagnose.trace")).append('\n');
            for (var t : d.trace()) b.append(t.matched() ? "✓ " : "· ").append(t.rule()).append(": ").append(t.reason()).append('\n');
        }
        return b.toString();
    }

    /** The facts that differ from the defaults, as the diagnose options that state them: a name that also reproduces the case. */
    public static String caseName(DiagnosisInput in) {
        List<String> words = new ArrayList<>();
        words.add("diagnose");
        DiagnosisInput dflt = new DiagnosisInput();
        if (!in.scenario.equals(dflt.scenario)) option(words, "--scenario", in.scenario);
        if (in.roles != null) option(words, "--role", in.roles.isEmpty() ? "none" : String.join(",", in.roles));
        if (!in.roleScope.equals(dflt.roleScope)) option(words, "--role-scope", in.roleScope);
        flag(words, "--role-not-activated", in.roleNotActivated);
        if (!in.targetRoles.isEmpty()) option(words, "--target-role", String.join(",", in.targetRoles));
        flag(words, "--target-in-role-assignable-group", in.targetInRoleAssignableGroup);
        flag(words, "--target-in-restricted-au", in.targetInRestrictedAu);
        flag(words, "--target-member-of-restricted-au", in.targetMemberOfRestrictedAu);
        if (in.licenses != null) for (String l : in.licenses) option(words, "--license", l);
        if (in.federated) words.add("--federated");
        else flag(words, "--hybrid", in.hybrid);
        if (in.writeback != null) words.add(in.writeback ? "--writeback" : "--no-writeback");
        flag(words, "--onprem-protected", in.onpremProtected);
        if (in.syncEngine != null) option(words, "--sync-engine", in.syncEngine);
        if (in.portal != null) option(words, "--portal", in.portal);
        if (!in.symptoms.isEmpty()) option(words, "--symptom", String.join(",", in.symptoms));
        flag(words, "--locked-out", in.lockedOut);
        flag(words, "--sign-in-blocked", in.signInBlocked);
        flag(words, "--throttled", in.throttled);
        flag(words, "--admin-sspr-disabled", in.adminSsprDisabled);
        if (in.ssprScope != null) option(words, "--sspr-scope", in.ssprScope);
        if (in.inSsprGroup != null) words.add(in.inSsprGroup ? "--in-sspr-group" : "--not-in-sspr-group");
        if (in.registered != null) words.add(in.registered ? "--registered" : "--not-registered");
        flag(words, "--guest", in.guest);
        if (in.error != null) option(words, "--error", in.error);
        return String.join(" ", words);
    }

    private static void option(List<String> words, String option, String value) {
        words.add(option);
        words.add(ShellQuoting.asNeeded(value));
    }

    private static void flag(List<String> words, String option, boolean on) {
        if (on) words.add(option);
    }
}
