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

    /** One case of a profile: its name (null for a single-case profile) and its facts. */
    public record Case(String name, Map<String, RawFact> facts) {}

    public static List<Case> read(String text, String file) {
        Node root;
        try {
            root = YamlTree.parseAuto(text);
        } catch (YamlTree.SyntaxError e) {
            throw new InvalidInput(file + (e.line > 0 ? ":" + e.line + ":" + e.column : ""), e.text);
        }
        if (root.isNull()) return List.of(new Case(null, Map.of()));
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
            merged.putAll(facts(c.asMap(), file, false, 0));
            Node name = c.asMap().get("name");
            out.add(new Case(name == null || name.isNull() ? "case " + n : name.text(), merged));
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

    private static Map<String, RawFact> facts(Map<String, Node> map, String file, boolean top, long line) {
        Map<String, RawFact> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : map.entrySet()) {
            String key = e.getKey();
            Node v = e.getValue();
            String origin = file + ":" + (line > 0 ? line : v.line()) + ":" + v.column();
            if ((top && key.equals("cases")) || (!top && key.equals("name"))) continue;
            String kind = InputResolver.KEYS.get(key);
            if (kind == null) {
                throw new InvalidInput(origin, LocalizedText.of("profile-key-unknown", "key", key,
                        "suggest", LocalizedText.didYouMean(Suggestions.closest(key, InputResolver.KEYS.keySet(), 3))));
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
