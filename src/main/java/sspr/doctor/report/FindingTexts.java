package sspr.doctor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.i18n.Messages;

/**
 * A finding code's title, detail and fix in one language, worded for every user who has it: the
 * finding texts are written for one diagnosis, so the facts a single user would fill in are given
 * their general wording (as audit's JUnit report does).
 */
public final class FindingTexts {
    private final Messages findings;
    private final Messages terms;
    private final String licenses;
    private final Map<String, String> cache = new HashMap<>();

    /** @param licenses the tenant's stated licences, or null when unknown */
    /** An audit's wording of codes the export cannot state as diagnose does (AuditWording); off: diagnose's keys. */
    private final boolean audit;
    private final boolean adminPolicyOn;

    public FindingTexts(String lang, List<String> licenses) {
        this(lang, licenses, false, false);
    }

    /** @param adminPolicyOn whether an administrator in the audited export has isSsprEnabled true */
    public FindingTexts(String lang, List<String> licenses, boolean audit, boolean adminPolicyOn) {
        this.audit = audit;
        this.adminPolicyOn = adminPolicyOn;
        this.findings = Messages.of("findings", lang);
        this.terms = Messages.of("terms", lang);
        this.licenses = licenses == null || licenses.isEmpty() ? terms.get("unknown") : String.join(", ", licenses);
    }

    public String lang() { return findings.lang(); }

    /** The title; an unknown code (a table of one's own) is shown as itself. */
    public String title(String code) {
        String key = audit ? sspr.doctor.audit.AuditWording.title(code) : code;
        return findings.has(key + ".title") ? format(key + ".title") : code;
    }

    public String detail(String code) {
        String key = audit ? sspr.doctor.audit.AuditWording.texts(code, adminPolicyOn) : code;
        return findings.has(key + ".detail") ? format(key + ".detail") : "";
    }

    public List<String> fix(String code) {
        String key = audit ? sspr.doctor.audit.AuditWording.texts(code, adminPolicyOn) : code;
        List<String> out = new ArrayList<>();
        for (int i = 1; findings.has(key + ".fix." + i); i++) out.add(format(key + ".fix." + i));
        return out;
    }

    private String format(String key) {
        return cache.computeIfAbsent(key, k -> findings.format(k, "resetters", terms.get("resetters.any"), "actorRoles", terms.get("unknown"),
                "targetRoles", terms.get("unknown"), "uncovered", terms.get("unknown"), "portal", terms.get("portal.sspr-portal"),
                "licenses", licenses, "error", ""));
    }
}
