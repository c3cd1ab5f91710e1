package sspr.doctor.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;

/**
 * Decides, per user, whether they can reset their own password: the export's own flags, plus the
 * same decision table as {@code diagnose} over the user's facts (joined from a users export) and the
 * tenant's facts. Users with the same facts share one evaluation, so a million users cost a few
 * hundred rule evaluations.
 *
 * Only blockers are attached to users: warnings about tenant facts that were not given (scope,
 * licences…) would otherwise repeat on every line; {@code diagnose} is the place for those.
 */
public final class Auditor {
    /** Stands in for "holds an administrator role" when the export only says isAdmin: a role on the SSPR administrator list. */
    static final String REPRESENTATIVE_ADMIN_ROLE = "user-admin";

    private final DecisionTable table;
    private final DiagnosisInput tenant;
    private final UserDirectory directory;
    private final SubscribedSkus subscribedSkus;
    /** Evaluations by key, in an open-addressing table: a lookup per user without boxing the key. */
    private static final int CACHE = 1 << 16;
    private final long[] cachedKeys = new long[CACHE];
    @SuppressWarnings("unchecked")
    private final List<String>[] cachedCodes = new List[CACHE];
    private int cached;
    private final Map<String, String> errorFindings = Catalogs.errorFindings();

    public Auditor(DecisionTable table, DiagnosisInput tenant, UserDirectory directory, SubscribedSkus subscribedSkus) {
        this.table = table;
        this.tenant = tenant;
        this.directory = directory;
        this.subscribedSkus = subscribedSkus;
    }

    /** The finding codes for one user; empty when the user can reset their own password. */
    public List<String> findings(UserRecord r) {
        int entry = directory == null ? CompactIndex.MISSING : directory.entry(r.id, r.userPrincipalName);
        // everything the evaluation reads, in one number: the directory entry and the record's own flags
        long key = ((long) entry << 32) | (r.admin() ? 1 : 0) | (r.guest() ? 2 : 0) | (r.capable() ? 4 : 0)
                | threeValued(r.isSsprRegistered) << 3 | threeValued(r.isSsprEnabled) << 5;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 52) & (CACHE - 1);
        while (cachedCodes[slot] != null) {
            if (cachedKeys[slot] == key) return cachedCodes[slot];
            slot = (slot + 1) & (CACHE - 1);
        }
        UserDirectory.Facts joined = directory == null ? null : directory.facts(entry);
        List<String> codes = evaluate(r, joined, r.guest() || (joined != null && joined.guest()));
        // keys are few (flags × licence sets); should a tenant have more, the table stays half full and the rest is evaluated
        if (cached < CACHE / 2) {
            cachedKeys[slot] = key;
            cachedCodes[slot] = codes;
            cached++;
        }
        return codes;
    }

    private static long threeValued(Boolean b) {
        return b == null ? 0 : b ? 1 : 2;
    }

    private List<String> evaluate(UserRecord r, UserDirectory.Facts joined, boolean guest) {
        Set<String> codes = new LinkedHashSet<>();
        // an administrator is governed by the administrator reset policy, not the users' scope (concept-sspr-policy
        // 06324054: "When the password reset policy for administrators is disabled, administrators can't reset
        // their passwords via SSPR, even if they are in scope of the password reset policy for users.")
        if (Boolean.FALSE.equals(r.isSsprEnabled)) codes.add(r.admin() ? "sspr.admin-disabled" : "sspr.not-enabled");
        if (Boolean.FALSE.equals(r.isSsprRegistered)) codes.add("sspr.not-registered");
        if (guest) codes.add("sspr.guest");
        DiagnosisInput in = tenant.copy();
        in.scenario = "self-service";
        in.targetRoles = r.admin() ? List.of(REPRESENTATIVE_ADMIN_ROLE) : List.of();
        in.guest = guest;
        if (r.isSsprRegistered != null) in.registered = r.isSsprRegistered;
        if (joined != null) {
            in.hybrid = joined.synced();
            in.signInBlocked = joined.disabled();
            List<String> parts = new ArrayList<>();
            for (String skuId : joined.skuIds()) {
                String part = subscribedSkus == null ? null : subscribedSkus.partNumber(skuId);
                if (part == null) {
                    Sku s = Catalogs.skus().resolve(skuId).value();
                    if (s != null) part = s.skuPartNumber();
                }
                if (part != null) parts.add(part);
            }
            if (!joined.skuIds().isEmpty() || in.licenses == null) in.licenses = parts;
        }
        Map<String, Object> facts = DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), errorFindings);
        for (Rule rule : RuleEngine.evaluate(table, facts).fired()) {
            if (rule.then().severity() == Severity.blocker) codes.add(rule.then().code());
        }
        if (codes.isEmpty() && !r.capable()) codes.add("sspr.not-capable");
        return List.copyOf(codes);
    }
}
