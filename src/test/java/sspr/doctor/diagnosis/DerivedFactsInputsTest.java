package sspr.doctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link DerivedFacts#INPUTS} says which input facts each table fact is computed from; the what-if
 * search relies on it. Changing any one input fact alters only the table facts that list it.
 */
class DerivedFactsInputsTest {
    static Map<String, Consumer<DiagnosisInput>> mutations() {
        Map<String, Consumer<DiagnosisInput>> m = new LinkedHashMap<>();
        m.put("scenario", in -> in.scenario = in.selfService() ? "admin-reset" : "self-service");
        m.put("roles", in -> in.roles = in.roles == null ? List.of("helpdesk-admin") : in.roles.isEmpty() ? null : List.of());
        m.put("roles", in -> in.roles = plus(in.roles, "privileged-authentication-admin"));
        m.put("roleScope", in -> in.roleScope = in.roleScope.equals("tenant") ? "au" : "tenant");
        m.put("roleNotActivated", in -> in.roleNotActivated = !in.roleNotActivated);
        m.put("targetRoles", in -> in.targetRoles = in.targetRoles.isEmpty() ? List.of("global-admin") : List.of());
        m.put("targetInRoleAssignableGroup", in -> in.targetInRoleAssignableGroup = !in.targetInRoleAssignableGroup);
        m.put("targetInRestrictedAu", in -> in.targetInRestrictedAu = !in.targetInRestrictedAu);
        m.put("targetMemberOfRestrictedAu", in -> in.targetMemberOfRestrictedAu = !in.targetMemberOfRestrictedAu);
        m.put("licenses", in -> in.licenses = in.licenses == null ? List.of("AAD_PREMIUM") : in.licenses.isEmpty() ? null : List.of());
        m.put("hybrid", in -> in.hybrid = !in.hybrid);
        m.put("writeback", in -> in.writeback = in.writeback == null ? Boolean.TRUE : in.writeback ? Boolean.FALSE : null);
        m.put("federated", in -> in.federated = !in.federated);
        m.put("onpremProtected", in -> in.onpremProtected = !in.onpremProtected);
        m.put("portal", in -> in.portal = "m365-admin".equals(in.portal) ? "graph" : "m365-admin");
        m.put("symptoms", in -> in.symptoms = in.symptoms.isEmpty() ? List.of("greyed-out-button", "password-rejected") : List.of());
        m.put("lockedOut", in -> in.lockedOut = !in.lockedOut);
        m.put("signInBlocked", in -> in.signInBlocked = !in.signInBlocked);
        m.put("throttled", in -> in.throttled = !in.throttled);
        m.put("adminSsprDisabled", in -> in.adminSsprDisabled = !in.adminSsprDisabled);
        m.put("guest", in -> in.guest = !in.guest);
        m.put("ssprScope", in -> in.ssprScope = in.ssprScope == null ? "none" : in.ssprScope.equals("none") ? "all" : null);
        m.put("inSsprGroup", in -> in.inSsprGroup = in.inSsprGroup == null ? Boolean.TRUE : in.inSsprGroup ? Boolean.FALSE : null);
        m.put("registered", in -> in.registered = in.registered == null ? Boolean.TRUE : in.registered ? Boolean.FALSE : null);
        m.put("error", in -> in.error = in.error == null ? "SSPR_0010" : null);
        return m;
    }

    private static List<String> plus(List<String> roles, String role) {
        List<String> out = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
        out.add(role);
        return out;
    }

    @Test
    void eachTableFactChangesOnlyWithTheInputsItLists() {
        List<DiagnosisInput> samples = new ArrayList<>();
        for (String actor : List.of("helpdesk-admin", "user-admin", "security-admin", "partner-tier1-support")) {
            for (String target : List.of("none", "global-admin", "reports-reader", "groups-admin")) {
                for (boolean flags : new boolean[] {false, true}) {
                    DiagnosisInput in = new DiagnosisInput();
                    in.roles = List.of(actor);
                    in.targetRoles = target.equals("none") ? List.of() : List.of(target);
                    in.hybrid = flags;
                    in.writeback = flags ? Boolean.FALSE : null;
                    in.licenses = flags ? List.of("FLOW_FREE") : null;
                    in.targetInRoleAssignableGroup = flags;
                    in.ssprScope = flags ? "selected" : null;
                    samples.add(in);
                    DiagnosisInput self = in.copy();
                    self.scenario = "self-service";
                    self.roles = null;
                    samples.add(self);
                }
            }
        }
        int changed = 0;
        for (DiagnosisInput in : samples) {
            Map<String, Object> before = facts(in);
            for (Map.Entry<String, Consumer<DiagnosisInput>> m : mutations().entrySet()) {
                DiagnosisInput mutated = in.copy();
                m.getValue().accept(mutated);
                Map<String, Object> after = facts(mutated);
                assertThat(after.keySet()).isEqualTo(DerivedFacts.INPUTS.keySet());
                for (String fact : before.keySet()) {
                    if (Objects.equals(before.get(fact), after.get(fact))) continue;
                    changed++;
                    assertThat(DerivedFacts.INPUTS.get(fact)).as(fact + " changed with " + m.getKey()).contains(m.getKey());
                }
            }
        }
        assertThat(changed).isGreaterThan(100);
    }

    private static Map<String, Object> facts(DiagnosisInput in) {
        return DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), Catalogs.errorFindings());
    }
}
