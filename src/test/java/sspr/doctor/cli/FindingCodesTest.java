package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each finding code is produced by one set of facts and absent from a near miss that changes a
 * single fact. Together these cover every code the contract requires.
 */
class FindingCodesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Arguments c(String code, String severity, String hit, String nearMiss) {
        return Arguments.of(code, severity, hit, nearMiss);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("role.not-authorized", "blocker", "--role security-admin", "--role user-admin"),
                c("role.cannot-reset-target", "blocker", "--role helpdesk-admin --target-role global-admin", "--role privileged-authentication-admin --target-role global-admin"),
                c("role.cannot-reset-target", "blocker", "--role global-admin --target-member-of-restricted-au", "--role user-admin --target-member-of-restricted-au --role-scope au"),
                c("role.au-scope-admin-target", "blocker", "--role helpdesk-admin --role-scope au --target-role helpdesk-admin", "--role helpdesk-admin --role-scope au"),
                c("role.restricted-au-nobody", "blocker", "--role global-admin --target-role global-admin --target-member-of-restricted-au", "--role global-admin --target-role global-admin"),
                c("role.outside-actor-unit", "blocker", "--role helpdesk-admin --role-scope au --target-outside-actor-unit", "--role helpdesk-admin --role-scope au --target-in-actor-unit"),
                c("role.cannot-reset-target", "blocker", "--role user-admin --target-in-role-assignable-group", "--role privileged-authentication-admin --target-in-role-assignable-group"),
                c("role.pim-not-activated", "blocker", "--role user-admin --role-not-activated", "--role user-admin"),
                c("role.au-scope", "warning", "--role user-admin --role-scope au", "--role user-admin --role-scope tenant"),
                c("role.deprecated", "warning", "--role partner-tier2-support", "--role global-admin"),
                c("role.unknown", "warning", "--target-role user-admin", "--role global-admin --target-role user-admin"),
                c("role.target-roles-suspected", "warning", "--role user-admin --symptom greyed-out-button", "--role security-admin --symptom greyed-out-button"),
                c("license.self-service-not-licensed", "blocker", "--scenario self-service --license FLOW_FREE --license TEAMS_FREE --sspr-scope all --registered", "--scenario self-service --license entra-id-p1 --sspr-scope all --registered"),
                c("license.writeback-not-licensed", "blocker", "--role user-admin --hybrid --writeback --license o365-e3", "--role user-admin --hybrid --writeback --license m365-e3"),
                c("license.unknown", "warning", "--scenario self-service --sspr-scope all --registered", "--scenario self-service --sspr-scope all --registered --license entra-id-p1"),
                c("license.unclear", "warning", "--scenario self-service --license o365-e3 --sspr-scope all --registered", "--scenario self-service --license m365-business-standard --sspr-scope all --registered"),
                c("writeback.disabled", "blocker", "--role user-admin --hybrid --no-writeback", "--role user-admin --hybrid --writeback"),
                c("writeback.unknown", "warning", "--role user-admin --hybrid", "--role user-admin --hybrid --writeback"),
                c("writeback.unsupported-portal", "blocker", "--role user-admin --hybrid --writeback --portal m365-admin", "--role user-admin --hybrid --writeback --portal entra"),
                c("writeback.unsupported-portal", "blocker", "--scenario self-service --hybrid --writeback --portal graph", "--scenario self-service --hybrid --writeback --portal sspr-portal"),
                c("writeback.connectivity", "warning", "--role user-admin --hybrid --writeback --symptom no-onprem-blade", "--role user-admin --hybrid --no-writeback --symptom no-onprem-blade"),
                c("writeback.admin-self-service", "warning", "--scenario self-service --target-role user-admin --hybrid --writeback", "--scenario self-service --target-role user-admin --cloud-only"),
                c("writeback.protected-account", "blocker", "--role global-admin --hybrid --writeback --onprem-protected", "--role global-admin --hybrid --writeback"),
                c("hybrid.federated-domain", "warning", "--role global-admin --federated --writeback", "--role global-admin --hybrid --writeback"),
                c("sspr.disabled", "blocker", "--scenario self-service --sspr-scope none", "--scenario self-service --sspr-scope all"),
                c("sspr.disabled", "blocker", "--scenario self-service --error SSPR_0009", "--scenario self-service --error SSPR_0014"),
                c("sspr.not-in-scope", "blocker", "--scenario self-service --sspr-scope selected --not-in-sspr-group", "--scenario self-service --sspr-scope selected --in-sspr-group"),
                c("sspr.not-registered", "blocker", "--scenario self-service --not-registered", "--scenario self-service --registered"),
                c("sspr.admin-policy", "info", "--scenario self-service --target-role helpdesk-admin", "--scenario self-service --target-role reports-reader"),
                c("sspr.admin-disabled", "blocker", "--scenario self-service --target-role global-admin --admin-sspr-disabled", "--scenario self-service --target-role directory-readers --admin-sspr-disabled"),
                c("sspr.guest", "blocker", "--scenario self-service --guest", "--scenario self-service"),
                c("sspr.throttled", "blocker", "--scenario self-service --throttled", "--scenario self-service"),
                c("sspr.security-questions", "info", "--scenario self-service --symptom no-security-questions", "--scenario self-service --symptom error"),
                c("sspr.scope-unknown", "warning", "--scenario self-service", "--scenario self-service --sspr-scope all"),
                c("sspr.group-unknown", "warning", "--scenario self-service --sspr-scope selected", "--scenario self-service --sspr-scope selected --in-sspr-group"),
                c("sspr.registration-unknown", "warning", "--scenario self-service", "--scenario self-service --registered"),
                c("account.locked-out", "info", "--role user-admin --locked-out", "--role user-admin"),
                c("account.locked-out", "warning", "--scenario self-service --locked-out", "--scenario self-service"),
                c("account.locked-out", "blocker", "--role user-admin --locked-out --hybrid --no-writeback", "--role user-admin --hybrid --no-writeback"),
                c("account.locked-out", "warning", "--role user-admin --locked-out --hybrid --writeback", "--role user-admin --hybrid --writeback"),
                c("account.sign-in-blocked", "blocker", "--scenario self-service --sign-in-blocked", "--scenario self-service"),
                c("password.cloud-policy", "blocker", "--role user-admin --symptom password-rejected", "--role user-admin --hybrid --writeback --symptom password-rejected"),
                c("password.onprem-policy", "blocker", "--role user-admin --hybrid --writeback --symptom password-rejected", "--role user-admin --symptom password-rejected"),
                c("input.contradiction", "warning", "--scenario self-service --sspr-scope all --error SSPR_0009", "--scenario self-service --sspr-scope none --error SSPR_0009"),
                c("portal.no-reset-blade", "warning", "--role user-admin --symptom no-reset-blade", "--role user-admin"),
                c("account.guest", "blocker", "--role global-admin --guest", "--role global-admin"));
    }

    static List<String[]> findings(String args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("diagnose", "--format", "json", "--fail-on", "never"));
        argv.addAll(List.of(args.split(" ")));
        CliRunner.Result r = CliRunner.exec(argv.toArray(new String[0]));
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode root = JSON.readTree(r.out());
        List<String[]> out = new ArrayList<>();
        for (JsonNode f : root.get("findings")) out.add(new String[] {f.get("code").asText(), f.get("severity").asText()});
        return out;
    }

    @ParameterizedTest(name = "{0} from: {2}")
    @MethodSource("cases")
    void producedAndAbsentFromNearMiss(String code, String severity, String hit, String nearMiss) throws Exception {
        assertThat(findings(hit)).as("findings of " + hit).anySatisfy(f -> {
            assertThat(f[0]).isEqualTo(code);
            assertThat(f[1]).isEqualTo(severity);
        });
        assertThat(findings(nearMiss)).as("findings of " + nearMiss)
                .noneSatisfy(f -> assertThat(f[0] + "/" + f[1]).isEqualTo(code + "/" + severity));
    }
}
