package sspr.doctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of reset-permissions.md: several roles on either side. */
class MultiRoleTest {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "helpdesk-admin|reports-reader,message-center-reader|true",
            "password-admin|reports-reader|false",
            "user-admin|groups-admin,security-reader|false",
            "helpdesk-admin,authentication-admin|authentication-admin,helpdesk-admin|true",
            "helpdesk-admin|authentication-admin,helpdesk-admin|false",
            "partner-tier2-support|global-admin|true",
            "partner-tier1-support|user-admin|false",
            "partner-tier1-support||true",
            "security-admin,user-admin|groups-admin|true"})
    void workedExamples(String actor, String targets, boolean allowed) {
        DiagnosisInput in = new DiagnosisInput();
        in.roles = List.of(actor.split(","));
        in.targetRoles = targets == null ? List.of() : List.of(targets.split(","));
        List<String> codes = Diagnose.codes(in);
        if (allowed) assertThat(codes).contains("role.authorized").doesNotContain("role.cannot-reset-target");
        else assertThat(codes).contains("role.cannot-reset-target").doesNotContain("role.authorized");
    }
}
