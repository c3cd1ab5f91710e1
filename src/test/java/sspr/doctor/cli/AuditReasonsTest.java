package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.content.BundledContent;
import sspr.doctor.io.CsvReader;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.tenant.AuditLogEvidence;

/** The audit log reasons → findings table: every row names real findings and a documented source; lookups by reason and activity. */
class AuditReasonsTest {
    @Test
    void everyRowNamesFindingsOfTheDecisionTableAndItsSource() {
        DecisionTable table = Tables.load(null);
        Set<String> codes = new HashSet<>();
        for (Rule r : table.rules()) codes.add(r.then().code());
        List<List<String>> rows = CsvReader.readAll(BundledContent.readText("catalog/audit-reasons.csv"));
        assertThat(rows.get(0)).containsExactly("match", "value", "findings", "source", "quote");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row.get(0)).isIn("activity", "reason");
            for (String c : row.get(2).split("\\s+")) assertThat(codes).as(row.get(1)).contains(c);
            assertThat(row.get(3)).as(row.get(1)).matches("docs/identity/authentication/[a-z-]+\\.md@[0-9a-f]{40}");
            assertThat(row.get(4)).as(row.get(1)).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Reset password (self-service)|failure|UserNotLicensed|license.self-service-not-licensed license.writeback-not-licensed",
            "Reset password (self-service)|failure|OnPremisesSuccessCloudFailure|writeback.connectivity password.cloud-policy sspr.throttled",
            "Change password (self-service)|failure|FuzzyPolicyViolationInvalidPassword|password.cloud-policy",
            "Self-service password reset flow activity progress|failure|User's password doesn't comply: On-premises policy violation|password.onprem-policy",
            "Blocked from self-service password reset|success||sspr.throttled",
            "Reset password (self-service)|success|UserNotLicensed|",
            "Reset password (by admin)|failure|Something undocumented|",
    })
    void reasonsAndActivitiesMapToTheirFindings(String activity, String result, String reason, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
        assertThat(AuditLogEvidence.findings(activity, result, reason)).containsExactlyElementsOf(want);
    }
}
