package sspr.doctor.audit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts over all users, accumulated one record at a time. */
public final class AuditSummary {
    long total;
    long ssprRegistered;
    long ssprEnabled;
    long ssprCapable;
    long admins;
    long adminsNotSsprCapable;
    /** Administrators with isSsprEnabled true: not in the JSON summary, it decides how audit words sspr.admin-disabled. */
    long adminsSsprEnabled;
    long guests;
    long cannotReset;
    // counted in hash maps (a million users × a few methods each); sorted once, for the report
    private final Map<String, long[]> byFinding = new HashMap<>();
    private final Map<String, long[]> byMethod = new HashMap<>();

    public void add(UserRecord r, List<String> findings) {
        total++;
        if (Boolean.TRUE.equals(r.isSsprRegistered)) ssprRegistered++;
        if (Boolean.TRUE.equals(r.isSsprEnabled)) ssprEnabled++;
        boolean capable = r.capable();
        if (capable) ssprCapable++;
        if (r.admin()) {
            admins++;
            if (!capable) adminsNotSsprCapable++;
            if (Boolean.TRUE.equals(r.isSsprEnabled)) adminsSsprEnabled++;
        }
        if (r.guest()) guests++;
        if (!findings.isEmpty()) cannotReset++;
        for (int i = 0; i < findings.size(); i++) count(byFinding, findings.get(i));
        for (int i = 0; i < r.methodsRegistered.size(); i++) count(byMethod, r.methodsRegistered.get(i));
    }

    private static void count(Map<String, long[]> counts, String key) {
        long[] n = counts.get(key);
        if (n == null) counts.put(key, n = new long[1]);
        n[0]++;
    }

    private static Map<String, Long> sorted(Map<String, long[]> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return new LinkedHashMap<>(out);
    }

    public long cannotReset() { return cannotReset; }

    /** Whether an administrator in the export has isSsprEnabled true: the administrator SSPR policy is then evidently on. */
    public boolean adminPolicyOn() { return adminsSsprEnabled > 0; }

    /** Users read in all. */
    public long total() { return total; }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("ssprRegistered", ssprRegistered);
        m.put("ssprEnabled", ssprEnabled);
        m.put("ssprCapable", ssprCapable);
        m.put("admins", admins);
        m.put("adminsNotSsprCapable", adminsNotSsprCapable);
        m.put("guests", guests);
        m.put("cannotReset", cannotReset);
        m.put("byFinding", sorted(byFinding));
        m.put("byMethod", sorted(byMethod));
        return m;
    }
}
