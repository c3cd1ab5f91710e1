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
        Map<String, Object> facts = DerivedFacts.facts(in, roles, Catalogs::skus, matrix, Catalogs.errorFindings());
        RuleEngine.Evaluation eval = RuleEngine.evaluate(table, facts);
        Object[] placeholders = placeholders(in, roles, matrix);
        // a sentence written around "a user with {targetRoles}" reads badly filled with "no admin role":
        // the bundle may word the no-role case on its own (KEY.no-target-role)
        String variant = in.targetRoles.isEmpty() ? ".no-target-role" : "";
        List<Finding> out = new ArrayList<>();
        for (Rule rule : eval.fired()) {
            String code = rule.then().code();
            // a rule whose case needs its own wording (e.g. a lockout the reset itself clears) has
            // rule.<id>.title/detail/fix.N; a finding whose text the documentation audit corrected has
            // revised.<code>.* (message bundles merge by union, so old lines are never rewritten);
            // the finding's code stays the same
            String key = findings.has("rule." + rule.id() + ".title") ? "rule." + rule.id()
                    : findings.has("revised." + code + ".title") ? "revised." + code : code;
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
            out.add(new Finding(code, rule.then().severity(), rule.id(), format(key + ".title", variant, placeholders),
                    format(key + ".detail", variant, placeholders), fix, refs, rule.then().links(),
                    rule.then().sources(), List.copyOf(disagreements), candidates));
        }
        return new Diagnosis(findings.lang(), in, Diagnosis.verdictOf(out), out, eval.trace());
    }

    private String format(String key, String variant, Object[] placeholders) {
        return findings.format(!variant.isEmpty() && findings.has(key + variant) ? key + variant : key, placeholders);
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

    private Object[] placeholders(DiagnosisInput in, RoleCatalog roles, ResetMatrix matrix) {
        List<String> rows = DerivedFacts.targetRows(in, matrix);
        List<String> uncovered = DerivedFacts.uncoveredRows(in, roles, matrix);
        List<String> resetters = new ArrayList<>();
        for (String alias : matrix.resettersFor(rows)) resetters.add(roleName(alias, roles));
        String resetterText = in.targetMemberOfRestrictedAu
                ? terms.get("resetters.restricted-au-member")
                : resetters.isEmpty() ? terms.get("resetters.nobody") : String.join(terms.get("role-list.separator"), resetters);
        List<String> licenseNames = new ArrayList<>();
        if (in.licenses != null) {
            for (String part : in.licenses) {
                Sku s = Catalogs.skus().resolve(part).value();
                licenseNames.add(s == null ? part : s.productName());
            }
        }
        List<String> kinds = new ArrayList<>();
        for (String alias : in.targetRoles) kinds.add(roleName(alias, roles));
        if (in.targetInRoleAssignableGroup) kinds.add(terms.get("row." + ResetMatrix.ROLE_ASSIGNABLE_GROUP));
        if (in.targetInRestrictedAu) kinds.add(terms.get("row." + ResetMatrix.RESTRICTED_AU));
        return new Object[] {
                "targetKinds", kinds.isEmpty() ? terms.get("no-role") : String.join(", ", kinds),
                "tenantResetters", resetters.isEmpty() ? terms.get("resetters.nobody") : String.join(", ", resetters),
                "actorRoles", in.roles == null ? terms.get("unknown") : in.roles.isEmpty() ? terms.get("no-role") : names(in.roles, roles),
                "targetRoles", in.targetRoles.isEmpty() ? terms.get("no-role") : names(in.targetRoles, roles),
                // a restricted-unit member with no role has no uncovered row: name the membership that blocks
                "uncovered", uncovered.isEmpty() && in.targetMemberOfRestrictedAu
                        ? terms.get("row.restricted-au-member") : rowNames(uncovered, roles, in.targetRoles, matrix),
                "resetters", resetterText,
                "portal", terms.get("portal." + in.effectivePortal()),
                "licenses", licenseNames.isEmpty() ? terms.get("unknown") : String.join(", ", licenseNames),
                "error", in.error == null ? "" : in.error,
                "candidates", in.error == null ? "" : candidateTitles(DerivedFacts.errorCandidates(in.error, Catalogs.errorFindings()), findings),
                "distinguish", in.error == null ? "" : distinguishing(in.error, findings)
        };
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
