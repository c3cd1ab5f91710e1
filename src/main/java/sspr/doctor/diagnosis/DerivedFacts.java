package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.catalog.SkuCatalog;

/**
 * Facts a decision table cannot express cleanly, computed from the stated facts and the catalogs
 * by small named functions, then handed to the table like any other fact.
 */
public final class DerivedFacts {
    static final String PARTNER_TIER1 = "partner-tier1-support";
    static final String PARTNER_TIER2 = "partner-tier2-support";

    /**
     * For each fact the table tests, the {@link DiagnosisInput} facts (by their JSON {@code input}
     * names) that {@link #facts} computes it from. A change to an input fact can only alter the
     * table facts listed for it here; the what-if search prunes by this, and a test checks it.
     */
    public static final Map<String, List<String>> INPUTS = inputs();

    private DerivedFacts() {}

    private static Map<String, List<String>> inputs() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("scenario", List.of("scenario"));
        m.put("actorHasResetRole", List.of("roles"));
        m.put("actorCoversTarget", List.of("roles", "targetRoles", "targetInRoleAssignableGroup", "targetInRestrictedAu"));
        m.put("actorDeprecatedRole", List.of("roles"));
        m.put("roleScope", List.of("roleScope"));
        m.put("roleNotActivated", List.of("roleNotActivated"));
        m.put("targetIsAdmin", List.of("targetRoles"));
        m.put("targetMemberOfRestrictedAu", List.of("targetMemberOfRestrictedAu"));
        m.put("hybrid", List.of("hybrid", "federated"));
        m.put("writeback", List.of("writeback"));
        m.put("federated", List.of("federated"));
        m.put("onpremProtected", List.of("onpremProtected"));
        m.put("syncEngine", List.of("syncEngine"));
        m.put("portal", List.of("portal", "scenario"));
        m.put("symptoms", List.of("symptoms"));
        m.put("lockedOut", List.of("lockedOut"));
        m.put("signInBlocked", List.of("signInBlocked"));
        m.put("throttled", List.of("throttled"));
        m.put("adminSsprDisabled", List.of("adminSsprDisabled"));
        m.put("guest", List.of("guest"));
        m.put("ssprScope", List.of("ssprScope"));
        m.put("inSsprGroup", List.of("inSsprGroup"));
        m.put("registered", List.of("registered"));
        m.put("licenseSelfService", List.of("licenses"));
        m.put("licenseWriteback", List.of("licenses"));
        m.put("errorFinding", List.of("error", "onpremProtected", "symptoms", "hybrid", "federated"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Whether any of the actor's roles may reset passwords at all; null when the roles are unknown. */
    public static Boolean actorHasResetRole(List<String> actorRoles, RoleCatalog roles) {
        if (actorRoles == null) return null;
        for (String alias : actorRoles) {
            Role r = roles.byAlias(alias);
            if (r != null && (r.canResetPasswords() || isPartnerTier(alias))) return true;
        }
        return false;
    }

    static boolean isPartnerTier(String alias) {
        return alias.equals(PARTNER_TIER1) || alias.equals(PARTNER_TIER2);
    }

    /** The matrix rows that describe the target. */
    public static List<String> targetRows(DiagnosisInput in, ResetMatrix matrix) {
        return matrix.targetRows(in.targetRoles, in.targetInRoleAssignableGroup, in.targetInRestrictedAu);
    }

    /**
     * Target rows none of the actor's roles may reset. The deprecated partner roles reset as the
     * reference says: Tier2 everyone, Tier1 only users with no admin role.
     */
    public static List<String> uncoveredRows(DiagnosisInput in, ResetMatrix matrix) {
        List<String> actor = in.roles == null ? List.of() : in.roles;
        List<String> uncovered = new ArrayList<>();
        for (String row : targetRows(in, matrix)) {
            boolean covered = !matrix.uncovered(actor, List.of(row)).contains(row);
            if (actor.contains(PARTNER_TIER2)) covered = true;
            if (actor.contains(PARTNER_TIER1) && row.equals(ResetMatrix.NO_ROLE)) covered = true;
            if (!covered) uncovered.add(row);
        }
        return uncovered;
    }

    /** Whether the actor's roles, together, may reset every role and condition of the target. */
    public static boolean actorCoversTarget(DiagnosisInput in, ResetMatrix matrix) {
        return in.roles != null && uncoveredRows(in, matrix).isEmpty();
    }

    public static boolean actorDeprecatedRole(List<String> actorRoles, RoleCatalog roles) {
        if (actorRoles == null) return false;
        for (String alias : actorRoles) {
            Role r = roles.byAlias(alias);
            if (r != null && r.deprecated()) return true;
        }
        return false;
    }

    /** Whether the target counts as an administrator for SSPR (on the two-gate policy list). */
    public static boolean targetIsAdmin(List<String> targetRoles, RoleCatalog roles) {
        for (String alias : targetRoles) {
            Role r = roles.byAlias(alias);
            if (r != null && r.inSsprAdminPolicyList()) return true;
        }
        return false;
    }

    /** Best cloud-only self-service licensing among the licences: yes, unclear or no; null when unknown. */
    public static String licenseSelfService(List<String> licenses, java.util.function.Supplier<SkuCatalog> catalog) {
        if (licenses == null) return null;
        SkuCatalog skus = catalog.get();
        boolean unclear = false;
        for (String part : licenses) {
            Sku s = find(part, skus);
            if (s == null) continue;
            if (s.cloudResetLicensed().equals("yes")) return "yes";
            if (s.cloudResetLicensed().equals("unclear")) unclear = true;
        }
        return unclear ? "unclear" : "no";
    }

    /** Whether a stated licence includes password writeback; null when unknown. */
    public static Boolean licenseWriteback(List<String> licenses, java.util.function.Supplier<SkuCatalog> catalog) {
        if (licenses == null) return null;
        SkuCatalog skus = catalog.get();
        for (String part : licenses) {
            Sku s = find(part, skus);
            if (s != null && s.writebackLicensed()) return true;
        }
        return false;
    }

    /** The value of the errorFinding fact when a code's documented causes are several and the facts single none out. */
    public static final String SEVERAL = "several";

    /**
     * Every documented cause of an error code, as finding codes, in the catalogue's order
     * (content/catalog/error-findings.properties lists them comma-separated); empty for a code
     * that is evidence of nothing.
     */
    public static List<String> errorCandidates(String error, Map<String, String> errorFindings) {
        if (error == null) return List.of();
        String listed = errorFindings.get(error);
        if (listed == null || listed.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String part : listed.split(",")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /** The finding an error code is evidence of: its mapped code, "other", or null without --error. */
    public static String errorFinding(String error, Map<String, String> errorFindings) {
        if (error == null) return null;
        List<String> candidates = errorCandidates(error, errorFindings);
        if (candidates.isEmpty()) return "other";
        return candidates.size() == 1 ? candidates.get(0) : SEVERAL;
    }

    /**
     * As {@link #errorFinding(String, Map)}, but a code with several documented causes points at
     * one of them when the stated facts single it out: a stated on-premises protected account
     * (adminCount=1) for the protected-account cause, a rejected new password for the on-premises
     * password policy. Anything else stays "several": the user is told what distinguishes them.
     */
    public static String errorFinding(DiagnosisInput in, Map<String, String> errorFindings) {
        String single = errorFinding(in.error, errorFindings);
        if (!SEVERAL.equals(single)) return single;
        List<String> candidates = errorCandidates(in.error, errorFindings);
        List<String> singled = new ArrayList<>();
        if (in.onpremProtected && candidates.contains("writeback.protected-account")) singled.add("writeback.protected-account");
        if (in.symptoms.contains("password-rejected") && candidates.contains("password.onprem-policy")) singled.add("password.onprem-policy");
        // the licence SSPR_0012 misses: writeback's for a synced user, cloud reset's for a cloud-only one
        if (candidates.contains("license.writeback-not-licensed") && candidates.contains("license.self-service-not-licensed")) {
            singled.add(in.hybrid || in.federated ? "license.writeback-not-licensed" : "license.self-service-not-licensed");
        }
        return singled.size() == 1 ? singled.get(0) : SEVERAL;
    }

    private static Sku find(String partNumber, SkuCatalog skus) {
        return skus.resolve(partNumber).value();
    }

    /** Every fact the table tests, by name; unknown facts are null. */
    public static Map<String, Object> facts(DiagnosisInput in, RoleCatalog roles, java.util.function.Supplier<SkuCatalog> skus, ResetMatrix matrix,
                                            Map<String, String> errorFindings) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("scenario", in.scenario);
        Boolean hasRole = actorHasResetRole(in.roles, roles);
        f.put("actorHasResetRole", str(hasRole));
        f.put("actorCoversTarget", str(actorCoversTarget(in, matrix)));
        f.put("actorDeprecatedRole", str(actorDeprecatedRole(in.roles, roles)));
        f.put("roleScope", in.roleScope);
        f.put("roleNotActivated", str(in.roleNotActivated));
        f.put("targetIsAdmin", str(targetIsAdmin(in.targetRoles, roles)));
        f.put("targetMemberOfRestrictedAu", str(in.targetMemberOfRestrictedAu));
        f.put("hybrid", str(in.hybrid || in.federated));
        f.put("writeback", str(in.writeback));
        f.put("federated", str(in.federated));
        f.put("onpremProtected", str(in.onpremProtected));
        f.put("syncEngine", in.syncEngine);
        f.put("portal", in.effectivePortal());
        f.put("symptoms", new LinkedHashSet<>(in.symptoms));
        f.put("lockedOut", str(in.lockedOut));
        f.put("signInBlocked", str(in.signInBlocked));
        f.put("throttled", str(in.throttled));
        f.put("adminSsprDisabled", str(in.adminSsprDisabled));
        f.put("guest", str(in.guest));
        f.put("ssprScope", in.ssprScope);
        f.put("inSsprGroup", str(in.inSsprGroup));
        f.put("registered", str(in.registered));
        f.put("licenseSelfService", licenseSelfService(in.licenses, skus));
        f.put("licenseWriteback", str(licenseWriteback(in.licenses, skus)));
        f.put("errorFinding", errorFinding(in, errorFindings));
        return f;
    }

    private static String str(Boolean b) {
        return b == null ? null : b.toString();
    }
}
