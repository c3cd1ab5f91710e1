package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.ResourceActions;
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
        m.put("actorHasResetRole", List.of("roles", "roleScope"));
        m.put("actorCoversTarget", List.of("roles", "roleScope", "targetRoles", "targetInRoleAssignableGroup", "targetInRestrictedAu", "targetInActorUnit"));
        m.put("targetHasRole", List.of("targetRoles", "targetInRoleAssignableGroup", "targetInRestrictedAu"));
        m.put("targetInActorUnit", List.of("roleScope", "targetInActorUnit"));
        m.put("actorReachUndocumented", List.of("roles", "roleScope", "targetRoles", "targetInRoleAssignableGroup", "targetInRestrictedAu", "targetInActorUnit"));
        m.put("auScopeDisputed", List.of("roles", "roleScope", "targetRoles", "targetInRoleAssignableGroup", "targetInRestrictedAu"));
        m.put("actorDeprecatedRole", List.of("roles"));
        m.put("actorPrivilegedRoleAdmin", List.of("roles"));
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

    /**
     * How far one of the actor's roles reaches, at the actor's scope. Derived from the role's
     * permissions ({@code microsoft.directory/users/password/update}) and the documented limits:
     * <ul>
     * <li>the six columns of privileged-roles-permissions.md's "Who can reset passwords" table: their column ({@code MATRIX});</li>
     * <li>Partner Tier2 Support: "all non-administrators and administrators (including Global Administrators)" ({@code ALL});</li>
     * <li>every other holder of the permission — Partner Tier1 Support ("for only non-administrators"), Security
     *     Operator, Entra SOC Identity Responder, custom roles —: the table's rows name no other column and its row
     *     "All other built-in and custom roles" gives targets only to Privileged Authentication and Global
     *     Administrators, so users without any role only ({@code NON_ADMIN});</li>
     * <li>at administrative-unit scope, any of them: users without admin roles only (admin-units-assign-roles.md,
     *     manage-roles-portal.md), and nothing at all for a role that cannot be assigned at that scope ({@code NONE}).</li>
     * </ul>
     */
    public enum Reach { NONE, NON_ADMIN, MATRIX, ALL }

    public static Reach reach(String alias, String roleScope, RoleCatalog roles, ResetMatrix matrix) {
        Role r = roles.byAlias(alias);
        if (r == null) return Reach.NONE;
        if (!ResourceActions.resetsPasswords(r) && !isPartnerTier(alias)) return Reach.NONE;
        if ("au".equals(roleScope)) return auScopable(r, roles) ? Reach.NON_ADMIN : Reach.NONE;
        if (r.builtIn() && matrix.resetters().contains(alias)) return Reach.MATRIX;
        if (alias.equals(PARTNER_TIER2)) return Reach.ALL;
        return Reach.NON_ADMIN;
    }

    /**
     * Whether a role may be assigned at administrative-unit scope: the catalogue's column for built-in
     * roles (a catalogue without it refuses none), the custom role's permissions otherwise.
     */
    public static boolean auScopable(Role r, RoleCatalog roles) {
        if (!r.builtIn()) return r.auScopable();
        return !roles.knowsAuScope() || r.auScopable();
    }

    /** Whether any of the actor's roles may reset passwords at all; null when the roles are unknown. */
    public static Boolean actorHasResetRole(List<String> actorRoles, RoleCatalog roles) {
        return actorHasResetRole(actorRoles, "tenant", roles, Catalogs.matrix());
    }

    /** As above, at the actor's scope: at unit scope only roles that may be assigned there count. */
    public static Boolean actorHasResetRole(List<String> actorRoles, String roleScope, RoleCatalog roles, ResetMatrix matrix) {
        if (actorRoles == null) return null;
        for (String alias : actorRoles) if (reach(alias, roleScope, roles, matrix) != Reach.NONE) return true;
        return false;
    }

    static boolean isPartnerTier(String alias) {
        return alias.equals(PARTNER_TIER1) || alias.equals(PARTNER_TIER2);
    }

    /** The matrix rows that describe the target. */
    public static List<String> targetRows(DiagnosisInput in, ResetMatrix matrix) {
        return matrix.targetRows(in.targetRoles, in.targetInRoleAssignableGroup, in.targetInRestrictedAu);
    }

    /** Whether the target holds any role, a role-assignable group membership or a role at a restricted unit. */
    public static boolean targetHasRole(DiagnosisInput in) {
        return !in.targetRoles.isEmpty() || in.targetInRoleAssignableGroup || in.targetInRestrictedAu;
    }

    /** Target rows none of the actor's roles may reset (see {@link Reach}). */
    public static List<String> uncoveredRows(DiagnosisInput in, ResetMatrix matrix) {
        return uncoveredRows(in, Catalogs.roles(), matrix);
    }

    public static List<String> uncoveredRows(DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        return uncoveredRows(in.roles == null ? List.of() : in.roles, in, roles, matrix);
    }

    private static List<String> uncoveredRows(List<String> actor, DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        List<String> uncovered = new ArrayList<>();
        for (String row : targetRows(in, matrix)) {
            boolean covered = false;
            for (String alias : actor) {
                switch (reach(alias, in.roleScope, roles, matrix)) {
                    case ALL: covered = true; break;
                    case MATRIX: if (matrix.allows(alias, row)) covered = true; break;
                    case NON_ADMIN: if (row.equals(ResetMatrix.NO_ROLE)) covered = true; break;
                    default: break;
                }
            }
            if (!covered) uncovered.add(row);
        }
        return uncovered;
    }

    /**
     * Whether the actor's roles, together and at their scope, may reset every role and condition of
     * the target; at unit scope also only when the target is in one of the actor's units (a snapshot
     * knows; unknown counts as in it).
     */
    public static boolean actorCoversTarget(DiagnosisInput in, ResetMatrix matrix) {
        return actorCoversTarget(in, Catalogs.roles(), matrix);
    }

    public static boolean actorCoversTarget(DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        if (in.roles == null) return false;
        if ("au".equals(in.roleScope) && Boolean.FALSE.equals(in.targetInActorUnit)) return false;
        return uncoveredRows(in, roles, matrix).isEmpty();
    }

    /**
     * Whether a page says how far this role's reset reaches: the six columns of the "Who can reset
     * passwords" table and the two Partner roles of the note under it (tenant scope), or a built-in role on
     * manage-roles-portal.md's list of roles assignable at administrative-unit scope (unit scope). Security
     * Operator and Entra SOC Identity Responder hold microsoft.directory/users/password/update by their
     * includes (0ca869f2, 06/30/2026; a9a9bab5, 06/17/2026) but are no column of the table (13ac541a,
     * 10/15/2024), and custom-user-permissions.md offers custom roles no password permission at all: their
     * {@link Reach#NON_ADMIN} is the tool's reading, not a page's.
     */
    static boolean reachDocumented(String alias, String roleScope, RoleCatalog roles, ResetMatrix matrix) {
        Role r = roles.byAlias(alias);
        if (r == null || !r.builtIn()) return false;
        if ("au".equals(roleScope)) return true;
        return matrix.resetters().contains(alias) || isPartnerTier(alias);
    }

    /**
     * Whether the actor's roles cover the target only thanks to a role whose reach no page states (see
     * {@link #reachDocumented}): the verdict is then a reading of the permission list, not of the table.
     */
    public static boolean actorReachUndocumented(DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        if (in.roles == null || !actorCoversTarget(in, roles, matrix)) return false;
        List<String> documented = new ArrayList<>();
        for (String alias : in.roles) if (reachDocumented(alias, in.roleScope, roles, matrix)) documented.add(alias);
        return !uncoveredRows(documented, in, roles, matrix).isEmpty();
    }

    /**
     * Unit-scoped roles whose own row of manage-roles-portal.md's list (02100dd1, 06/04/2025; admin-units-
     * assign-roles.md 5b1f42d8 says the same) claims administrator targets, against the same pages' rule
     * that a unit-scoped role's "Reset user passwords" is "restricted when the target of an action is a user
     * with another role or an administrator": User Administrator "including resetting passwords for limited
     * admins within the assigned administrative unit only", Privileged Authentication Administrator "for any
     * user (admin or non-admin)".
     */
    static final java.util.Set<String> AU_ROWS_CLAIMING_ADMIN_TARGETS = java.util.Set.of("user-admin", "privileged-authentication-admin");

    /**
     * Whether Microsoft's pages disagree on this unit-scoped reset of a user who holds a role: one of the
     * actor's unit-scoped roles is one whose row claims administrator targets and, tenant-wide, the table
     * would let it reset every role the target holds (User Administrator's "limited admins" are the table's
     * rows; a Global Administrator stays out of its reach on every page).
     */
    public static boolean auScopeDisputed(DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        if (in.roles == null || !"au".equals(in.roleScope) || !targetHasRole(in)) return false;
        List<String> rows = targetRows(in, matrix);
        for (String alias : in.roles) {
            if (!AU_ROWS_CLAIMING_ADMIN_TARGETS.contains(alias) || reach(alias, "au", roles, matrix) == Reach.NONE) continue;
            boolean all = true;
            for (String row : rows) all &= matrix.allows(alias, row);
            if (all) return true;
        }
        return false;
    }

    /** Whether the target is in one of the units of the actor's unit-scoped roles; null at tenant scope or when unknown. */
    public static Boolean targetInActorUnit(DiagnosisInput in) {
        return "au".equals(in.roleScope) ? in.targetInActorUnit : null;
    }

    static final String PRIVILEGED_ROLE_ADMIN = "privileged-role-admin";

    /**
     * Whether the actor holds Privileged Role Administrator: no column of the reset table and no password
     * permission in its include, yet admin-units-restricted-management.md has a Global Administrator's password
     * "reset by another Global Administrator or Privileged Role Administrator" (the tool notes the disagreement).
     */
    public static boolean actorPrivilegedRoleAdmin(List<String> actorRoles) {
        return actorRoles != null && actorRoles.contains(PRIVILEGED_ROLE_ADMIN);
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
        Object[] values = values(in, roles, skus, matrix, errorFindings);
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) f.put(NAMES[i], values[i]);
        return f;
    }

    /** The names of {@link #values}, in its order (that of {@link #facts}' map). */
    public static final String[] NAMES = {"scenario", "actorHasResetRole", "actorCoversTarget", "targetHasRole", "targetInActorUnit",
            "actorReachUndocumented", "auScopeDisputed", "actorDeprecatedRole", "actorPrivilegedRoleAdmin", "roleScope", "roleNotActivated", "targetIsAdmin", "targetMemberOfRestrictedAu", "hybrid", "writeback",
            "federated", "onpremProtected", "syncEngine", "portal", "symptoms", "lockedOut", "signInBlocked", "throttled",
            "adminSsprDisabled", "guest", "ssprScope", "inSsprGroup", "registered", "licenseSelfService", "licenseWriteback", "errorFinding"};

    /** {@link #facts}' values without the map, in the order of {@link #NAMES} (diagnose --batch puts them straight into the rule engine's array). */
    public static Object[] values(DiagnosisInput in, RoleCatalog roles, java.util.function.Supplier<SkuCatalog> skus, ResetMatrix matrix,
                                  Map<String, String> errorFindings) {
        return values(in, roles, skus, matrix, errorFindings, null);
    }

    /**
     * The licence facts by licence list, and the error finding by what it is worked out from, kept for one catalogue
     * of each: a batch names the same few lists and codes on thousands of lines. Bounded.
     */
    public static final class Kept {
        static final int MAX = 4096;
        private final Map<List<String>, String[]> licenses = new java.util.HashMap<>();
        private final Map<List<Object>, String> errorFindings = new java.util.HashMap<>();
        private SkuCatalog skus;
        private Map<String, String> findings;

        private String[] licenses(List<String> list, SkuCatalog catalog) {
            if (catalog != skus) {
                licenses.clear();
                skus = catalog;
            }
            String[] v = licenses.get(list);
            if (v == null) {
                v = new String[] {licenseSelfService(list, () -> catalog), str(licenseWriteback(list, () -> catalog))};
                if (licenses.size() >= MAX) licenses.clear();
                licenses.put(List.copyOf(list), v);
            }
            return v;
        }

        private String errorFinding(DiagnosisInput in, Map<String, String> map) {
            if (in.error == null) return null;
            if (map != findings) {
                errorFindings.clear();
                findings = map;
            }
            // what errorFinding(in, map) reads
            List<Object> key = java.util.Arrays.asList(in.error, in.onpremProtected, in.symptoms.contains("password-rejected"), in.hybrid || in.federated);
            String v = errorFindings.get(key);
            if (v == null) {
                v = DerivedFacts.errorFinding(in, map);
                if (errorFindings.size() >= MAX) errorFindings.clear();
                errorFindings.put(key, v);
            }
            return v;
        }
    }

    /** As {@link #values(DiagnosisInput, RoleCatalog, java.util.function.Supplier, ResetMatrix, Map)}, with what {@code kept} holds (null: nothing kept). */
    public static Object[] values(DiagnosisInput in, RoleCatalog roles, java.util.function.Supplier<SkuCatalog> skus, ResetMatrix matrix,
                                  Map<String, String> errorFindings, Kept kept) {
        // (the SKU catalogue is loaded only for stated licences, as licenseSelfService does)
        String[] licensed = kept == null || in.licenses == null ? null : kept.licenses(in.licenses, skus.get());
        Boolean hasRole = actorHasResetRole(in.roles, in.roleScope, roles, matrix);
        return new Object[] {
                in.scenario,
                str(hasRole),
                str(actorCoversTarget(in, roles, matrix)),
                str(targetHasRole(in)),
                str(targetInActorUnit(in)),
                str(actorReachUndocumented(in, roles, matrix)),
                str(auScopeDisputed(in, roles, matrix)),
                str(actorDeprecatedRole(in.roles, roles)),
                str(actorPrivilegedRoleAdmin(in.roles)),
                in.roleScope,
                str(in.roleNotActivated),
                str(targetIsAdmin(in.targetRoles, roles)),
                str(in.targetMemberOfRestrictedAu),
                str(in.hybrid || in.federated),
                str(in.writeback),
                str(in.federated),
                str(in.onpremProtected),
                in.syncEngine,
                in.effectivePortal(),
                new LinkedHashSet<>(in.symptoms),
                str(in.lockedOut),
                str(in.signInBlocked),
                str(in.throttled),
                str(in.adminSsprDisabled),
                str(in.guest),
                in.ssprScope,
                str(in.inSsprGroup),
                str(in.registered),
                licensed != null ? licensed[0] : licenseSelfService(in.licenses, skus),
                licensed != null ? licensed[1] : str(licenseWriteback(in.licenses, skus)),
                kept != null ? kept.errorFinding(in, errorFindings) : errorFinding(in, errorFindings)};
    }

    private static String str(Boolean b) {
        return b == null ? null : b.toString();
    }
}
