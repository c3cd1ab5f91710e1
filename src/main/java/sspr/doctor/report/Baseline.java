package sspr.doctor.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * {@code audit --baseline PREVIOUS.json}: the users and codes of an earlier {@code --format json}
 * report, compared with this run one user at a time. A user is matched by id, else by user
 * principal name; admin-reset codes count as {@code admin-reset:CODE}. Held as one entry per listed
 * user of the earlier report (the users who could not reset), read streaming.
 */
public final class Baseline {
    /** Users listed in each kind of change, at most; counts are always complete. */
    public static final int LISTED = 1000;
    private static final String ADMIN = "admin-reset:";

    private final Map<String, String[]> previous;
    private final Map<String, String> previousNames;
    private final Change added = new Change();
    private final Change fixed = new Change();
    private final Change unchanged = new Change();

    private static final class Change {
        long users;
        final Map<String, Long> byFinding = new TreeMap<>();
        final List<Map<String, Object>> listed = new ArrayList<>();

        void add(String id, String upn, List<String> codes) {
            if (codes.isEmpty()) return;
            users++;
            for (String c : codes) byFinding.merge(c, 1L, Long::sum);
            if (listed.size() < LISTED) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", id);
                m.put("userPrincipalName", upn);
                m.put("findings", codes);
                listed.add(m);
            }
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", users);
            m.put("byFinding", new LinkedHashMap<>(byFinding));
            m.put("users", listed);
            return m;
        }
    }

    private Baseline(Map<String, String[]> previous, Map<String, String> previousNames) {
        this.previous = previous;
        this.previousNames = previousNames;
    }

    public static Baseline read(Path file) {
        Map<String, String[]> users = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = SafeYaml.jsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw notReport(file, p);
            boolean sawUsers = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("users")) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) throw notReport(file, p);
                sawUsers = true;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String id = null, upn = null;
                    List<String> codes = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken v = p.nextToken();
                        if (f.equals("id") && v == JsonToken.VALUE_STRING) id = p.getText();
                        else if (f.equals("userPrincipalName") && v == JsonToken.VALUE_STRING) upn = p.getText();
                        else if ((f.equals("findings") || f.equals("adminReset")) && v == JsonToken.START_ARRAY) {
                            while (p.nextToken() == JsonToken.VALUE_STRING) codes.add(f.equals("adminReset") ? ADMIN + p.getText() : p.getText());
                        } else p.skipChildren();
                    }
                    String key = id != null ? id : upn;
                    if (key == null) continue;
                    users.put(key, codes.toArray(String[]::new));
                    if (upn != null && id != null) names.put(id, upn);
                }
            }
            if (!sawUsers) throw notReport(file, p);
        } catch (NoSuchFileException e) {
            throw new ReportInputError("--baseline", LocalizedText.of("no-such-file", "path", file));
        } catch (IOException e) {
            throw new ReportInputError("--baseline", LocalizedText.of("baseline-not-report", "path", file));
        }
        return new Baseline(users, names);
    }

    private static ReportInputError notReport(Path file, JsonParser p) {
        return new ReportInputError("--baseline", LocalizedText.of("baseline-not-report", "path", file));
    }

    /** One user of this run (codes: self-service, then admin-reset ones prefixed); excluded users pass empty lists. */
    public void user(String id, String upn, List<String> selfService, List<String> adminReset) {
        String[] before = previous.remove(id != null ? id : upn);
        if (before == null && id != null && upn != null) before = previous.remove(upn);
        List<String> now = new ArrayList<>(selfService);
        for (String a : adminReset) now.add(ADMIN + a);
        List<String> was = before == null ? List.of() : List.of(before);
        List<String> isNew = new ArrayList<>(), same = new ArrayList<>(), gone = new ArrayList<>();
        for (String c : now) (was.contains(c) ? same : isNew).add(c);
        for (String c : was) if (!now.contains(c)) gone.add(c);
        added.add(id, upn, isNew);
        unchanged.add(id, upn, same);
        fixed.add(id, upn, gone);
    }

    /** Users listed before who were not seen at all this time: their codes are fixed (the user is gone). */
    private void finish() {
        for (Map.Entry<String, String[]> e : previous.entrySet()) {
            String upn = previousNames.get(e.getKey());
            fixed.add(upn == null && e.getKey().contains("@") ? null : e.getKey(), upn == null && e.getKey().contains("@") ? e.getKey() : upn, List.of(e.getValue()));
        }
        previous.clear();
    }

    public long newUsers() { return added.users; }

    /** JSON {@code changes}: {"new","fixed","unchanged"}, each {count (users), byFinding, users (first LISTED)}. */
    public Map<String, Object> changes() {
        finish();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("new", added.toMap());
        m.put("fixed", fixed.toMap());
        m.put("unchanged", unchanged.toMap());
        return m;
    }
}
