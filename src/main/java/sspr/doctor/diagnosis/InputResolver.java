package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sspr.doctor.catalog.ErrorCatalog;
import sspr.doctor.catalog.Resolution;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.catalog.SkuCatalog;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.text.Suggestions;

/**
 * Turns typed facts (keys are the long option names, as in profiles) into a normalised
 * {@link DiagnosisInput}: names resolved to canonical values, conflicts refused.
 */
public final class InputResolver {
    public static final List<String> SCENARIOS = List.of("admin-reset", "self-service");
    public static final List<String> PORTALS = List.of("entra", "azure", "m365-admin", "m365-mobile", "graph", "powershell-legacy", "sspr-portal", "my-staff");
    public static final List<String> SYNC_ENGINES = List.of("connect", "cloud-sync");
    public static final List<String> SYMPTOMS = List.of("greyed-out-button", "no-reset-blade", "no-onprem-blade",
            "cannot-sign-in-after-reset", "password-rejected", "no-security-questions", "error");
    public static final List<String> SSPR_SCOPES = List.of("none", "selected", "all");
    public static final List<String> ROLE_SCOPES = List.of("tenant", "au");

    /** Every fact key a profile may hold, with its kind. */
    public static final Map<String, String> KEYS = orderedKeys();

    private InputResolver() {}

    private static Map<String, String> orderedKeys() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("scenario", "value");
        m.put("role", "list");
        m.put("role-scope", "value");
        m.put("role-not-activated", "flag");
        m.put("target-role", "list");
        m.put("target-in-role-assignable-group", "flag");
        m.put("target-in-restricted-au", "flag");
        m.put("target-member-of-restricted-au", "flag");
        m.put("license", "list");
        m.put("hybrid", "flag");
        m.put("writeback", "flag");
        m.put("federated", "flag");
        m.put("onprem-protected", "flag");
        m.put("sync-engine", "value");
        m.put("portal", "value");
        m.put("symptom", "list");
        m.put("locked-out", "flag");
        m.put("sign-in-blocked", "flag");
        m.put("throttled", "flag");
        m.put("admin-sspr-disabled", "flag");
        m.put("sspr-scope", "value");
        m.put("in-sspr-group", "flag");
        m.put("registered", "flag");
        m.put("guest", "flag");
        m.put("error", "value");
        m.put("target-in-actor-unit", "flag");
        // files of custom role definitions: read by the command line, which removes the key before resolving
        m.put("role-definition", "list");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static DiagnosisInput resolve(Map<String, RawFact> facts, RoleCatalog roles, java.util.function.Supplier<SkuCatalog> skus,
                                         java.util.function.Supplier<ErrorCatalog> errors) {
        return resolve(facts, roles, skus, errors, null);
    }

    /**
     * Role and licence lists as typed, and what they resolved to, for one catalogue of each: a batch of
     * thousands of lines names the same few dozen lists again and again. Only lists that resolved are
     * kept (a list in error is resolved anew, so its message names its own line); bounded.
     */
    public static final class Kept {
        static final int MAX = 4096;
        private final Lists<RoleCatalog> roles = new Lists<>();
        private final Lists<SkuCatalog> licenses = new Lists<>();

        private List<String> roles(RawFact fact, RoleCatalog catalog) {
            return roles.get(fact, catalog, () -> InputResolver.roles(fact, catalog, true));
        }

        private List<String> licenses(RawFact fact, SkuCatalog catalog) {
            return licenses.get(fact, catalog, () -> InputResolver.licenses(fact, catalog));
        }

        /** Lists resolved against one catalogue, by the value typed; emptied when the catalogue changes or it is full. */
        private static final class Lists<C> {
            private final Map<Object, List<String>> byValue = new java.util.HashMap<>();
            private C catalog;

            List<String> get(RawFact fact, C from, java.util.function.Supplier<List<String>> resolve) {
                if (from != catalog) {
                    byValue.clear();
                    catalog = from;
                }
                List<String> out = byValue.get(fact.value());
                if (out == null) {
                    out = resolve.get();
                    if (byValue.size() >= MAX) byValue.clear();
                    byValue.put(fact.value(), out);
                }
                return new ArrayList<>(out);
            }
        }
    }

    /** As above, with the role and licence lists resolved before kept in {@code kept} (null: none kept). */
    public static DiagnosisInput resolve(Map<String, RawFact> facts, RoleCatalog roles, java.util.function.Supplier<SkuCatalog> skus,
                                         java.util.function.Supplier<ErrorCatalog> errors, Kept kept) {
        for (Map.Entry<String, RawFact> e : facts.entrySet()) refuseEmpty(e.getKey(), e.getValue());
        DiagnosisInput in = new DiagnosisInput();
        RawFact scenario = facts.get("scenario");
        if (scenario != null && scenario.value() != null) in.scenario = choice(scenario, SCENARIOS);
        RawFact role = facts.get("role");
        if (role != null && role.value() != null) {
            if (in.selfService()) {
                throw new InvalidInput(role.origin(), LocalizedText.of("role-in-self-service"));
            }
            in.roles = kept == null ? roles(role, roles, true) : kept.roles(role, roles);
        }
        RawFact roleScope = facts.get("role-scope");
        if (roleScope != null && roleScope.value() != null) in.roleScope = choice(roleScope, ROLE_SCOPES);
        in.roleNotActivated = flag(facts, "role-not-activated", false);
        RawFact targetRole = facts.get("target-role");
        if (targetRole != null && targetRole.value() != null) in.targetRoles = kept == null ? roles(targetRole, roles, true) : kept.roles(targetRole, roles);
        in.targetInRoleAssignableGroup = flag(facts, "target-in-role-assignable-group", false);
        in.targetInRestrictedAu = flag(facts, "target-in-restricted-au", false);
        in.targetMemberOfRestrictedAu = flag(facts, "target-member-of-restricted-au", false);
        RawFact license = facts.get("license");
        if (license != null && license.value() != null) in.licenses = kept == null ? licenses(license, skus.get()) : kept.licenses(license, skus.get());
        in.federated = flag(facts, "federated", false);
        RawFact hybrid = facts.get("hybrid");
        if (hybrid != null && Boolean.FALSE.equals(hybrid.value()) && in.federated) {
            throw new InvalidInput(hybrid.origin(), LocalizedText.of("federated-cloud-only"));
        }
        in.hybrid = flag(facts, "hybrid", false) || in.federated;
        RawFact writeback = facts.get("writeback");
        if (writeback != null && writeback.value() != null) in.writeback = bool(writeback);
        in.onpremProtected = flag(facts, "onprem-protected", false);
        RawFact syncEngine = facts.get("sync-engine");
        if (syncEngine != null && syncEngine.value() != null) {
            in.syncEngine = choice(syncEngine, SYNC_ENGINES);
            // a sync engine is stated for synced users only; it makes the account hybrid like --federated does
            if (Boolean.FALSE.equals(facts.get("hybrid") == null ? null : facts.get("hybrid").value())) {
                throw new InvalidInput(syncEngine.origin(), LocalizedText.of("sync-engine-cloud-only"));
            }
            in.hybrid = true;
        }
        RawFact portal = facts.get("portal");
        if (portal != null && portal.value() != null) {
            in.portal = choice(portal, PORTALS);
            if (!in.selfService() && in.portal.equals("sspr-portal")) {
                throw new InvalidInput(portal.origin(), LocalizedText.of("portal-self-service"));
            }
            if (in.selfService() && in.portal.equals("my-staff")) {
                throw new InvalidInput(portal.origin(), LocalizedText.of("portal-my-staff-self-service"));
            }
        }
        RawFact symptom = facts.get("symptom");
        if (symptom != null && symptom.value() != null) {
            Set<String> out = new LinkedHashSet<>();
            for (String s : split(symptom.strings())) out.add(choice(new RawFact(s, symptom.origin()), SYMPTOMS));
            in.symptoms = new ArrayList<>(out);
        }
        in.lockedOut = flag(facts, "locked-out", false);
        in.signInBlocked = flag(facts, "sign-in-blocked", false);
        in.throttled = flag(facts, "throttled", false);
        in.adminSsprDisabled = flag(facts, "admin-sspr-disabled", false);
        RawFact scope = facts.get("sspr-scope");
        if (scope != null && scope.value() != null) in.ssprScope = choice(scope, SSPR_SCOPES);
        RawFact group = facts.get("in-sspr-group");
        if (group != null && group.value() != null) in.inSsprGroup = bool(group);
        RawFact registered = facts.get("registered");
        if (registered != null && registered.value() != null) in.registered = bool(registered);
        in.guest = flag(facts, "guest", false);
        RawFact inUnit = facts.get("target-in-actor-unit");
        if (inUnit != null && inUnit.value() != null) in.targetInActorUnit = bool(inUnit);
        RawFact definitions = facts.get("role-definition");
        if (definitions != null && definitions.value() != null) {
            throw new InvalidInput(definitions.origin(), LocalizedText.of("role-definition-not-here"));
        }
        auScope(in, roles, facts.get("role-scope"));
        RawFact error = facts.get("error");
        if (error != null && error.value() != null) {
            ErrorCatalog catalog = errors.get();
            String code = catalog.canonical(String.valueOf(error.value()));
            if (code == null) {
                throw new InvalidInput(error.origin(), LocalizedText.of("error-code-unknown", "code", error.value(),
                        "suggest", LocalizedText.didYouMean(Suggestions.closest(String.valueOf(error.value()), catalog.codes(), 3))));
            }
            in.error = code;
        }
        return in;
    }

    /**
     * An actor at administrative-unit scope whose role that resets passwords cannot be assigned at
     * that scope is an impossible input (manage-roles-portal.md lists the roles that can): exit 2,
     * never a silent "authorized". Roles that do not reset passwords are left alone — a snapshot's
     * actor may hold them tenant-wide beside a unit-scoped one.
     */
    private static void auScope(DiagnosisInput in, RoleCatalog roles, RawFact scope) {
        if (!"au".equals(in.roleScope) || in.roles == null) return;
        for (String alias : in.roles) {
            Role r = roles.byAlias(alias);
            if (r == null) continue;
            boolean resets = sspr.doctor.catalog.ResourceActions.resetsPasswords(r) || DerivedFacts.isPartnerTier(alias);
            if (resets && !DerivedFacts.auScopable(r, roles)) {
                throw new InvalidInput(scope == null ? "--role-scope" : scope.origin(),
                        LocalizedText.of("role-not-au-scopable", "role", (LocalizedText.PerLanguage) lang -> roles.displayName(alias, lang)));
            }
        }
    }

    /**
     * An empty value ({@code role: ""}, {@code --error ''}), an empty list or an empty member of a
     * comma list ({@code user-admin,}) is a mistake, never "nothing given": leaving the key out is that.
     */
    private static void refuseEmpty(String key, RawFact fact) {
        if (fact == null || fact.value() == null || fact.value() instanceof Boolean) return;
        if (fact.observed()) return;
        if (fact.value() instanceof List<?> list && list.isEmpty()) {
            throw new InvalidInput(fact.origin(), LocalizedText.of("empty-list", "key", key,
                    "hint", key.endsWith("role") ? LocalizedText.of("empty-list.roles") : LocalizedText.NONE));
        }
        boolean commaList = COMMA_LISTS.contains(key);
        for (String v : fact.strings()) {
            if (v == null || v.isBlank()) throw new InvalidInput(fact.origin(), LocalizedText.of("empty-value", "key", key));
            if (commaList && hasEmptyMember(v)) {
                throw new InvalidInput(fact.origin(), LocalizedText.of("empty-item", "value", v));
            }
        }
    }

    /** Keys whose values may be comma lists; licences are separate, as a product name may hold a comma. */
    private static final Set<String> COMMA_LISTS = Set.of("role", "target-role", "symptom");

    /** Whether a comma list has an empty member: {@code a,}, {@code ,a}, {@code a,,b} (also the command line's lists). */
    public static boolean hasEmptyMember(String value) {
        // value.split(",", -1) has a blank part: the same test without the parts (every line of a batch asks)
        int from = 0;
        while (true) {
            int comma = value.indexOf(',', from);
            int end = comma < 0 ? value.length() : comma;
            boolean blank = true;
            for (int i = from; i < end && blank; i++) blank = Character.isWhitespace(value.charAt(i));
            if (blank) return true;
            if (comma < 0) return false;
            from = comma + 1;
        }
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) for (String part : v.split(",")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    private static List<String> roles(RawFact fact, RoleCatalog catalog, boolean allowNone) {
        List<String> out = new ArrayList<>();
        boolean none = false;
        for (String typed : split(fact.strings())) {
            if (allowNone && typed.equalsIgnoreCase(RoleCatalog.NONE)) { none = true; continue; }
            Resolution<Role> r = catalog.resolve(typed);
            if (r.isAmbiguous()) {
                List<String> c = new ArrayList<>();
                for (Role x : r.candidates()) c.add(x.alias());
                throw new InvalidInput(fact.origin(), LocalizedText.of("role-ambiguous", "typed", typed, "candidates", String.join(", ", c)));
            }
            if (!r.found()) {
                throw new InvalidInput(fact.origin(), LocalizedText.of("role-unknown", "typed", typed,
                        "suggest", r.suggestions().isEmpty() ? LocalizedText.of("role-unknown.see") : LocalizedText.didYouMean(r.suggestions())));
            }
            if (!out.contains(r.value().alias())) out.add(r.value().alias());
        }
        if (none && !out.isEmpty()) throw new InvalidInput(fact.origin(), LocalizedText.of("role-none-combined"));
        return out;
    }

    private static List<String> licenses(RawFact fact, SkuCatalog catalog) {
        List<String> out = new ArrayList<>();
        for (String typed : fact.strings()) {
            if (typed.equalsIgnoreCase("none")) continue; // 'none': the user (or tenant) has no licence, which is a fact, not unknown
            Resolution<Sku> whole = catalog.resolve(typed);
            List<String> parts = whole.found() || whole.isAmbiguous() || !typed.contains(",") ? List.of(typed) : split(List.of(typed));
            if (parts.size() > 1 || !parts.get(0).equals(typed)) {
                if (hasEmptyMember(typed)) throw new InvalidInput(fact.origin(), LocalizedText.of("empty-item", "value", typed));
            }
            for (String p : parts) {
                Resolution<Sku> r = p.equals(typed) ? whole : catalog.resolve(p);
                if (r.isAmbiguous()) {
                    List<String> c = new ArrayList<>();
                    for (Sku s : r.candidates()) c.add(s.skuPartNumber() + " (" + s.skuId() + ")");
                    throw new InvalidInput(fact.origin(), LocalizedText.of("license-ambiguous", "typed", p, "candidates", String.join(", ", c)));
                }
                if (!r.found()) {
                    throw new InvalidInput(fact.origin(), LocalizedText.of("license-unknown", "typed", p,
                            "suggest", r.suggestions().isEmpty() ? LocalizedText.of("license-unknown.see") : LocalizedText.didYouMean(r.suggestions())));
                }
                if (!out.contains(r.value().skuPartNumber())) out.add(r.value().skuPartNumber());
            }
        }
        return out;
    }

    private static String choice(RawFact fact, List<String> allowed) {
        Object v = fact.value();
        if (v instanceof List<?> list) {
            if (list.size() != 1) throw new InvalidInput(fact.origin(), LocalizedText.of("one-value", "count", list.size()));
            v = list.get(0);
        }
        String s = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
        // the allowed value itself (an equal string): later look-ups then find it by identity
        int at = allowed.indexOf(s);
        if (at >= 0) return allowed.get(at);
        throw new InvalidInput(fact.origin(), LocalizedText.of("value-unknown", "value", v,
                "suggest", LocalizedText.didYouMean(Suggestions.closest(String.valueOf(v), allowed, 3)), "allowed", String.join(", ", allowed)));
    }

    private static boolean flag(Map<String, RawFact> facts, String key, boolean dflt) {
        RawFact f = facts.get(key);
        if (f == null || f.value() == null) return dflt;
        return bool(f);
    }

    private static boolean bool(RawFact f) {
        if (f.value() instanceof Boolean b) return b;
        String s = String.valueOf(f.value()).strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) return true;
        if (s.equals("false") || s.equals("no")) return false;
        throw new InvalidInput(f.origin(), LocalizedText.of("not-boolean", "value", f.value()));
    }
}
