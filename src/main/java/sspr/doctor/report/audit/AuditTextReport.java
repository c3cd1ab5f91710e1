package sspr.doctor.report.audit;

import java.util.List;
import java.util.Map;
import sspr.doctor.audit.AuditReport;

/**
 * An audit's result as its text renderer reads it.
 *
 * @param totals the JSON summary (counts, byFinding, byMethod)
 * @param listed the users shown (the first of those who cannot reset)
 * @param adminReset audit --tenant with an administrator: their side of the counts, else null
 * @param incomplete the snapshot.incomplete line of audit --tenant, else null
 * @param extras what follows (waivers, exclusions, baseline), already in words
 */
public record AuditTextReport(Map<String, Object> totals, List<AuditReport.Listed> listed, AdminReset adminReset, String incomplete,
                              String extras) {

    /** Whether an administrator ({@code actor}) could reset each user's password. */
    public record AdminReset(String actor, long total, long cannotBeReset, Map<String, Long> byFinding, List<AuditReport.Listed> listed) {}
}
