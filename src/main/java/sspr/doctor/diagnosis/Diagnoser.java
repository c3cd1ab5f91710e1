package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.i18n.Messages;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;

/**
 * Runs a diagnosis: derives facts, evaluates the decision table and words each finding in the
 * chosen language, filling in who could reset the target instead.
 */
public final class Diagnoser {
    private final DecisionTable table;
    private final Messages findings;
    private final Messages terms;
    private final BiFunction<String, String, Finding.FaqRef> faq;

    /**
     * @param faq (article, entry id) → the entry's question in the chosen language, or null if unknown
     */
    public Diagnoser(DecisionTable table, String lang, BiFunction<String, String, Finding.FaqRef> faq) {
        this.table = table;
        this.findings = Messages.of("findings", lang);
        this.terms = Messages.of("terms", lang);
        this.faq = faq;
    }

    public Diagnosis diagnose(DiagnosisInput in) {
        RoleCatalog roles = Catalogs.roles();
        ResetMatrix matrix = Catalogs.matrix();
        // the derived facts go straight into the engine's array, in its order (no map of facts)
        Object[] derived = DerivedFacts.values(in, roles, Catalogs::skus, matrix, Catalogs.errorFindings(), derivedKept);
        int[] from = derivedAt();
        Object[] facts = new Object[from.length];
        for (int i = 0; i < from.length; i++) facts[i] = from[i] < 0 ? null : derived[from[i]];
        RuleEngine.Evaluation eval = RuleEngine.evaluate(table, facts);
        if (keptValues == null || keptFor[0] != roles || keptFor[1] != matrix) {
            keptValues = new FindingPlaceholders.Kept();
            keptFor = new Object[] {roles, matrix};
        }
        FindingPlaceholders placeholders = new FindingPlaceholders(in, keptValues, slot -> placeholder(slot, in, roles, matrix));
        // a sentence written around "a user with {targetRoles}" reads badly filled with "no admin role":
        // the bundle may word the no-role case on its own (KEY.no-target-role)
        String variant = in.targetRoles.isEmpty() ? ".no-target-role" : "";
        List<Finding> out = new ArrayList<>();
        for (Rule rule : eval.fired()) {
            int[] used = used(rule, variant);
            Object[] key = new Object[used.length + 2];
            key[0] = rule.id();
            key[1] = variant;
            boolean plain = true;
            for (int i = 0; i < used.length; i++) {
                key[i + 2] = placeholders.value(used[i] / 2);
                plain &= placeholders.plain(used[i] / 2);
            }
            if (!plain) {
                out.add(finding(rule, in, variant, placeholders.all()));
                continue;
            }
            FindingKey k = new FindingKey(key);
            Finding kept = findingsKept.get(k);
            if (kept == null) {
                kept = finding(rule, in, variant, placeholders.all());
                findingsKept.put(k, kept);
            }
            out.add(kept);
        }
        return new Diagnosis(findings.lang(), in, Diagnosis.verdictOf(out), out, eval.trace());
    }

    /** Licence facts and error findings kept by what they are worked out from. */
    private final DerivedFacts.Kept derivedKept = new DerivedFacts.Kept();

    /** Placeholder values kept by the facts they are made from, for the catalogues they were made with. */
    private FindingPlaceholders.Kept keptValues;
    private Object[] keptFor;

    /** For each fact the engine reads (in its order), where DerivedFacts.values has it, or -1 (unknown to it: null). */
    private int[] derivedAt;

    private int[] derivedAt() {
        if (derivedAt == null) {
            String[] order = RuleEngine.factOrder(table);
            int[] at = new int[order.length];
            for (int i = 0; i < order.length; i++) at[i] = java.util.Arrays.asList(DerivedFacts.NAMES).indexOf(order[i]);
            derivedAt = at;
        }
        return derivedAt;
    }

    /**
     * Findings already worded, by rule, variant and placeholder values — all a finding's text depends on
     * (the error code is among the placeholders). Users of a batch or an audit differ in their facts
     * far more than in their findings; the same instance comes back, so renderers may keep its output
     * by identity. Bounded, the least recently used dropped first: distinct users of a large tenant word a
     * few thousand findings, the common ones again and again.
     */
    private final Map<FindingKey, Finding> findingsKept = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FindingKey, Finding> eldest) {
            return size() > KEPT_FINDINGS;
        }
    };

    static final int KEPT_FINDINGS = 8192;

    /**
     * Rule id, variant and the values a finding's texts use, as the key of {@link #findingsKept}: the hash made
     * once, and parts compared by identity first (kept placeholder values come back as the same strings).
     */
    private static final class FindingKey {
        private final Object[] parts;
        private final int hash;

        FindingKey(Object[] parts) {
            this.parts = parts;
            this.hash = java.util.Arrays.hashCode(parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FindingKey k) || k.hash != hash || k.parts.length != parts.length) return false;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != k.parts[i] && !java.util.Objects.equals(parts[i], k.parts[i])) return false;
            }
            return true;
        }
    }

    /** By rule, then variant (none, .no-target-role): the indexes in the placeholders of the values its finding's texts use. */
    private final Map<Rule, int[][]> usedPlaceholders = new java.util.IdentityHashMap<>();

    /**
     * The values a rule's finding depends on: the placeholders its title, detail, fix steps and
     * disagreement notes name, and the error code for the several-causes finding (its candidates).
     * A message whose braces are not all placeholders of ours depends on every value.
     */
    private int[] used(Rule rule, String variant) {
        int[][] byVariant = usedPlaceholders.get(rule);
        if (byVariant == null) usedPlaceholders.put(rule, byVariant = new int[2][]);
        int v = variant.isEmpty() ? 0 : 1;
        if (byVariant[v] == null) byVariant[v] = used(rule, variant, FindingPlaceholders.LAYOUT);
        return byVariant[v];
    }

    private int[] used(Rule rule, String variant, Object[] placeholders) {
        int[] used;
        String key = messageKey(rule);
        List<String> texts = new ArrayList<>();
        texts.add(findings.get(variantKey(key + ".title", variant)));
        texts.add(findings.get(variantKey(key + ".detail", variant)));
        for (int i = 1; findings.has(key + ".fix." + i); i++) texts.add(findings.get(key + ".fix." + i));
        for (Rule.Disagreement d : rule.then().docsDisagree()) texts.add(findings.get(d.why()));
        boolean[] uses = new boolean[placeholders.length];
        boolean all = false;
        for (String t : texts) {
            int braces = 0, closing = 0, named = 0;
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '{') braces++;
                else if (t.charAt(i) == '}') closing++;
            }
            for (int i = 0; i < placeholders.length; i += 2) {
                String name = String.valueOf(placeholders[i]);
                int n = count(t, "{" + name + "}") + count(t, "{" + name + "|");
                if (n > 0) uses[i + 1] = true;
                named += n;
            }
            all |= braces != named || closing != braces;
        }
        if (rule.then().code().equals(SEVERAL_CAUSES)) {
            for (int i = 0; i < placeholders.length; i += 2) if ("error".equals(placeholders[i])) uses[i + 1] = true;
        }
        int n = 0;
        for (int i = 0; i < uses.length; i++) if (all ? i % 2 == 1 : uses[i]) n++;
        used = new int[n];
        n = 0;
        for (int i = 0; i < uses.length; i++) if (all ? i % 2 == 1 : uses[i]) used[n++] = i;
        return used;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }

    /** The bundle key of a rule's texts (see {@link #finding}). */
    private String messageKey(Rule rule) {
        String code = rule.then().code();
        return findings.has("rule." + rule.id() + ".title") ? "rule." + rule.id()
                : findings.has("revised." + code + ".title") ? "revised." + code : code;
    }

    private String variantKey(String key, String variant) {
        return !variant.isEmpty() && findings.has(key + variant) ? key + variant : key;
    }

    private Finding finding(Rule rule, DiagnosisInput in, String variant, Object[] placeholders) {
        {
            String code = rule.then().code();
            // a rule whose case needs its own wording (e.g. a lockout the reset itself clears) has
            // rule.<id>.title/detail/fix.N; a finding whose text the documentation audit corrected has
            // revised.<code>.* (message bundles merge by union, so old lines are never rewritten);
            // the finding's code stays the same
            String key = messageKey(rule);
            List<String> fix = new ArrayList<>();
            for (int i = 1; findings.has(key + ".fix." + i); i++) fix.add(findings.format(key + ".fix." + i, placeholders));
            List<Finding.FaqRef> refs = new ArrayList<>();
            for (String ref : rule.then().faq()) {
                int slash = ref.indexOf('/');
                Finding.FaqRef r = slash < 0 ? null : faq.apply(ref.substring(0, slash), ref.substring(slash + 1));
                if (r != null) refs.add(r);
            }
            List<Finding.Disagreement> disagreements = new ArrayList<>();
            for (Rule.Disagreement d : rule.then().docsDisagree()) {
                disagreements.add(new Finding.Disagreement(d.pages(), d.follows(), findings.format(d.why(), placeholders)));
            }
            List<String> candidates = code.equals(SEVERAL_CAUSES) ? DerivedFacts.errorCandidates(in.error, Catalogs.errorFindings()) : List.of();
            return new Finding(code, rule.then().severity(), rule.id(), format(key + ".title", variant, placeholders),
                    format(key + ".detail", variant, placeholders), List.copyOf(fix), List.copyOf(refs), rule.then().links(),
                    rule.then().sources(), List.copyOf(disagreements), candidates);
        }
    }

    private String format(String key, String variant, Object[] placeholders) {
        String k = variantKey(key, variant);
        String text = findings.format(k, placeholders);
        // a sentence that opens with a filled-in name ("the Microsoft 365 admin center does not ...") starts with a capital
        return findings.get(k).startsWith("{") ? capitalized(text) : text;
    }

    static String capitalized(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) return text;
        int first = text.codePointAt(0);
        return new StringBuilder(text.length()).appendCodePoint(Character.toTitleCase(first)).append(text, Character.charCount(first), text.length()).toString();
    }

    /** The finding for evidence whose documented causes are several. */
    public static final String SEVERAL_CAUSES = "evidence.several-causes";

    /** The candidate causes' titles, for the several-causes text ("; "-separated, in catalogue order). */
    public static String candidateTitles(List<String> candidates, Messages findings) {
        List<String> titles = new ArrayList<>();
        for (String c : candidates) titles.add(findings.has("cause." + c) ? findings.get("cause." + c) : c);
        return String.join("; ", titles);
    }

    /** What tells a code's candidate causes apart (findings key evidence.distinguish.CODE), or the general advice. */
    public static String distinguishing(String error, Messages findings) {
        String key = "evidence.distinguish." + error;
        return findings.has(key) ? findings.get(key) : findings.get("evidence.distinguish.general");
    }

    /** Placeholder {@code slot} (of {@link FindingPlaceholders#NAMES}) for {@code in}: what the finding texts name. */
    private String placeholder(int slot, DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        switch (slot) {
            case 0: {
                List<String> kinds = new ArrayList<>();
                for (String alias : in.targetRoles) kinds.add(roleName(alias, roles));
                if (in.targetInRoleAssignableGroup) kinds.add(terms.get("row." + ResetMatrix.ROLE_ASSIGNABLE_GROUP));
                if (in.targetInRestrictedAu) kinds.add(terms.get("row." + ResetMatrix.RESTRICTED_AU));
                return kinds.isEmpty() ? terms.get("no-role") : String.join(", ", kinds);
            }
            case 1: {
                List<String> resetters = resetters(in, roles, matrix);
                return resetters.isEmpty() ? terms.get("resetters.nobody") : String.join(", ", resetters);
            }
            case 2:
                return in.roles == null ? terms.get("unknown") : in.roles.isEmpty() ? terms.get("no-role") : names(in.roles, roles);
            case 3:
                return in.targetRoles.isEmpty() ? terms.get("no-role") : names(in.targetRoles, roles);
            case 4: {
                // a restricted-unit member with no role has no uncovered row: name the membership that blocks
                List<String> uncovered = DerivedFacts.uncoveredRows(in, roles, matrix);
                return uncovered.isEmpty() && in.targetMemberOfRestrictedAu
                        ? terms.get("row.restricted-au-member") : rowNames(uncovered, roles, in.targetRoles, matrix);
            }
            case 5: {
                List<String> resetters = resetters(in, roles, matrix);
                return in.targetMemberOfRestrictedAu
                        ? terms.get("resetters.restricted-au-member")
                        : resetters.isEmpty() ? terms.get("resetters.nobody") : String.join(terms.get("role-list.separator"), resetters);
            }
            case 6:
                return terms.get("portal." + in.effectivePortal());
            case 7: {
                List<String> licenseNames = new ArrayList<>();
                if (in.licenses != null) {
                    for (String part : in.licenses) {
                        Sku s = Catalogs.skus().resolve(part).value();
                        licenseNames.add(s == null ? part : s.productName());
                    }
                }
                return licenseNames.isEmpty() ? terms.get("unknown") : String.join(", ", licenseNames);
            }
            case 8:
                return in.error == null ? "" : in.error;
            case 9:
                return in.error == null ? "" : candidateTitles(DerivedFacts.errorCandidates(in.error, Catalogs.errorFindings()), findings);
            case 10:
                return in.error == null ? "" : distinguishing(in.error, findings);
            default:
                throw new IllegalArgumentException("placeholder " + slot);
        }
    }

    /** The names of the roles that may reset the target's rows tenant-wide. */
    private List<String> resetters(DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        List<String> resetters = new ArrayList<>();
        for (String alias : matrix.resettersFor(DerivedFacts.targetRows(in, matrix))) resetters.add(roleName(alias, roles));
        return resetters;
    }

    private String rowNames(List<String> rows, RoleCatalog roles, List<String> targetRoles, ResetMatrix matrix) {
        List<String> out = new ArrayList<>();
        for (String row : rows) {
            Role r = roles.byAlias(row);
            if (r != null) {
                out.add(roleName(row, roles));
            } else if (row.equals(ResetMatrix.OTHER)) {
                // name the roles that fall outside the table, so the admin knows which one to look at
                List<String> outside = new ArrayList<>();
                for (String alias : targetRoles) if (matrix.rowFor(alias).equals(ResetMatrix.OTHER)) outside.add(roleName(alias, roles));
                out.add(outside.isEmpty() ? terms.get("row.other")
                        : terms.format("row.other.named", "roles", String.join(terms.get("role-list.separator"), outside)));
            } else {
                out.add(terms.get("row." + row));
            }
        }
        return String.join(terms.get("role-list.separator"), out);
    }

    private String names(List<String> aliases, RoleCatalog roles) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) out.add(roleName(a, roles));
        return String.join(terms.get("role-list.separator"), out);
    }

    /** A role's name in the language of the findings (English names load no bundle). */
    private String roleName(String alias, RoleCatalog roles) {
        return roles.displayName(alias, findings.lang());
    }
}
