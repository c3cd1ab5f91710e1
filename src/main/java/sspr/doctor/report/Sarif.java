package sspr.doctor.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.text.ControlCharacters;

/**
 * SARIF 2.1.0 for the checks that have a file location ({@code rules check}, {@code content check},
 * {@code diagnose --profile}): one run, the tool's rules (one per problem or finding code) and one
 * result per problem or finding, located at its file and line. A waived finding carries an accepted
 * external suppression with the waiver's rationale, as code-scanning tools show them.
 */
public final class Sarif {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** A reporting descriptor. {@code level}: error, warning or note. */
    public record Rule(String id, String shortText, String fullText, String help, String level) {}

    /** One result; {@code line} 0 when unknown; {@code waiver} null unless waived. */
    public record Result(String ruleId, String level, String message, String file, int line, int column, Waiver waiver) {}

    private Sarif() {}

    /** The SARIF log as a tree for {@code TreeWriter.json}. */
    public static Map<String, Object> log(String version, String lang, List<Rule> rules, List<Result> results) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "sspr-doctor");
        driver.put("semanticVersion", version.replaceAll("[^0-9A-Za-z.+-]", ""));
        driver.put("informationUri", "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks");
        List<Object> ruleList = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (index.containsKey(r.id())) continue;
            index.put(r.id(), ruleList.size());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("shortDescription", text(r.shortText()));
            if (r.fullText() != null && !r.fullText().isEmpty()) m.put("fullDescription", text(r.fullText()));
            if (r.help() != null && !r.help().isEmpty()) m.put("help", text(r.help()));
            m.put("defaultConfiguration", Map.of("level", r.level()));
            ruleList.add(m);
        }
        driver.put("rules", ruleList);
        List<Object> out = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", r.ruleId());
            Integer i = index.get(r.ruleId());
            if (i != null) m.put("ruleIndex", i);
            m.put("level", r.level());
            m.put("message", text(r.message()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", uri(r.file())));
            if (r.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", r.line());
                if (r.column() > 0) region.put("startColumn", r.column());
                physical.put("region", region);
            }
            m.put("locations", List.of(Map.of("physicalLocation", physical)));
            if (r.waiver() != null) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("kind", "external");
                s.put("status", "accepted");
                s.put("justification", clean(r.waiver().rationale()));
                Map<String, Object> props = new LinkedHashMap<>(r.waiver().toMap());
                s.put("properties", props);
                m.put("suppressions", List.of(s));
            }
            out.add(m);
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("language", lang);
        run.put("results", out);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    private static Map<String, Object> text(String s) {
        return Map.of("text", clean(s));
    }

    private static String clean(String s) {
        return ControlCharacters.clean(s == null ? "" : s);
    }

    /** A relative path as a relative URI reference (forward slashes, escaped); an absolute one as a file: URI. */
    static String uri(String file) {
        if (file == null || file.isEmpty()) return "unknown";
        Path p = Path.of(file);
        if (p.isAbsolute()) return p.toUri().toString();
        StringBuilder b = new StringBuilder();
        for (Path part : p) {
            if (b.length() > 0) b.append('/');
            b.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }
}
