package sspr.doctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sspr.doctor.i18n.Messages;
import sspr.doctor.text.ControlCharacters;

/**
 * CI annotations, one per finding code (GitHub shows at most 10 per step, so never one per user):
 * GitHub's {@code ::error title=CODE::message} and Azure DevOps' {@code ##vso[task.logissue ...]}
 * workflow commands, written on stderr so that stdout stays the report.
 */
public final class Annotations {
    public enum Kind { github, azure }

    /** Annotations this tool writes in one run, at most (GitHub keeps 10 errors and 10 warnings per step). */
    public static final int MAX = 10;
    private static final int EXAMPLES = 3;

    private final Kind kind;
    private final List<String> lines = new ArrayList<>();

    public Annotations(Kind kind) {
        this.kind = kind;
    }

    /**
     * The kind to write for {@code --annotations VALUE} (auto: GitHub when GITHUB_ACTIONS=true, Azure
     * DevOps when TF_BUILD is set), or null for none.
     */
    public static Kind choose(String value, Map<String, String> env) {
        String v = value == null ? "auto" : value;
        switch (v) {
            case "github": return Kind.github;
            case "azure-devops": return Kind.azure;
            case "none": return null;
            case "auto":
                if ("true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"))) return Kind.github;
                if (env.get("TF_BUILD") != null && !env.get("TF_BUILD").isEmpty()) return Kind.azure;
                return null;
            default: return null;
        }
    }

    /** {@code severity}: error, warning or notice (Azure DevOps has no notice: it is left out there). */
    public void add(String severity, String code, String message) {
        if (lines.size() >= MAX) return;
        String m = ControlCharacters.clean(message);
        if (kind == Kind.github) {
            lines.add("::" + severity + " title=" + property(code) + "::" + data(m));
        } else if (!severity.equals("notice")) {
            lines.add("##vso[task.logissue type=" + severity + ";code=" + azureProperty(code) + "]" + data(code + ": " + m));
        }
    }

    public List<String> lines() { return lines; }

    /** The audit's annotations: one per finding code (self-service, then admin reset), then expired and unused waivers. */
    @SuppressWarnings("unchecked")
    public static Annotations audit(Kind kind, AuditModel m) {
        Annotations a = new Annotations(kind);
        Messages r = Messages.of("report", m.lang());
        FindingTexts t = m.texts();
        for (Map.Entry<String, Long> e : m.byFinding().entrySet()) {
            a.add(severity(m, e.getKey(), ""), e.getKey(), r.format("report.annotation.users", "count", e.getValue(), "title", t.title(e.getKey()))
                    + examples(m, e.getKey(), false, r));
        }
        for (Map.Entry<String, Long> e : m.adminByFinding().entrySet()) {
            a.add(severity(m, e.getKey(), "admin-reset:"), "admin-reset:" + e.getKey(), r.format("report.annotation.admin", "count", e.getValue(),
                    "title", t.title(e.getKey())) + examples(m, e.getKey(), true, r));
        }
        if (m.waivers() != null) for (Map<String, Object> w : m.waivers()) a.waiver(w, r);
        return a;
    }

    void waiver(Map<String, Object> w, Messages r) {
        String key = "expired".equals(w.get("status")) ? "report.annotation.expired" : "report.annotation.unused";
        add("warning", String.valueOf(w.get("code")), r.format(key, "code", w.get("code"), "expires", w.get("expires"), "owner", w.get("owner")));
    }

    /** A code every listed user of which is waived (and in date) is a warning, else an error. */
    private static String severity(AuditModel m, String code, String prefix) {
        boolean any = false;
        for (AuditRow row : m.rows()) {
            List<String> codes = prefix.isEmpty() ? row.selfService() : row.adminReset();
            if (!codes.contains(code)) continue;
            any = true;
            Waiver w = row.waived().get(prefix + code);
            if (w == null || w.expiredOn(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) return "error";
        }
        return any && m.rows().size() >= m.listed() ? "warning" : "error";
    }

    private static String examples(AuditModel m, String code, boolean admin, Messages r) {
        List<String> names = new ArrayList<>();
        for (AuditRow row : m.rows()) {
            if ((admin ? row.adminReset() : row.selfService()).contains(code)) names.add(row.name());
            if (names.size() == EXAMPLES) break;
        }
        return names.isEmpty() ? "" : " — " + r.format("report.annotation.examples", "users", String.join(", ", names));
    }

    /** GitHub's escaping of a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** Azure DevOps' escaping of a property value. */
    static String azureProperty(String s) {
        return data(s).replace(";", "%3B").replace("]", "%5D");
    }
}
