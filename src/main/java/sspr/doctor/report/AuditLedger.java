package sspr.doctor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sspr.doctor.audit.UserRecord;

/**
 * What audit adds around its streamed counts, one user at a time: exclusions, waivers, the
 * comparison with a baseline, and the rows the HTML and Markdown reports list (the first
 * {@code cap}, with every row also spooled as CSV so that a capped table can point at the full list).
 * Each part is optional; an audit without any of them never builds a ledger.
 */
public final class AuditLedger implements AutoCloseable {
    private final Exclusions exclusions;
    private final Waivers waivers;
    private final Baseline baseline;
    private final int cap;
    private final List<AuditRow> rows = new ArrayList<>();
    private final Path csvSpool;
    private final BufferedWriter csv;
    private long listed;
    private long failing;
    private long waivedUsers;
    private long newFailing;
    private final Map<String, Long> waivedByFinding = new TreeMap<>();

    /** @param cap rows kept for the report (0: none); when positive every row is also spooled as CSV */
    public AuditLedger(Exclusions exclusions, Waivers waivers, Baseline baseline, int cap) throws IOException {
        this.exclusions = exclusions;
        this.waivers = waivers;
        this.baseline = baseline;
        this.cap = cap;
        if (cap > 0) {
            csvSpool = sspr.doctor.io.TempFiles.spool("sspr-doctor-rows", ".csv"); // removed on Ctrl-C / SIGTERM too
            csv = Files.newBufferedWriter(csvSpool, StandardCharsets.UTF_8);
            csv.write("id,userPrincipalName,isAdmin,findings,adminReset,waived\r\n");
        } else {
            csvSpool = null;
            csv = null;
        }
    }

    /**
     * Whether to leave this user out (counted in the exclusions); a left-out user is still marked
     * seen for the baseline, so that leaving them out never reads as "fixed".
     */
    public boolean excluded(UserRecord r, boolean guest, Boolean disabled) {
        if (exclusions == null || exclusions.exclude(r.id, guest, disabled) == null) return false;
        if (baseline != null) baseline.user(r.id, r.userPrincipalName, List.of(), List.of());
        return true;
    }

    /** Called for every audited user, also those who can reset (empty lists); returns the user's waived codes. */
    public Map<String, Waiver> user(UserRecord r, List<String> selfService, List<String> adminReset) {
        Map<String, Waiver> waived = Map.of();
        boolean counts = false;
        List<String> unwaived = new ArrayList<>();
        for (String c : selfService) counts |= consider(r, c, c, waived = waivedMap(waived), unwaived);
        for (String c : adminReset) counts |= consider(r, c, "admin-reset:" + c, waived = waivedMap(waived), unwaived);
        if (counts) failing++;
        if (!waived.isEmpty()) waivedUsers++;
        if (baseline != null) {
            long before = baseline.newUsers();
            baseline.user(r.id, r.userPrincipalName, selfService, adminReset);
            // a new finding counts for --fail-on new unless it is waived
            if (baseline.newUsers() > before && !unwaived.isEmpty()) newFailing++;
        }
        if (selfService.isEmpty() && adminReset.isEmpty()) return waived;
        listed++;
        AuditRow row = new AuditRow(r.id, r.userPrincipalName, r.admin(), selfService, adminReset, waived.isEmpty() ? Map.of() : waived);
        if (cap > 0) {
            if (rows.size() < cap) rows.add(row);
            try {
                csv.write(Csv.field(r.id) + "," + Csv.field(r.userPrincipalName) + "," + r.admin() + "," + Csv.field(String.join(";", selfService))
                        + "," + Csv.field(String.join(";", adminReset)) + "," + Csv.field(String.join(";", waived.keySet())) + "\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return waived;
    }

    private static Map<String, Waiver> waivedMap(Map<String, Waiver> m) {
        return m.isEmpty() ? new LinkedHashMap<>() : m;
    }

    /** Records the waiver of one code; returns whether the code counts for --fail-on. */
    private boolean consider(UserRecord r, String code, String key, Map<String, Waiver> waived, List<String> unwaived) {
        Waiver w = waivers == null ? null : waivers.find(key, r.id, r.userPrincipalName, null);
        if (w == null && waivers != null && !key.equals(code)) w = waivers.find(code, r.id, r.userPrincipalName, null);
        if (w != null) {
            waived.put(key, w);
            waivedByFinding.merge(key, 1L, Long::sum);
        }
        boolean counts = w == null || !waivers.active(w);
        if (counts) unwaived.add(key);
        return counts;
    }

    /** The JSON members a user line gains: {@code ,"waived":{code:{…}}}, or "" when nothing is waived. */
    public static String waivedJson(Map<String, Waiver> waived) {
        if (waived.isEmpty()) return "";
        Map<String, Object> m = new LinkedHashMap<>();
        waived.forEach((k, w) -> m.put(k, w.toMap()));
        String s = sspr.doctor.io.TreeWriter.jsonLine(Map.of("waived", m));
        return "," + s.substring(1, s.length() - 1);
    }

    /** Users with at least one finding that still counts (not waived, or waived by an expired waiver). */
    public long failing() { return failing; }

    /** Users with a finding that is new since the baseline and not waived. */
    public long newFailing() { return newFailing; }

    public long listed() { return listed; }

    public List<AuditRow> rows() { return rows; }

    public int cap() { return cap; }

    public boolean hasWaivers() { return waivers != null; }

    public boolean hasExclusions() { return exclusions != null; }

    public boolean hasBaseline() { return baseline != null; }

    /** Adds summary.excluded and summary.waived to the JSON summary. */
    public void addTo(Map<String, Object> summary) {
        if (exclusions != null) summary.put("excluded", exclusions.summary());
        if (waivers != null) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("users", waivedUsers);
            w.put("byFinding", new LinkedHashMap<>(waivedByFinding));
            summary.put("waived", w);
        }
    }

    /** Top-level JSON members after "users": changes and waivers, as {@code ,"changes":…}; "" when neither was asked for. */
    public Map<String, Object> extras() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (baseline != null) m.put("changes", changes());
        if (waivers != null) m.put("waivers", waivers.report());
        return m;
    }

    private Map<String, Object> changes;

    public Map<String, Object> changes() {
        if (changes == null && baseline != null) changes = baseline.changes();
        return changes;
    }

    public List<Map<String, Object>> waiverReport() {
        return waivers == null ? List.of() : waivers.report();
    }

    /**
     * When more rows were listed than kept: moves the CSV of every row to {@code target} and returns
     * true; otherwise deletes the spool.
     */
    public boolean keepFullList(Path target) throws IOException {
        if (csv == null) return false;
        csv.close();
        if (listed <= cap || target == null) {
            Files.deleteIfExists(csvSpool);
            return false;
        }
        // copied into a file made beside the target, not moved: the spool is private (0600), the list gets the umask's mode as the report does
        Path temp = sspr.doctor.io.TempFiles.create(target.toAbsolutePath().getParent(), ".sspr-doctor-users-", ".tmp");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(temp)) {
                Files.copy(csvSpool, out);
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sspr.doctor.io.TempFiles.release(temp);
        } finally {
            sspr.doctor.io.TempFiles.delete(temp);
            sspr.doctor.io.TempFiles.delete(csvSpool);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
            sspr.doctor.io.TempFiles.delete(csvSpool);
        }
    }
}
