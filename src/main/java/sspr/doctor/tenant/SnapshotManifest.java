package sspr.doctor.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import sspr.doctor.i18n.LocalizedText;

/**
 * {@code manifest.json}, which {@code tenant fetch} writes beside the flat files:
 * {@code {"schemaVersion":1,"tenantId","fetchedAt","collections":{name:{"status","count","error"}}}}, where a
 * name is the flat file's without ".json" ({@code users}, {@code groups-<id>-members}). A collection the
 * manifest does not call complete is not read, so a refused request's empty or half file never passes for
 * "nothing there". A snapshot written by hand or by EntraExporter has no manifest: its files are taken as they are.
 */
public final class SnapshotManifest {
    public static final String FILE = "manifest.json";

    /** One collection's line: complete, refused (with Graph's error), unavailable (licence) or partial. */
    public record Entry(String status, Long count, String error) {
        public boolean complete() { return "complete".equals(status); }
    }

    private final String tenantId;
    private final String fetchedAt;
    private final Map<String, Entry> collections;

    private SnapshotManifest(String tenantId, String fetchedAt, Map<String, Entry> collections) {
        this.tenantId = tenantId;
        this.fetchedAt = fetchedAt;
        this.collections = collections;
    }

    /** The manifest of {@code root}, or null when there is none; a broken one is a {@link SnapshotException}. */
    static SnapshotManifest read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        JsonNode[] found = new JsonNode[1];
        GraphRecords.read(file, FILE, (n, s) -> {
            if (found[0] == null) found[0] = n;
            return false;
        });
        JsonNode m = found[0];
        JsonNode version = m == null ? null : m.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != 1) {
            throw new SnapshotException(FILE, LocalizedText.of("manifest-version", "version", version == null ? "-" : version.toString()));
        }
        JsonNode list = m.get("collections");
        Map<String, Entry> out = new LinkedHashMap<>();
        if (list != null && list.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) list::fields) {
                JsonNode c = e.getValue();
                String status = TenantIndex.text(c, "status");
                if (status == null || !java.util.Set.of("complete", "refused", "unavailable", "partial").contains(status)) {
                    throw new SnapshotException(FILE, LocalizedText.of("manifest-status", "collection", e.getKey(), "status", String.valueOf(status)));
                }
                JsonNode count = c.get("count");
                JsonNode error = c.get("error");
                String errorText = error == null || error.isNull() ? null
                        : error.isTextual() ? error.asText()
                        : error.has("code") || error.has("message") ? (TenantIndex.text(error, "code") + ": " + TenantIndex.text(error, "message"))
                        : error.toString();
                out.put(e.getKey(), new Entry(status, count != null && count.canConvertToLong() ? count.asLong() : null, errorText));
            }
        }
        return new SnapshotManifest(TenantIndex.text(m, "tenantId"), TenantIndex.text(m, "fetchedAt"), out);
    }

    public String tenantId() { return tenantId; }

    public String fetchedAt() { return fetchedAt; }

    public Map<String, Entry> collections() { return collections; }

    /** The entry of a collection, or null when the manifest does not name it. */
    public Entry entry(Collection c) {
        return collections.get(c.manifestName());
    }

    /** The first entry of the collection or of one of its per-object children that is not complete, or null. */
    Map.Entry<String, Entry> notComplete(Collection c) {
        String name = c.manifestName();
        for (Map.Entry<String, Entry> e : collections.entrySet()) {
            if (e.getValue().complete()) continue;
            if (e.getKey().equals(name) || e.getKey().startsWith(name + "-")) return e;
        }
        return null;
    }
}
