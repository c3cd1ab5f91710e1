package sspr.doctor.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * Writes the flat snapshot layout from Graph: per collection every page, appended to
 * {@code NAME.json.part} as it arrives (one page per line, which the snapshot reader takes), renamed
 * to {@code NAME.json} when the last page is in. After every page a state file records the next
 * link, the bytes written and the count, so an interrupted fetch resumes where it stopped: the part
 * file is cut back to the last recorded page and that page's next link is requested again. A
 * refused collection (403: the permission is missing) or one the tenant's licences do not cover is
 * recorded and the fetch goes on; anything else stops it, resumable. At the end, manifest.json
 * records what the snapshot holds.
 */
public final class TenantFetcher {
    public static final String STATE = ".sspr-doctor-fetch.json";
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper(SafeYaml.jsonFactory()).enable(SerializationFeature.INDENT_OUTPUT);

    /** Hears the progress (the command draws a bar from it). */
    public interface Listener {
        default void started(String name) {}

        default void records(long n) {}

        default void finished(String name, Outcome outcome) {}
    }

    /** How a collection ended: complete, refused or unavailable; {@code error} for the latter two. */
    public record Outcome(String status, long count, Map<String, Object> error) {}

    private final GraphClient client;
    private final Path out;
    private final Listener listener;
    private ObjectNode state;
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, String> requests = new LinkedHashMap<>();

    public TenantFetcher(GraphClient client, Path out, Listener listener) {
        this.client = client;
        this.out = out;
        this.listener = listener;
    }

    /** Whether {@code dir} holds an interrupted fetch. */
    public static boolean interrupted(Path dir) {
        return Files.isRegularFile(dir.resolve(STATE));
    }

    /** Fetches {@code plan} into the folder; with {@code resume}, continues an interrupted fetch there. */
    public Map<String, Outcome> fetch(List<FetchPlan.Entry> plan, boolean resume, String tenantId, Instant now) {
        try {
            Files.createDirectories(out);
            Path statePath = out.resolve(STATE);
            if (Files.isRegularFile(statePath) && !resume) {
                throw new GraphException("--out", LocalizedText.of("fetch-interrupted-exists", "path", out));
            }
            state = resume && Files.isRegularFile(statePath) ? (ObjectNode) JSON.readTree(statePath.toFile()) : JSON.createObjectNode();
            if (!state.has("collections")) state.putObject("collections");
            if (tenantId != null) state.put("tenantId", tenantId);
            if (!state.has("startedAt")) state.put("startedAt", now.toString());
            saveState();
            for (FetchPlan.Entry e : plan) {
                Outcome o = entry(e);
                if (!e.children().isEmpty() && o.status().equals("complete")) {
                    for (String id : PageScanner.ids(out.resolve(e.file()))) {
                        for (FetchPlan.Entry child : e.children()) entry(child.child(id));
                    }
                }
            }
            writeManifest(tenantId != null ? tenantId : text(state, "tenantId"), now);
            Files.deleteIfExists(statePath);
            return outcomes;
        } catch (IOException e) {
            throw new GraphException(out.toString(), LocalizedText.of("cannot-write", "reason", String.valueOf(e.getMessage())));
        }
    }

    /** The Graph request that wrote each file (for input.sources). */
    public Map<String, String> requests() { return requests; }

    public Map<String, Outcome> outcomes() { return outcomes; }

    private Outcome entry(FetchPlan.Entry e) throws IOException {
        requests.put(e.file(), client.shown(client.url(e.paths().get(0))));
        ObjectNode collections = (ObjectNode) state.get("collections");
        JsonNode st = collections.get(e.name());
        String status = text(st, "status");
        if (status != null && !status.equals("partial")) {
            Outcome o = outcome(st);
            outcomes.put(e.name(), o);
            listener.finished(e.name(), o);
            return o;
        }
        listener.started(e.name());
        Path part = out.resolve(e.file() + ".part");
        int pathIndex = 0;
        String next;
        long count = 0;
        if (status != null) {
            // resume: cut the part file back to the last page the state recorded
            long bytes = st.get("bytes").asLong();
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
                ch.truncate(bytes);
            }
            pathIndex = st.get("pathIndex").asInt();
            next = text(st, "next");
            count = st.get("count").asLong();
        } else {
            Files.deleteIfExists(part);
            Files.createFile(part);
            next = client.url(e.paths().get(0));
        }
        while (next != null) {
            GraphClient.Page page;
            try {
                page = client.get(next);
            } catch (GraphException g) {
                if (g.status == 0 || !(g.needsPremium() || g.refused())) throw g;
                Files.deleteIfExists(part);
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("status", g.status);
                error.put("code", g.code);
                error.put("message", g.graphMessage);
                error.put("requestId", g.requestId);
                error.put("request", g.request);
                error.put("permission", e.permission());
                Outcome o = new Outcome(g.needsPremium() ? "unavailable" : "refused", 0, error);
                record(e.name(), o);
                return o;
            }
            PageScanner.Scan scan = PageScanner.scan(page.body(), null);
            try (OutputStream o = Files.newOutputStream(part, StandardOpenOption.APPEND)) {
                o.write(page.body());
                o.write('\n');
            }
            count += scan.count();
            listener.records(scan.count());
            next = scan.nextLink();
            if (next == null && ++pathIndex < e.paths().size()) next = client.url(e.paths().get(pathIndex));
            ObjectNode s = collections.putObject(e.name());
            s.put("status", "partial");
            s.put("next", next);
            s.put("pathIndex", pathIndex);
            s.put("bytes", Files.size(part));
            s.put("count", count);
            saveState();
        }
        Files.move(part, out.resolve(e.file()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Outcome o = new Outcome("complete", count, null);
        record(e.name(), o);
        return o;
    }

    private void record(String name, Outcome o) throws IOException {
        ObjectNode s = ((ObjectNode) state.get("collections")).putObject(name);
        s.put("status", o.status());
        s.put("count", o.count());
        if (o.error() != null) s.set("error", JSON.valueToTree(o.error()));
        saveState();
        outcomes.put(name, o);
        listener.finished(name, o);
    }

    @SuppressWarnings("unchecked")
    private static Outcome outcome(JsonNode st) {
        Map<String, Object> error = st.has("error") ? JSON.convertValue(st.get("error"), Map.class) : null;
        return new Outcome(text(st, "status"), st.path("count").asLong(), error);
    }

    private void saveState() throws IOException {
        write(out.resolve(STATE), JSON.writeValueAsBytes(state));
    }

    private void writeManifest(String tenantId, Instant now) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 1);
        m.put("tenantId", tenantId);
        m.put("fetchedAt", now.toString());
        Map<String, Object> cs = new LinkedHashMap<>();
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("status", e.getValue().status());
            c.put("count", e.getValue().count());
            if (e.getValue().error() != null) c.put("error", e.getValue().error());
            cs.put(e.getKey(), c);
        }
        m.put("collections", cs);
        write(out.resolve(MANIFEST), JSON.writeValueAsBytes(m));
    }

    /** Written beside, then moved over: a reader never sees half a file. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
