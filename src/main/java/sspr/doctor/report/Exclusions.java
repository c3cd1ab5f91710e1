package sspr.doctor.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * {@code audit --exclude disabled|guests|group:ID}: users left out of the audit, each counted under
 * the first reason that applies ({@code summary.excluded}), never silently dropped. Group members
 * come from the snapshot's member pages of that group ({@code groups-ID-members.json} in the flat
 * layout, {@code Groups/ID/Members/} in EntraExporter's), so {@code group:} needs {@code --tenant}.
 */
public final class Exclusions {
    private final boolean disabled;
    private final boolean guests;
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private Exclusions(boolean disabled, boolean guests) {
        this.disabled = disabled;
        this.guests = guests;
    }

    /** @param tenant the snapshot folder, or null when auditing export files */
    public static Exclusions parse(List<String> specs, Path tenant) {
        boolean disabled = false, guests = false;
        List<String> groupIds = new ArrayList<>();
        for (String s : specs) {
            String v = s.strip();
            if (v.equals("disabled")) disabled = true;
            else if (v.equals("guests")) guests = true;
            else if (v.startsWith("group:") && v.length() > 6) groupIds.add(v.substring(6));
            else throw new ReportInputError("--exclude", LocalizedText.of("exclude-unknown", "value", s));
        }
        Exclusions e = new Exclusions(disabled, guests);
        if (disabled) e.counts.put("disabled", 0L);
        if (guests) e.counts.put("guests", 0L);
        for (String id : groupIds) {
            if (tenant == null) throw new ReportInputError("--exclude", LocalizedText.of("exclude-group-needs-tenant", "value", "group:" + id));
            e.groups.put(id, members(tenant, id));
            e.counts.put("group:" + id, 0L);
        }
        return e;
    }

    public boolean needsDisabled() { return disabled; }

    /**
     * The reason this user is left out, counted, or null to audit them.
     * @param accountDisabled whether the account is disabled, null when no source says
     */
    public String exclude(String id, boolean guest, Boolean accountDisabled) {
        String reason = null;
        if (disabled && Boolean.TRUE.equals(accountDisabled)) reason = "disabled";
        else if (guests && guest) reason = "guests";
        else if (id != null) {
            for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
                if (g.getValue().contains(id)) {
                    reason = "group:" + g.getKey();
                    break;
                }
            }
        }
        if (reason != null) counts.merge(reason, 1L, Long::sum);
        return reason;
    }

    /** JSON {@code summary.excluded}: {"total", "disabled", "guests", "group:ID"…} for the reasons asked for. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        long total = 0;
        for (long n : counts.values()) total += n;
        m.put("total", total);
        m.putAll(counts);
        return m;
    }

    private static Set<String> members(Path tenant, String groupId) {
        List<Path> files = new ArrayList<>();
        Path flat = tenant.resolve("groups-" + groupId + "-members.json");
        if (Files.isRegularFile(flat)) files.add(flat);
        Path exporter = tenant.resolve("Groups").resolve(groupId).resolve("Members");
        if (Files.isDirectory(exporter)) {
            try (Stream<Path> s = Files.walk(exporter)) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new ReportInputError("--exclude", LocalizedText.of("cannot-read", "reason", exporter + ": " + e.getMessage()));
            }
        }
        if (files.isEmpty()) throw new ReportInputError("--exclude", LocalizedText.of("exclude-group-missing", "group", groupId, "path", flat));
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f); JsonParser p = SafeYaml.jsonFactory().createParser(in)) {
                // every "id" at any depth: pages ({"value":[…]}), several pages, one object per file
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.FIELD_NAME && p.currentName().equals("id") && p.nextToken() == JsonToken.VALUE_STRING) ids.add(p.getText());
                }
            } catch (IOException e) {
                throw new ReportInputError("--exclude: " + f, LocalizedText.of("cannot-read", "reason", String.valueOf(e.getMessage())));
            }
        }
        return ids;
    }
}
