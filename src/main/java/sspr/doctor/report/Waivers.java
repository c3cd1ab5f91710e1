package sspr.doctor.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.YamlTree;

/**
 * {@code --waivers FILE}: a YAML (or JSON) list of accepted findings. A waiver that matches a result
 * marks it "waived" and keeps it from counting for {@code --fail-on} until it expires; an expired
 * waiver still marks the result (so people see it lapsed) but no longer keeps it from counting.
 * Waivers that matched nothing, and expired ones, are reported.
 */
public final class Waivers {
    private static final Set<String> KEYS = Set.of("code", "user", "case", "rationale", "expires", "owner");

    private final List<Waiver> all;
    private final LocalDate today;
    private final boolean[] used;

    public Waivers(List<Waiver> all, LocalDate today) {
        this.all = List.copyOf(all);
        this.today = today;
        this.used = new boolean[all.size()];
    }

    public static Waivers parse(String text, String file, LocalDate today) {
        YamlTree.Node root;
        try {
            root = YamlTree.parseAuto(text);
        } catch (YamlTree.SyntaxError e) {
            throw new ReportInputError(file + ":" + e.line + ":" + e.column, LocalizedText.of("waivers-syntax", "reason", e.getMessage()));
        }
        if (root == null || root.isNull()) return new Waivers(List.of(), today);
        if (root.isMap() && root.asMap().containsKey("waivers")) root = root.asMap().get("waivers");
        if (!root.isList()) throw new ReportInputError(file + ":" + root.line() + ":" + root.column(), LocalizedText.of("waivers-not-list"));
        List<Waiver> out = new ArrayList<>();
        for (YamlTree.Node n : root.asList()) {
            String at = file + ":" + n.line() + ":" + n.column();
            if (!n.isMap()) throw new ReportInputError(at, LocalizedText.of("waivers-not-list"));
            Map<String, YamlTree.Node> m = n.asMap();
            for (Map.Entry<String, YamlTree.Node> e : m.entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    throw new ReportInputError(file + ":" + e.getValue().line() + ":" + e.getValue().column(),
                            LocalizedText.of("waivers-unknown-key", "key", e.getKey()));
                }
                if (!e.getValue().isScalar()) {
                    throw new ReportInputError(file + ":" + e.getValue().line() + ":" + e.getValue().column(),
                            LocalizedText.of("waivers-not-text", "key", e.getKey()));
                }
            }
            for (String required : List.of("code", "rationale", "expires", "owner")) {
                YamlTree.Node v = m.get(required);
                if (v == null || v.isNull() || v.text().isBlank()) throw new ReportInputError(at, LocalizedText.of("waivers-missing", "key", required));
            }
            LocalDate expires;
            YamlTree.Node e = m.get("expires");
            try {
                expires = LocalDate.parse(e.text().strip());
            } catch (DateTimeParseException ex) {
                throw new ReportInputError(file + ":" + e.line() + ":" + e.column(), LocalizedText.of("waivers-date", "value", e.text()));
            }
            out.add(new Waiver(m.get("code").text().strip(), text(m.get("user")), text(m.get("case")),
                    m.get("rationale").text().strip(), expires, m.get("owner").text().strip(), n.line()));
        }
        return new Waivers(out, today);
    }

    private static String text(YamlTree.Node n) {
        return n == null || n.isNull() ? null : n.text().strip();
    }

    public LocalDate today() { return today; }

    /**
     * The waiver for {@code code} of this user (id or UPN, either may be null) or profile case, or
     * null. A waiver for the user or case wins over a general one; among equals, the first listed.
     */
    public Waiver find(String code, String userId, String upn, String caseName) {
        int best = -1;
        for (int i = 0; i < all.size(); i++) {
            Waiver w = all.get(i);
            if (!w.code().equals(code)) continue;
            if (w.user() != null && !(w.user().equalsIgnoreCase(String.valueOf(upn)) || w.user().equalsIgnoreCase(String.valueOf(userId)))) continue;
            if (w.caseName() != null && !w.caseName().equals(caseName)) continue;
            boolean specific = w.user() != null || w.caseName() != null;
            if (best < 0 || (specific && all.get(best).user() == null && all.get(best).caseName() == null)) best = i;
        }
        if (best < 0) return null;
        used[best] = true;
        return all.get(best);
    }

    /** Whether this waiver still keeps its result from counting. */
    public boolean active(Waiver w) {
        return w != null && !w.expiredOn(today);
    }

    public boolean isEmpty() { return all.isEmpty(); }

    /** The waivers that need attention: expired ones, and ones that matched no result. */
    public List<Map<String, Object>> report() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Waiver w = all.get(i);
            boolean expired = w.expiredOn(today);
            if (!expired && used[i]) continue;
            Map<String, Object> m = new LinkedHashMap<>(w.toMap());
            m.put("line", w.line());
            m.put("status", expired ? "expired" : "unused");
            if (expired && !used[i]) m.put("unused", true);
            out.add(m);
        }
        return out;
    }
}
