package sspr.doctor.report;

import java.util.List;
import java.util.Map;

/**
 * An audit's result as the HTML, Markdown and GitHub-summary renderers read it.
 *
 * @param summary the JSON summary (with adminReset, excluded, waived when present)
 * @param rows the users listed, at most the report's cap
 * @param listed how many users have a finding in all
 * @param fullList where every listed user is written as CSV when the table is capped, else null
 * @param manifest the snapshot's manifest.json, or null
 * @param changes JSON {@code changes} of a --baseline comparison, or null
 * @param waivers the waivers to report (expired, unused), or null without --waivers
 * @param actor the administrator of audit --tenant's admin-reset side, or null
 * @param source what was audited (the files or the snapshot folder), for the header
 * @param facts the facts and their sources (tenant-wide facts as given, where each user's facts are read), or null
 */
public record AuditModel(String lang, Map<String, Object> summary, List<AuditRow> rows, long listed, String fullList,
                         Map<String, Object> manifest, Map<String, Object> changes, List<Map<String, Object>> waivers,
                         FindingTexts texts, String actor, String source, List<Fact> facts) {

    public AuditModel(String lang, Map<String, Object> summary, List<AuditRow> rows, long listed, String fullList,
                      Map<String, Object> manifest, Map<String, Object> changes, List<Map<String, Object>> waivers,
                      FindingTexts texts, String actor, String source) {
        this(lang, summary, rows, listed, fullList, manifest, changes, waivers, texts, actor, source, null);
    }

    /**
     * One fact of the audit and where it comes from.
     *
     * @param fact the JSON {@code input} key (writeback, licenses…) or an export's property (isSsprRegistered…)
     * @param value the value given for the whole tenant; null with {@code perUser} false: unknown
     * @param perUser read for each user from {@code source}
     * @param source an option, a profile's file:line:column, or the files read; null when unknown
     */
    public record Fact(String fact, Object value, boolean perUser, String source) {}

    @SuppressWarnings("unchecked")
    public Map<String, Long> byFinding() {
        return (Map<String, Long>) summary.getOrDefault("byFinding", Map.of());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> adminReset() {
        return (Map<String, Object>) summary.get("adminReset");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Long> adminByFinding() {
        Map<String, Object> a = adminReset();
        return a == null ? Map.of() : (Map<String, Long>) a.getOrDefault("byFinding", Map.of());
    }

    public long count(String key) {
        Object v = summary.get(key);
        return v instanceof Number n ? n.longValue() : 0;
    }

    public long cannotBeResetByActor() {
        Map<String, Object> a = adminReset();
        return a == null ? 0 : ((Number) a.get("cannotBeResetByActor")).longValue();
    }

    /** "blocked" when anyone cannot reset (or be reset), else "ok" — the audit's verdict. */
    public String verdict() {
        return count("cannotReset") > 0 || cannotBeResetByActor() > 0 ? "blocked" : "ok";
    }

    public boolean capped() {
        return listed > rows.size();
    }
}
