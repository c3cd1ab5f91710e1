package sspr.doctor.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sspr.doctor.catalog.Role;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DiagnosisInput;

/** The fact spaces the what-if test and benchmark walk through, built the same way for both. */
public final class FactSpaces {
    private FactSpaces() {}

    /**
     * One role of each kind: roles the catalogue describes alike (same reset-matrix row and column,
     * reset permissions, deprecation, SSPR administrator policy, unit scope, privilege) are alike to the
     * decision table, so the space holds one of each instead of every one of the catalogue's roles.
     */
    public static List<String> distinctRoles() {
        sspr.doctor.catalog.ResetMatrix matrix = Catalogs.matrix();
        java.util.Map<String, String> bySignature = new java.util.LinkedHashMap<>();
        for (Role r : Catalogs.roles().all()) {
            String row = matrix.rowFor(r.alias());
            String column = matrix.resetters().contains(r.alias()) || r.alias().startsWith("partner-tier") ? r.alias() : "-";
            String signature = String.join("/", row, column, r.permissions().toString(), Boolean.toString(r.deprecated()),
                    Boolean.toString(r.inSsprAdminPolicyList()), Boolean.toString(r.auScopable()), Boolean.toString(r.isPrivileged()));
            bySignature.putIfAbsent(signature, r.alias());
        }
        return new ArrayList<>(bySignature.values());
    }

    /** Every kind of actor role × target role (or none) × hybrid × writeback (unknown/on/off) × admin portal, as RuleEvaluationBench. */
    public static List<DiagnosisInput> adminReset() {
        List<String> roles = distinctRoles();
        List<String> targets = new ArrayList<>(roles);
        targets.add(null);
        String[] portals = {"entra", "azure", "m365-admin", "m365-mobile", "graph", "powershell-legacy"};
        Boolean[] writebacks = {null, true, false};
        List<DiagnosisInput> out = new ArrayList<>();
        for (String actor : roles) {
            for (String target : targets) {
                for (boolean hybrid : new boolean[] {false, true}) {
                    for (Boolean wb : writebacks) {
                        for (String portal : portals) {
                            DiagnosisInput in = new DiagnosisInput();
                            in.roles = List.of(actor);
                            in.targetRoles = target == null ? List.of() : List.of(target);
                            in.hybrid = hybrid;
                            in.writeback = wb;
                            in.portal = portal;
                            out.add(in);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Licences of each kind: unknown, none at all, not licensed, unclear, licensed without writeback, Entra ID P1. */
    static final List<List<String>> LICENCES = Arrays.asList(null, List.of(), List.of("FLOW_FREE"), List.of("AAD_BASIC"),
            List.of("O365_BUSINESS_PREMIUM"), List.of("AAD_PREMIUM"));

    /**
     * Self-service: SSPR scope × group membership × registration × licence kind × hybrid × writeback ×
     * the user's roles (none, an administrator, a non-administrator role) × SSPR for administrators
     * turned off × sign-in blocked × portal.
     */
    public static List<DiagnosisInput> selfService() {
        String[] scopes = {null, "none", "selected", "all"};
        Boolean[] maybe = {null, true, false};
        List<List<String>> targets = List.of(List.of(), List.of("user-admin"), List.of("reports-reader"));
        List<DiagnosisInput> out = new ArrayList<>();
        for (String scope : scopes) for (Boolean group : maybe) for (Boolean registered : maybe)
        for (List<String> licences : LICENCES) for (boolean hybrid : new boolean[] {false, true}) for (Boolean wb : maybe)
        for (List<String> target : targets) for (boolean adminOff : new boolean[] {false, true})
        for (boolean signInBlocked : new boolean[] {false, true}) for (String portal : new String[] {null, "entra"}) {
            DiagnosisInput in = new DiagnosisInput();
            in.scenario = "self-service";
            in.ssprScope = scope;
            in.inSsprGroup = group;
            in.registered = registered;
            in.licenses = licences;
            in.hybrid = hybrid;
            in.writeback = wb;
            in.targetRoles = target;
            in.adminSsprDisabled = adminOff;
            in.signInBlocked = signInBlocked;
            in.portal = portal;
            out.add(in);
        }
        return out;
    }

    /**
     * A sample of both spaces (every 73rd combination) with one fact nobody here can change turned
     * on: guest, federated domain, throttled, locked out, protected on-premises, a rejected password,
     * or an error code as evidence.
     */
    public static List<DiagnosisInput> uncontrollable() {
        List<DiagnosisInput> base = new ArrayList<>();
        List<DiagnosisInput> admin = adminReset();
        for (int i = 0; i < admin.size(); i += 73) base.add(admin.get(i));
        List<DiagnosisInput> self = selfService();
        for (int i = 0; i < self.size(); i += 73) base.add(self.get(i));
        List<DiagnosisInput> out = new ArrayList<>();
        for (DiagnosisInput b : base) {
            for (int variant = 0; variant < 7; variant++) {
                DiagnosisInput in = b.copy();
                switch (variant) {
                    case 0 -> in.guest = true;
                    case 1 -> { in.federated = true; in.hybrid = true; }
                    case 2 -> in.throttled = true;
                    case 3 -> in.lockedOut = true;
                    case 4 -> { in.onpremProtected = true; in.hybrid = true; }
                    case 5 -> in.symptoms = List.of("password-rejected");
                    default -> in.error = b.selfService() ? "SSPR_0009" : "SSPR_0010";
                }
                out.add(in);
            }
        }
        return out;
    }
}
