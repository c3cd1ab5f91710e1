package sspr.doctor.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.catalog.SkuCatalog;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.diagnosis.InputResolver;

/**
 * The facts an administrator can change, and the values worth trying for each. Everything else
 * (guest, federated domain, throttling, lockout, protected on-premises account, hybrid or cloud-only,
 * who resets, what was seen) describes the situation and is never proposed.
 *
 * Only the unblocking direction is tried: writeback on, registration done, PIM role activated, sign-in
 * unblocked; roles and licences are added one at a time, target roles only taken away.
 */
public final class ControllableFacts {
    /** In the order proposals list their changes. */
    public static final List<String> NAMES = List.of("roles", "roleScope", "roleNotActivated", "targetRoles", "licenses",
            "writeback", "portal", "ssprScope", "inSsprGroup", "registered", "adminSsprDisabled", "signInBlocked");

    /** Taking roles away from another user reaches furthest: it is proposed only when nothing narrower does as much. */
    static final int TARGET_ROLE_REMOVED = 10;
    static final int ROLE_ADDED = 4;
    static final int LICENSE_ADDED = 3;

    /** Beyond this many roles, only one role or all of them are taken away (2^n subsets would be too many). */
    private static final int MAX_TARGET_ROLES_FOR_SUBSETS = 4;

    private final List<String> resetters;
    private final Supplier<SkuCatalog> skuCatalog;
    private SkuCatalog skus;
    private Map<String, Sku> commercialLicenses;
    private Map<String, Sku> governmentLicenses;

    /** @param skus read only when a licence could matter: most diagnoses never parse the 570 SKUs */
    public ControllableFacts(RoleCatalog roles, ResetMatrix matrix, Supplier<SkuCatalog> skus) {
        this.resetters = resettersByPrivilege(roles, matrix);
        this.skuCatalog = skus;
    }

    /**
     * The roles that may reset passwords, narrowest first: by how many kinds of target the reset matrix
     * lets them reset, ties in the matrix's column order (Microsoft lists Global Administrator last,
     * after Privileged Authentication Administrator, which resets the same targets with far fewer
     * other permissions). Deprecated roles are never proposed.
     */
    static List<String> resettersByPrivilege(RoleCatalog roles, ResetMatrix matrix) {
        List<String> out = new ArrayList<>();
        for (String alias : matrix.resetters()) {
            Role r = roles.byAlias(alias);
            if (r != null && r.canResetPasswords() && !r.deprecated()) out.add(alias);
        }
        out.sort(Comparator.comparingInt(alias -> targetsCovered(matrix, alias)));
        return out;
    }

    private static int targetsCovered(ResetMatrix matrix, String resetter) {
        int n = 0;
        for (String kind : matrix.targetKinds()) if (matrix.allows(resetter, kind)) n++;
        return n;
    }

    /** The resetting roles, narrowest first. */
    public List<String> resetters() {
        return resetters;
    }

    /**
     * For each distinct licensing effect (cloud self-service yes/no/unclear × writeback), the cheapest
     * SKU that has it: standalone Entra ID P1 before P2 before suites, then fewer service plans, then
     * catalog order. Trials are never proposed; government clouds get government SKUs only.
     */
    static Map<String, Sku> cheapestPerEffect(SkuCatalog skus, boolean government) {
        List<Sku> all = new ArrayList<>();
        for (Sku s : skus.all()) if (!s.isTrial() && s.isGovernment() == government) all.add(s);
        all.sort(Comparator.comparingInt(ControllableFacts::family).thenComparingInt(Sku::servicePlanCount));
        Map<String, Sku> out = new LinkedHashMap<>();
        for (Sku s : all) out.putIfAbsent(effect(s), s);
        return out;
    }

    /** 0 standalone Entra ID P1, 1 standalone P2, 2 anything else (suites and add-ons). */
    static int family(Sku s) {
        String name = s.productName();
        if (name.startsWith("Microsoft Entra ID P1")) return 0;
        if (name.startsWith("Microsoft Entra ID P2")) return 1;
        return 2;
    }

    private static String effect(Sku s) {
        return s.cloudResetLicensed() + "/" + s.writebackLicensed();
    }

    /**
     * The facts {@link #candidates} has changes for, without working them out. Licences always count:
     * there is always a licence not held yet.
     */
    Set<String> changeable(DiagnosisInput in) {
        Set<String> out = new LinkedHashSet<>();
        boolean admin = !in.selfService();
        if (admin && in.roles != null && !in.roles.containsAll(resetters)) out.add("roles");
        if (admin) out.add("roleScope");
        if (admin && in.roleNotActivated) out.add("roleNotActivated");
        if (!in.targetRoles.isEmpty()) out.add("targetRoles");
        out.add("licenses");
        if (!Boolean.TRUE.equals(in.writeback)) out.add("writeback");
        out.add("portal");
        if (!admin) {
            out.add("ssprScope");
            if (!Boolean.TRUE.equals(in.inSsprGroup)) out.add("inSsprGroup");
            if (!Boolean.TRUE.equals(in.registered)) out.add("registered");
            if (in.adminSsprDisabled) out.add("adminSsprDisabled");
            if (in.signInBlocked) out.add("signInBlocked");
        }
        return out;
    }

    /** Every single change worth trying for {@code in}, grouped by fact in {@link #NAMES} order, cheapest first. */
    List<Candidate> candidates(DiagnosisInput in) {
        return candidates(in, Set.copyOf(NAMES));
    }

    /** The changes worth trying to the facts in {@code facts} only. */
    List<Candidate> candidates(DiagnosisInput in, Set<String> facts) {
        List<Candidate> out = new ArrayList<>();
        boolean admin = !in.selfService();
        if (admin && in.roles != null && facts.contains("roles")) {
            int rank = 0;
            for (String alias : resetters) {
                if (!in.roles.contains(alias)) {
                    List<String> to = new ArrayList<>(in.roles);
                    to.add(alias);
                    out.add(new Candidate("roles", to, ROLE_ADDED + rank));
                }
                rank++;
            }
        }
        if (admin && facts.contains("roleScope")) {
            for (String scope : InputResolver.ROLE_SCOPES) {
                if (!scope.equals(in.roleScope)) out.add(new Candidate("roleScope", scope, 2));
            }
        }
        if (admin && in.roleNotActivated && facts.contains("roleNotActivated")) out.add(new Candidate("roleNotActivated", false, 0));
        if (facts.contains("targetRoles")) targetRoleRemovals(in.targetRoles, out);
        if (facts.contains("licenses")) licenseAdditions(in, out);
        if (!Boolean.TRUE.equals(in.writeback) && facts.contains("writeback")) out.add(new Candidate("writeback", true, 2));
        String defaultPortal = in.selfService() ? "sspr-portal" : "entra";
        if (facts.contains("portal")) {
            for (String portal : InputResolver.PORTALS) {
                if (portal.equals(in.effectivePortal()) || (admin && portal.equals("sspr-portal"))) continue;
                if (!admin && portal.equals("my-staff")) continue; // an administrators' portal, not for self-service
                out.add(new Candidate("portal", portal, portal.equals(defaultPortal) ? 0 : 1));
            }
        }
        if (!admin) {
            if (facts.contains("ssprScope")) {
                if (!"selected".equals(in.ssprScope)) out.add(new Candidate("ssprScope", "selected", 2));
                if (!"all".equals(in.ssprScope)) out.add(new Candidate("ssprScope", "all", 3));
            }
            if (!Boolean.TRUE.equals(in.inSsprGroup) && facts.contains("inSsprGroup")) out.add(new Candidate("inSsprGroup", true, 1));
            if (!Boolean.TRUE.equals(in.registered) && facts.contains("registered")) out.add(new Candidate("registered", true, 0));
            if (in.adminSsprDisabled && facts.contains("adminSsprDisabled")) out.add(new Candidate("adminSsprDisabled", false, 3));
            if (in.signInBlocked && facts.contains("signInBlocked")) out.add(new Candidate("signInBlocked", false, 2));
        }
        return out;
    }

    private static void targetRoleRemovals(List<String> roles, List<Candidate> out) {
        int n = roles.size();
        if (n == 0) return;
        List<List<String>> kept = new ArrayList<>();
        if (n <= MAX_TARGET_ROLES_FOR_SUBSETS) {
            for (int mask = (1 << n) - 2; mask >= 0; mask--) {
                List<String> k = new ArrayList<>();
                for (int i = 0; i < n; i++) if ((mask & (1 << i)) != 0) k.add(roles.get(i));
                kept.add(k);
            }
        } else {
            for (int i = 0; i < n; i++) {
                List<String> k = new ArrayList<>(roles);
                k.remove(i);
                kept.add(k);
            }
            kept.add(List.of());
        }
        kept.sort(Comparator.comparingInt(k -> -k.size()));
        for (List<String> k : kept) out.add(new Candidate("targetRoles", k, TARGET_ROLE_REMOVED * (n - k.size())));
    }

    /** Reads the SKUs on first use; synchronized because the what-if space tests search in parallel. */
    private synchronized void loadLicenses() {
        if (skus != null) return;
        SkuCatalog all = skuCatalog.get();
        commercialLicenses = cheapestPerEffect(all, false);
        governmentLicenses = cheapestPerEffect(all, true);
        skus = all;
    }

    private void licenseAdditions(DiagnosisInput in, List<Candidate> out) {
        loadLicenses();
        List<String> held = in.licenses == null ? List.of() : in.licenses;
        boolean government = false;
        for (String part : held) {
            Sku s = skus.resolve(part).value();
            if (s != null && s.isGovernment()) government = true;
        }
        for (Sku s : (government ? governmentLicenses : commercialLicenses).values()) {
            if (held.contains(s.skuPartNumber())) continue;
            List<String> to = new ArrayList<>(held);
            to.add(s.skuPartNumber());
            out.add(new Candidate("licenses", to, LICENSE_ADDED + family(s)));
        }
    }
}
