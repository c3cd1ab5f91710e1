package sspr.doctor.report.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sspr.doctor.audit.AuditSummary;
import sspr.doctor.audit.UserRecord;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.i18n.Messages;
import sspr.doctor.junit.JunitWriter;
import sspr.doctor.report.ReportContext;

/**
 * {@code audit --format junit}: by default one test case per finding code, failed when any user has
 * it, with the count and the first {@link #LISTED} users; the codes the export itself decides
 * (not enabled, not registered, guest, not capable) are always there, so a clean tenant shows them
 * passing. With {@code --junit-per-user}, one test case per user — every user, those who can reset
 * pass — with a failure per finding; test cases are spooled to a temporary file because the suite's
 * start tag carries the counts, so memory stays bounded whatever the number of users.
 * Audit findings are all blockers, so each is a failure whatever {@code --fail-on} says; that option
 * only sets the exit code.
 */
public final class AuditJunit implements AutoCloseable {
    public static final String SUITE = "sspr-doctor audit";
    public static final String CLASSNAME = "sspr-doctor.audit";
    static final int LISTED = 50;
    static final List<String> EXPORT_CODES = List.of("sspr.not-enabled", "sspr.not-registered", "sspr.guest", "sspr.not-capable");

    private final ReportContext ctx;
    private final Messages findings;
    private final Messages terms;
    private final DiagnosisInput tenant;
    private final long started = System.nanoTime();
    private final Map<String, List<String>> listedByCode = new TreeMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Long> adminResetCounts = new HashMap<>();
    static final String ADMIN_RESET = "admin-reset:";
    private final Path spool;
    private final Writer spoolWriter;
    private final JunitWriter spoolXml;
    private long users;
    private long failedUsers;
    /** --junit-per-user: users whose every finding is waived (a {@code <skipped>} test case). */
    private long skippedUsers;
    /** --waivers: the next user's waived codes, and per code how many users a waiver in date covers. */
    private Map<String, sspr.doctor.report.Waiver> waived = Map.of();
    private final Map<String, Long> waivedCounts = new HashMap<>();
    private final Map<String, sspr.doctor.report.Waiver> waiverOf = new HashMap<>();
    private final java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

    /** The waived codes of the user given next (keys as this report names codes, admin-reset ones prefixed). */
    public void waived(Map<String, sspr.doctor.report.Waiver> waived) {
        this.waived = waived;
    }

    private boolean waivedNow(String code) {
        sspr.doctor.report.Waiver w = waived.get(code);
        return w != null && !w.expiredOn(today);
    }

    private String waiverText(sspr.doctor.report.Waiver w) {
        return Messages.of("report", ctx.lang()).format("report.annotation.waived", "rationale", w.rationale(), "expires", w.expires(), "owner", w.owner());
    }

    public AuditJunit(ReportContext ctx, boolean perUser, DiagnosisInput tenant) throws IOException {
        this.ctx = ctx;
        this.findings = Messages.of("findings", ctx.lang());
        this.terms = Messages.of("terms", ctx.lang());
        this.tenant = tenant;
        for (String code : EXPORT_CODES) listedByCode.put(code, new ArrayList<>());
        if (perUser) {
            spool = sspr.doctor.io.TempFiles.spool("sspr-doctor-junit", ".xml");
            spoolWriter = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
            spoolXml = new JunitWriter(spoolWriter);
        } else {
            spool = null;
            spoolWriter = null;
            spoolXml = null;
        }
    }

    /**
     * audit --tenant: also the findings that keep the administrator from resetting the password, as
     * "admin-reset:CODE" (its own test case, or failure), as the CSV names them.
     */
    public void user(UserRecord r, List<String> codes, List<String> adminReset) {
        if (adminReset.isEmpty()) {
            user(r, codes);
            return;
        }
        List<String> all = new ArrayList<>(codes);
        for (String code : adminReset) {
            all.add(ADMIN_RESET + code);
            adminResetCounts.merge(ADMIN_RESET + code, 1L, Long::sum);
        }
        user(r, all);
    }

    /** Every user of the export, with their finding codes (empty: they can reset). */
    public void user(UserRecord r, List<String> codes) {
        String name = r.userPrincipalName != null ? r.userPrincipalName : r.id != null ? r.id : "record " + (users + 1);
        users++;
        Map<String, sspr.doctor.report.Waiver> userWaived = waived;
        waived = Map.of();
        if (spoolXml != null) {
            if (codes.isEmpty()) {
                spoolXml.passedTestcase(name, CLASSNAME, 0);
                return;
            }
            List<String> failing = new ArrayList<>();
            for (String code : codes) if (!(userWaived.containsKey(code) && !userWaived.get(code).expiredOn(today))) failing.add(code);
            if (!failing.isEmpty()) failedUsers++;
            else skippedUsers++;
            spoolXml.startTestcase(name, CLASSNAME, 0);
            if (failing.isEmpty()) spoolXml.skipped(waiverText(userWaived.get(codes.get(0))));
            for (String code : failing) spoolXml.failure(title(code), code, null);
            if (!userWaived.isEmpty()) {
                StringBuilder out = new StringBuilder();
                userWaived.forEach((code, w) -> out.append(code).append(": ").append(waiverText(w)).append('\n'));
                spoolXml.systemOut(out.toString());
            }
            spoolXml.endTestcase();
            return;
        }
        for (String code : codes) {
            sspr.doctor.report.Waiver w = userWaived.get(code);
            if (w != null && !w.expiredOn(today)) {
                waivedCounts.merge(code, 1L, Long::sum);
                waiverOf.putIfAbsent(code, w);
            }
            List<String> listed = listedByCode.computeIfAbsent(code, k -> new ArrayList<>());
            if (listed.size() < LISTED) listed.add(w == null ? name : name + " (" + waiverText(w) + ")");
        }
    }

    /** With --baseline: {@code changes} of the ledger; the report gains a test case that fails when a user has a new finding. */
    private Map<String, Object> changes;

    public void changes(Map<String, Object> changes) {
        this.changes = changes;
    }

    static final String BASELINE_CASE = "baseline: new findings";

    private long extraTests() {
        return changes == null ? 0 : 1;
    }

    @SuppressWarnings("unchecked")
    private long extraFailed() {
        return changes == null || ((Number) ((Map<String, Object>) changes.get("new")).get("count")).longValue() == 0 ? 0 : 1;
    }

    @SuppressWarnings("unchecked")
    private void baselineCase(JunitWriter xml) {
        Map<String, Object> added = (Map<String, Object>) changes.get("new");
        long count = ((Number) added.get("count")).longValue();
        if (count == 0) {
            xml.passedTestcase(BASELINE_CASE, CLASSNAME, 0);
            return;
        }
        var r = Messages.of("report", ctx.lang());
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> u : (List<Map<String, Object>>) added.get("users")) {
            Object name = u.get("userPrincipalName") != null ? u.get("userPrincipalName") : u.get("id");
            body.append(name).append(": ").append(String.join(", ", (List<String>) u.get("findings"))).append('\n');
        }
        xml.startTestcase(BASELINE_CASE, CLASSNAME, 0).failure(r.get("report.changes.new") + ": " + count + " " + added.get("byFinding"), "baseline.new",
                body.toString()).endTestcase();
    }

    /** Writes the whole document once every user has been seen. */
    @SuppressWarnings("unchecked")
    private final Map<String, Object> notes = new LinkedHashMap<>();

    /** A suite property beside the counts: audit --tenant's snapshot.incomplete warning (what is missing, what is unknown). */
    public void note(String name, String value) {
        notes.put(name, value);
    }

    /** Whether an administrator in the export has isSsprEnabled true (AuditWording), known once every user is read. */
    private boolean adminPolicyOn;

    public void finish(Writer out, AuditSummary summary) throws IOException {
        adminPolicyOn = summary.adminPolicyOn();
        Map<String, Object> totals = summary.toMap();
        Map<String, Long> byFinding = (Map<String, Long>) totals.get("byFinding");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("lang", findings.lang());
        for (Map.Entry<String, Object> e : totals.entrySet()) if (!(e.getValue() instanceof Map)) properties.put(e.getKey(), e.getValue());
        properties.putAll(notes);
        double seconds = (System.nanoTime() - started) / 1e9;
        JunitWriter xml = new JunitWriter(out).declaration();
        if (spool != null) {
            spoolWriter.close();
            xml.startTestsuites("sspr-doctor", users + extraTests(), failedUsers + extraFailed(), seconds)
                    .startTestsuite(SUITE, users + extraTests(), failedUsers + extraFailed(), 0, skippedUsers, seconds).properties(properties);
            out.flush();
            try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        } else {
            long failed = 0;
            long skipped = 0;
            for (String code : listedByCode.keySet()) {
                long count = count(byFinding, code);
                if (count > waivedCounts.getOrDefault(code, 0L)) failed++;
                else if (count > 0) skipped++;
            }
            xml.startTestsuites("sspr-doctor", listedByCode.size() + extraTests(), failed + extraFailed(), seconds)
                    .startTestsuite(SUITE, listedByCode.size() + extraTests(), failed + extraFailed(), 0, skipped, seconds).properties(properties);
            for (Map.Entry<String, List<String>> e : listedByCode.entrySet()) {
                String code = e.getKey();
                long count = count(byFinding, code);
                if (count == 0) {
                    xml.passedTestcase(code, CLASSNAME, 0);
                    continue;
                }
                if (count == waivedCounts.getOrDefault(code, 0L)) {
                    xml.startTestcase(code, CLASSNAME, 0).skipped(waiverText(waiverOf.get(code)))
                            .systemOut(body(code, count, e.getValue())).endTestcase();
                    continue;
                }
                xml.startTestcase(code, CLASSNAME, 0)
                        .failure(ctx.t("junit.audit.users", "count", count, "title", title(code)), code, body(code, count, e.getValue()))
                        .endTestcase();
            }
        }
        if (changes != null) baselineCase(xml);
        xml.endTestsuite().endTestsuites();
    }

    private long count(Map<String, Long> byFinding, String code) {
        return code.startsWith(ADMIN_RESET) ? adminResetCounts.getOrDefault(code, 0L) : byFinding.getOrDefault(code, 0L);
    }

    private static String bare(String code) {
        return code.startsWith(ADMIN_RESET) ? code.substring(ADMIN_RESET.length()) : code;
    }

    private String title(String code) {
        return titles.computeIfAbsent(code, c -> format((c.startsWith(ADMIN_RESET) ? bare(c) : sspr.doctor.audit.AuditWording.title(c)) + ".title"));
    }

    private String body(String code, long count, List<String> listed) {
        code = code.startsWith(ADMIN_RESET) ? bare(code) : sspr.doctor.audit.AuditWording.texts(code, adminPolicyOn);
        StringBuilder b = new StringBuilder(format(code + ".detail"));
        List<String> fix = new ArrayList<>();
        for (int i = 1; findings.has(code + ".fix." + i); i++) fix.add(format(code + ".fix." + i));
        if (!fix.isEmpty()) {
            b.append("\n\n").append(ctx.t("diagnose.fix"));
            for (int i = 0; i < fix.size(); i++) b.append('\n').append(i + 1).append(". ").append(fix.get(i));
        }
        b.append("\n\n").append(ctx.t("junit.audit.listed", "shown", listed.size(), "count", count));
        for (String user : listed) b.append("\n  ").append(user);
        return b.toString();
    }

    /** The finding texts are worded for one diagnosis; here they speak of every user with the code, so the facts one user would fill in are general. */
    private String format(String key) {
        String licenses = tenant.licenses == null || tenant.licenses.isEmpty() ? terms.get("unknown") : String.join(", ", tenant.licenses);
        return findings.format(key, "resetters", terms.get("resetters.any"), "actorRoles", terms.get("unknown"),
                "targetRoles", terms.get("unknown"), "uncovered", terms.get("unknown"), "portal", terms.get("portal.sspr-portal"),
                "licenses", licenses, "error", "");
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            spoolWriter.close();
            sspr.doctor.io.TempFiles.delete(spool);
        }
    }
}
