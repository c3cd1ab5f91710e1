package sspr.doctor.report.audit;

import java.util.List;
import java.util.Map;

/**
 * An audit's result as its text renderer reads it.
 *
 * @param totals the JSON summary (counts, byFinding, byMethod)
 * @param listed the users shown (the first of those who cannot reset)
 * @param adminReset audit --tenant with an administrator: their side of the counts, else null
 * @param incomplete the snapshot.incomplete line of audit --tenant, else null
 * @param extras what follows: the --limit hint, exclusions, waivers, the baseline's changes
 */
public record AuditTextReport(Map<String, Object> totals, List<AuditReport.Listed> listed, AdminReset adminReset, String incomplete,
                              Extras extras) {

    /**
     * After the counts and users.
     *
     * @param hintShown on a terminal with more users than listed, how many were listed (the --limit hint), else null
     * @param ledger whether exclusions, waivers or a baseline were given (totals then carry excluded/waived)
     * @param changes the baseline's changes, or null
     * @param waivers the waivers needing attention (expired, unused), each with its line in {@code waiversFile}
     */
    public record Extras(Integer hintShown, boolean ledger, Map<String, Object> changes, List<Map<String, Object>> waivers, String waiversFile) {}

    /** Whether an administrator ({@code actor}) could reset each user's password. */
    public record AdminReset(String actor, long total, long cannotBeReset, Map<String, Long> byFinding, List<AuditReport.Listed> listed) {}
}
