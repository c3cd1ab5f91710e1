package sspr.doctor.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sspr.doctor.content.BundledContent;
import sspr.doctor.io.CsvReader;

/**
 * Evidence from the tenant's own audit log: the password events of one user in
 * {@code auditLogs-directoryAudits.json} (GET /auditLogs/directoryAudits pages, as
 * {@code tenant fetch --since} and {@code diagnose --graph --since} write them), newest first, each
 * failure mapped to the findings its documented reason is evidence of
 * ({@code content/catalog/audit-reasons.csv}; a reason with several documented causes names them all).
 */
public final class AuditLogEvidence {
    public static final String FILE = "auditLogs-directoryAudits.json";
    static final String SSPM = "Self-service Password Management";
    static final String CORE = "Core Directory";

    /** One attempt as the log recorded it; {@code findings} empty when the log says nothing the table knows. */
    public record Event(String time, String activity, String result, String reason, String correlationId, List<String> findings, Source source) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", time);
            m.put("activity", activity);
            m.put("result", result);
            m.put("reason", reason);
            m.put("correlationId", correlationId);
            m.put("findings", findings);
            return m;
        }
    }

    record Mapping(boolean byActivity, String value, List<String> findings) {}

    private static List<Mapping> mappings;

    private AuditLogEvidence() {}

    /** Whether the snapshot folder holds audit log events. */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /** The password events of the user (target or initiator), newest first, at most {@code limit}. */
    public static List<Event> read(Path dir, String userId, String upn, int limit) {
        List<Event> out = new ArrayList<>();
        if (!present(dir)) return out;
        GraphRecords.read(dir.resolve(FILE), FILE, (n, s) -> {
            if (concerns(n, userId, upn) && passwordEvent(n)) {
                String activity = text(n, "activityDisplayName");
                String result = text(n, "result");
                String reason = text(n, "resultReason");
                out.add(new Event(text(n, "activityDateTime"), activity, result, reason == null || reason.isBlank() ? null : reason,
                        text(n, "correlationId"), findings(activity, result, reason), s));
                if (out.size() > limit * 4) trim(out, limit);
            }
            return true;
        });
        trim(out, limit);
        return out;
    }

    private static void trim(List<Event> events, int limit) {
        events.sort(Comparator.comparing((Event e) -> e.time() == null ? "" : e.time()).reversed());
        while (events.size() > limit) events.remove(events.size() - 1);
    }

    /** The Self-service Password Management service's events, and Core Directory's password resets and changes. */
    static boolean passwordEvent(JsonNode n) {
        String service = text(n, "loggedByService");
        if (SSPM.equalsIgnoreCase(service)) return true;
        String activity = text(n, "activityDisplayName");
        return CORE.equalsIgnoreCase(service) && activity != null && activity.toLowerCase(Locale.ROOT).contains("password");
    }

    private static boolean concerns(JsonNode n, String id, String upn) {
        for (JsonNode t : n.path("targetResources")) {
            if (id != null && id.equalsIgnoreCase(text(t, "id"))) return true;
            if (upn != null && upn.equalsIgnoreCase(text(t, "userPrincipalName"))) return true;
        }
        JsonNode by = n.path("initiatedBy").path("user");
        return (id != null && id.equalsIgnoreCase(text(by, "id"))) || (upn != null && upn.equalsIgnoreCase(text(by, "userPrincipalName")));
    }

    /** The findings an event is evidence of: by its activity (throttling is logged as a success), else by the reason of a failure. */
    public static List<String> findings(String activity, String result, String reason) {
        List<String> out = new ArrayList<>();
        for (Mapping m : mappings()) {
            if (m.byActivity() && activity != null && activity.equalsIgnoreCase(m.value())) add(out, m.findings());
        }
        boolean failed = result != null && !result.equalsIgnoreCase("success");
        if (failed && reason != null) {
            String r = reason.toLowerCase(Locale.ROOT);
            for (Mapping m : mappings()) {
                if (!m.byActivity() && r.contains(m.value().toLowerCase(Locale.ROOT))) add(out, m.findings());
            }
        }
        return out;
    }

    private static void add(List<String> into, List<String> codes) {
        for (String c : codes) if (!into.contains(c)) into.add(c);
    }

    static synchronized List<Mapping> mappings() {
        if (mappings == null) {
            List<Mapping> m = new ArrayList<>();
            List<List<String>> rows = CsvReader.readAll(BundledContent.readText("catalog/audit-reasons.csv"));
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() < 3) continue;
                m.add(new Mapping(row.get(0).equals("activity"), row.get(1), List.of(row.get(2).strip().split("\\s+"))));
            }
            mappings = m;
        }
        return mappings;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
