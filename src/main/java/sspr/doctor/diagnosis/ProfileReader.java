package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.io.YamlTree;
import sspr.doctor.io.YamlTree.Node;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.text.Suggestions;

/**
 * Reads a tenant profile (YAML or JSON): facts only, keyed by long option names, or
 * {@code cases: [...]} with shared facts beside it. Unknown keys are errors with file:line:column.
 */
public final class ProfileReader {
    /**
     * Cases per profile: with the 4 MB file limit this bounds a profile run's memory (10,000 cases
     * run in a 64 MB heap; see README "Limits"). More cases go one per line through --batch.
     */
    public static final int MAX_CASES = 10_000;

    private ProfileReader() {}

    /**
     * One case of a profile: its name (null for a single-case profile), its facts, where the case
     * starts (file:line:column, or null) and the keys it inherits from the top level, so that an error
     * caused by an inherited fact can be reported at the case that inherits it.
     */
    public record Case(String name, Map<String, RawFact> facts, String origin, java.util.Set<String> inherited) {
        public Case(String name, Map<String, RawFact> facts) { this(name, facts, null, java.util.Set.of()); }

        /** The inherited fact whose origin is {@code origin}, or null when the case states it itself. */
        public String inheritedKeyAt(String origin) {
            if (origin == null) return null;
            for (String key : inherited) {
                RawFact f = facts.get(key);
                if (f != null && origin.equals(f.origin())) return key;
            }
            return null;
        }
    }

    /**
     * Negative option names as profile keys ({@code no-writeback: true} is {@code writeback: false}):
     * a profile is keyed by the long option names, and these options exist only in the negative form.
     */
    public static final Map<String, String> NEGATIONS = Map.of(
            "no-writeback", "writeback",
            "cloud-only", "hybrid",
            "not-in-sspr-group", "in-sspr-group",
            "not-registered", "registered",
            "target-outside-actor-unit", "target-in-actor-unit");

    /** Every key a profile may hold: the facts' long option names, the negative forms included. */
    public static java.util.Set<String> keys() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(InputResolver.KEYS.keySet());
        all.addAll(NEGATIONS.keySet());
        return all;
    }

    public static List<Case> read(String text, String file) {
        Node root;
        try {
            root = YamlTree.parseAuto(text);
        } catch (YamlTree.SyntaxError e) {
            throw new InvalidInput(file + (e.line > 0 ? ":" + e.line + ":" + e.column : ""), e.text);
        }
        // an empty document ("---" alone reads as an empty value): no facts, which the command refuses as such
        if (root.isNull() || root.isScalar() && root.text().isEmpty()) return List.of(new Case(null, Map.of()));
        if (!root.isMap()) throw new InvalidInput(file + ":" + root.line() + ":" + root.column(), LocalizedText.of("profile-not-map"));
        Map<String, Node> top = root.asMap();
        Node cases = top.get("cases");
        Map<String, RawFact> shared = facts(top, file, true, 0);
        if (cases == null) return List.of(new Case(null, shared));
        if (!cases.isList() || cases.asList().isEmpty()) {
            throw new InvalidInput(file + ":" + cases.line() + ":" + cases.column(), LocalizedText.of("cases-not-list"));
        }
        if (cases.asList().size() > MAX_CASES) {
            // every case's diagnosis is kept until the verdict for all is known; --batch streams instead
            throw new InvalidInput(file + ":" + cases.line() + ":" + cases.column(), LocalizedText.of("profile-too-many-cases", "max", MAX_CASES));
        }
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (Node c : cases.asList()) {
            n++;
            if (!c.isMap()) throw new InvalidInput(file + ":" + c.line() + ":" + c.column(), LocalizedText.of("case-not-map"));
            Map<String, RawFact> merged = new LinkedHashMap<>(shared);
            Map<String, RawFact> own = facts(c.asMap(), file, false, 0);
            merged.putAll(own);
            java.util.Set<String> inherited = new java.util.LinkedHashSet<>(shared.keySet());
            inherited.removeAll(own.keySet());
            Node name = c.asMap().get("name");
            out.add(new Case(name == null || name.isNull() ? "case " + n : name.text(), merged,
                    file + ":" + c.line() + ":" + c.column(), inherited));
        }
        return out;
    }

    /**
     * One JSON object of facts on line {@code line} of {@code file} (a {@code diagnose --batch} line):
     * the keys of a profile, plus an optional {@code name}; no {@code cases}. Errors name file:line:column.
     */
    public static Case readLine(String json, String file, long line) {
        Node root;
        try {
            root = YamlTree.parseJson(json);
        } catch (YamlTree.SyntaxError e) {
            throw new InvalidInput(file + ":" + line + (e.column > 0 ? ":" + e.column : ""), e.text);
        }
        if (!root.isMap()) throw new InvalidInput(file + ":" + line, LocalizedText.of("batch-line-not-object"));
        Node cases = root.asMap().get("cases");
        if (cases != null) throw new InvalidInput(file + ":" + line + ":" + cases.column(), LocalizedText.of("batch-line-cases"));
        Node name = root.asMap().get("name");
        if (name != null && !name.isNull() && !name.isScalar()) throw new InvalidInput(file + ":" + line + ":" + name.column(), LocalizedText.of("batch-name-not-plain"));
        return new Case(name == null || name.isNull() ? null : name.text(), facts(root.asMap(), file, false, line));
    }

    private static String negationOf(String key) {
        for (Map.Entry<String, String> e : NEGATIONS.entrySet()) if (e.getValue().equals(key)) return e.getKey();
        return key;
    }

    private static Map<String, RawFact> facts(Map<String, Node> map, String file, boolean top, long line) {
        Map<String, RawFact> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : map.entrySet()) {
            String key = e.getKey();
            Node v = e.getValue();
            String origin = file + ":" + (line > 0 ? line : v.line()) + ":" + v.column();
            if ((top && key.equals("cases")) || (!top && key.equals("name"))) continue;
            String negated = NEGATIONS.get(key);
            if (negated != null) {
                if (!(v.value() instanceof Boolean b)) throw new InvalidInput(origin, LocalizedText.of("key-boolean", "key", key));
                RawFact positive = out.get(negated);
                if (positive != null && positive.value() instanceof Boolean p && p == b) {
                    throw new InvalidInput(origin, LocalizedText.of("options-contradict", "first", negated, "second", key));
                }
                out.put(negated, new RawFact(!b, origin));
                continue;
            }
            String kind = InputResolver.KEYS.get(key);
            if (kind == null) {
                throw new InvalidInput(origin, LocalizedText.of("profile-key-unknown", "key", key,
                        "suggest", LocalizedText.didYouMean(Suggestions.closest(key, keys(), 3))));
            }
            if (kind.equals("flag") && v.value() instanceof Boolean b) {
                RawFact negative = out.get(key);
                if (negative != null && negative.value() instanceof Boolean p && p != b) {
                    throw new InvalidInput(origin, LocalizedText.of("options-contradict", "first", key, "second", negationOf(key)));
                }
            }
            if (v.isNull()) { out.put(key, new RawFact(null, origin)); continue; }
            if (v.isMap()) throw new InvalidInput(origin, LocalizedText.of("key-is-map", "key", key));
            if (v.isList()) {
                if (!kind.equals("list")) throw new InvalidInput(origin, LocalizedText.of("key-one-value", "key", key));
                List<String> items = new ArrayList<>();
                for (Node item : v.asList()) {
                    if (!item.isScalar() || item.isNull()) throw new InvalidInput(file + ":" + (line > 0 ? line : item.line()) + ":" + item.column(), LocalizedText.of("items-plain", "key", key));
                    if (item.text().isBlank()) throw new InvalidInput(file + ":" + (line > 0 ? line : item.line()) + ":" + item.column(), LocalizedText.of("item-empty", "key", key));
                    items.add(item.text());
                }
                out.put(key, new RawFact(items, origin));
            } else if (kind.equals("flag")) {
                if (!(v.value() instanceof Boolean)) throw new InvalidInput(origin, LocalizedText.of("key-boolean", "key", key));
                out.put(key, new RawFact(v.value(), origin));
            } else if (kind.equals("list")) {
                out.put(key, new RawFact(List.of(v.text()), origin));
            } else {
                out.put(key, new RawFact(v.text(), origin));
            }
        }
        return out;
    }
}
