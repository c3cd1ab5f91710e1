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
    public FindingTexts(String lang, List<String> licenses) {
        this.findings = Messages.of("findings", lang);
        this.terms = Messages.of("terms", lang);
        this.licenses = licenses == null || licenses.isEmpty() ? terms.get("unknown") : String.join(", ", licenses);
    }

    public String lang() { return findings.lang(); }

    /** The title; an unknown code (a table of one's own) is shown as itself. */
    public String title(String code) {
        return findings.has(code + ".title") ? format(code + ".title") : code;
    }

    public String detail(String code) {
        return findings.has(code + ".detail") ? format(code + ".detail") : "";
    }

    public List<String> fix(String code) {
        List<String> out = new ArrayList<>();
        for (int i = 1; findings.has(code + ".fix." + i); i++) out.add(format(code + ".fix." + i));
        return out;
    }

    private String format(String key) {
        return cache.computeIfAbsent(key, k -> findings.format(k, "resetters", terms.get("resetters.any"), "actorRoles", terms.get("unknown"),
                "targetRoles", terms.get("unknown"), "uncovered", terms.get("unknown"), "portal", terms.get("portal.sspr-portal"),
                "licenses", licenses, "error", ""));
    }
}
