package sspr.doctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.graph.GraphClient;
import sspr.doctor.graph.UserFetcher;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.tenant.AuditLogEvidence;
import sspr.doctor.tenant.TenantSnapshot;
import sspr.doctor.text.ControlCharacters;

/**
 * {@code diagnose --graph}: the one user's facts fetched from Graph into a temporary flat snapshot
 * and read by the same code as {@code --tenant} (so both give the same diagnosis on the same data);
 * input.sources then names the Graph request of each fact instead of the file.
 */
final class GraphFacts {
    /** How many audit log events the diagnosis shows. */
    static final int EVIDENCE_LIMIT = 20;

    private final TenantFacts facts;
    private final Map<String, String> requests;
    private final Map<String, List<String>> documents;
    private final List<Map<String, Object>> evidence;

    private GraphFacts(TenantFacts facts, Map<String, String> requests, Map<String, List<String>> documents, List<Map<String, Object>> evidence) {
        this.facts = facts;
        this.requests = requests;
        this.documents = documents;
        this.evidence = evidence;
    }

    TenantFacts facts() { return facts; }

    List<Map<String, Object>> evidence() { return evidence; }

    static GraphFacts fetch(Cli cli, DiagnoseCommand d, Map<String, RawFact> commandLine, List<ProfileReader.Case> cases) {
        if (d.tenant != null) throw new UserError("--graph", LocalizedText.of("graph-with-tenant"));
        if (d.user == null) throw new UserError("--graph", LocalizedText.of("tenant-needs-user"));
        if (d.since != null && (d.since < 1 || d.since > 365)) throw new UserError("--since", LocalizedText.of("since-range", "value", d.since));
        GraphClient client = d.graphOptions.client(cli);
        Path dir;
        try {
            dir = Files.createTempDirectory("sspr-doctor-graph-");
        } catch (IOException e) {
            throw new UserError(null, LocalizedText.of("cannot-write", "reason", String.valueOf(e.getMessage())));
        }
        try {
            UserFetcher fetcher = new UserFetcher(client, dir);
            String[] ids = fetcher.fetch(d.user, d.actor, d.since, Instant.now());
            for (UserFetcher.Skipped s : fetcher.skipped()) {
                cli.err().println("sspr-doctor: " + cli.t(s.error().needsPremium() ? "graph.unavailable" : "graph.refused",
                        "request", ControlCharacters.clean(String.valueOf(s.error().request)), "permission", s.permission(),
                        "status", s.error().status, "code", ControlCharacters.clean(String.valueOf(s.error().code)),
                        "requestId", String.valueOf(s.error().requestId)));
            }
            cli.err().flush();
            TenantFacts facts = TenantFacts.read(cli, dir, ids[0], ids[1], commandLine, cases, false);
            List<Map<String, Object>> evidence = d.since == null ? null : events(dir, ids[0], null);
            return new GraphFacts(facts, new LinkedHashMap<>(fetcher.requests()), new LinkedHashMap<>(fetcher.documents()), evidence);
        } finally {
            delete(dir);
        }
    }

    /** input.sources with each snapshot file replaced by the Graph request it holds. */
    Map<String, Object> sources(Map<String, Object> sources) {
        if (sources == null) return null;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : sources.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> where && where.get("file") instanceof String file && requests.get(file) != null) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("request", request(file, where));
                out.put(e.getKey(), r);
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /**
     * The request behind a source: a file holds one document per request (the user and the actor in
     * users.json, one filtered request per principal for role assignments). A source "no record
     * matched" names the ID it looked for, which picks the request filtered by it; else the page does.
     */
    private String request(String file, Map<?, ?> where) {
        List<String> docs = documents.get(file);
        if (docs == null || docs.isEmpty()) return requests.get(file);
        String path = String.valueOf(where.get("path"));
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("=='([^']+)'").matcher(path);
        if (id.find()) {
            for (String d : docs) if (d.contains("'" + id.group(1) + "'") || d.contains("/" + id.group(1) + "/")) return d;
        }
        int page = where.get("page") instanceof Number n ? n.intValue() : 1;
        return page >= 1 && page <= docs.size() ? docs.get(page - 1) : docs.get(0);
    }

    /** The audit log evidence of a snapshot given with --tenant, or null when it holds no audit log. */
    static List<Map<String, Object>> evidence(Path dir, String user) {
        if (user == null || !AuditLogEvidence.present(dir)) return null;
        TenantSnapshot.User u = TenantSnapshot.open(dir).user(user, "--user");
        return events(dir, u.id(), u.userPrincipalName());
    }

    private static List<Map<String, Object>> events(Path dir, String id, String upn) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditLogEvidence.Event e : AuditLogEvidence.read(dir, id, upn, EVIDENCE_LIMIT)) out.add(e.toMap());
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind holds no token, only what the diagnosis printed anyway
        }
    }
}
