package sspr.doctor.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One accepted finding: {@code code}, optionally only for one {@code user} (UPN or id) or one
 * profile {@code caseName}, with why, until when and who answers for it. It applies up to and
 * including its {@code expires} day.
 */
public record Waiver(String code, String user, String caseName, String rationale, LocalDate expires, String owner, int line) {
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** The JSON {@code "waived"} object of a result it covers. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        if (user != null) m.put("user", user);
        if (caseName != null) m.put("case", caseName);
        m.put("rationale", rationale);
        m.put("expires", expires.toString());
        m.put("owner", owner);
        return m;
    }
}
