package sspr.doctor.audit;

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
    long guests;
    long cannotReset;
    final Map<String, Long> byFinding = new TreeMap<>();
    final Map<String, Long> byMethod = new TreeMap<>();

    public void add(UserRecord r, List<String> findings) {
        total++;
        if (Boolean.TRUE.equals(r.isSsprRegistered)) ssprRegistered++;
        if (Boolean.TRUE.equals(r.isSsprEnabled)) ssprEnabled++;
        boolean capable = r.capable();
        if (capable) ssprCapable++;
        if (r.admin()) {
            admins++;
            if (!capable) adminsNotSsprCapable++;
        }
        if (r.guest()) guests++;
        if (!findings.isEmpty()) cannotReset++;
        for (String f : findings) byFinding.merge(f, 1L, Long::sum);
        for (String m : r.methodsRegistered) byMethod.merge(m, 1L, Long::sum);
    }

    public long cannotReset() { return cannotReset; }

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
        m.put("byFinding", new LinkedHashMap<>(byFinding));
        m.put("byMethod", new LinkedHashMap<>(byMethod));
        return m;
    }
}
