package sspr.doctor.report;

import java.util.List;
import java.util.Map;

/**
 * A user who cannot reset (self-service) or cannot be reset by the given administrator, as the
 * reports list them; {@code waived} holds the waiver of each waived code.
 */
public record AuditRow(String id, String userPrincipalName, boolean admin, List<String> selfService, List<String> adminReset,
                       Map<String, Waiver> waived) {
    public String name() {
        return userPrincipalName != null ? userPrincipalName : id;
    }
}
