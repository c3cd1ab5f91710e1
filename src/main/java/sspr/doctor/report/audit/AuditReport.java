package sspr.doctor.report.audit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.audit.UserRecord;

/**
 * The users who cannot reset, streamed as they are found: NDJSON lines, CSV rows, or a spool file
 * that the JSON report is assembled from once the summary is known. The text report lists only the
 * first {@link #LISTED} users, so only those are kept.
 */
public final class AuditReport implements AutoCloseable {
    public enum Format { text, json, csv, ndjson, junit, html, markdown }

    public static final int LISTED = 50;

    /** A user as the text report lists them. */
    public record Listed(String id, String userPrincipalName, boolean admin, List<String> findings) {
        /** Shown on the terminal: an export's values are input, filtered like any other. */
        public Listed {
            id = oneLine(sspr.doctor.text.ControlCharacters.clean(id));
            userPrincipalName = oneLine(sspr.doctor.text.ControlCharacters.clean(userPrincipalName));
        }

        /** A line feed or tab kept by the filter (ordinary in article text) would start a forged row here. */
        private static String oneLine(String s) {
            return s == null ? null : s.replace('\n', ' ').replace('\t', ' ');
        }
    }

    private final Format format;
    private final Writer direct;
    private final WritableByteChannel beneath;
    private final Path spool;
    private final Writer spoolWriter;
    private final List<Listed> listed = new ArrayList<>();
    private final Map<List<String>, String> renderedFindings = new HashMap<>();
    private final Map<List<String>, String> renderedAdminReset = new HashMap<>();
    private long spooled;
    private int limit = LISTED;
    /** JSON members for the next user's object (its waivers), written before it closes. */
    private String extra = "";

    public AuditReport(Format format, Writer direct) throws IOException {
        this(format, direct, null);
    }

    /**
     * {@code beneath}, when not null, is the file channel that {@code direct} writes to: the JSON
     * report's list of users is then copied into it as bytes, without decoding and encoding it again.
     */
    public AuditReport(Format format, Writer direct, WritableByteChannel beneath) throws IOException {
        this.format = format;
        this.direct = direct;
        this.beneath = beneath;
        if (format == Format.json) {
            spool = sspr.doctor.io.TempFiles.spool("sspr-doctor-audit", ".ndjson");
            spoolWriter = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        } else {
            spool = null;
            spoolWriter = null;
        }
        if (format == Format.csv) direct.write("id,userPrincipalName,isAdmin,findings\r\n");
    }

    /**
     * audit --tenant: also the findings that keep the administrator from resetting the password, as
     * {@code "adminReset":[codes]} in JSON and NDJSON, after ';' and "admin-reset:" in the CSV's findings.
     */
    public void user(UserRecord r, List<String> findings, List<String> adminReset) throws IOException {
        if (format == Format.json || format == Format.ndjson) {
            Writer w = jsonTarget();
            jsonUserStart(w, r, findings);
            w.write(codes(renderedAdminReset, ",\"adminReset\":[", adminReset));
            w.write(extra);
            w.write('}');
            jsonUserEnd(w);
        } else if (format == Format.csv) {
            List<String> all = new ArrayList<>(findings);
            for (String a : adminReset) all.add("admin-reset:" + a);
            user(r, all);
        } else if (!findings.isEmpty()) {
            user(r, findings);
        }
    }

    public void user(UserRecord r, List<String> findings) throws IOException {
        switch (format) {
            case csv:
                direct.write(csv(r.id) + "," + csv(r.userPrincipalName) + "," + r.admin() + "," + csv(String.join(";", findings)) + "\r\n");
                break;
            case text:
                if (listed.size() < limit) listed.add(new Listed(r.id, r.userPrincipalName, r.admin(), findings));
                break;
            case html:
            case markdown:
            case junit:
                break;
            default:
                Writer w = jsonTarget();
                jsonUserStart(w, r, findings);
                w.write(extra);
                w.write('}');
                jsonUserEnd(w);
        }
    }

    private Writer jsonTarget() throws IOException {
        if (format == Format.ndjson) return direct;
        // the JSON report's list: each user after the separator that finishJson would put before it
        spoolWriter.write(spooled++ == 0 ? "\n" : ",\n");
        return spoolWriter;
    }

    private void jsonUserEnd(Writer w) throws IOException {
        if (format == Format.ndjson) w.write('\n');
    }

    /** {"id":…,"userPrincipalName":…,"isAdmin":…,"findings":[…] — the object left open for what follows. */
    private void jsonUserStart(Writer w, UserRecord r, List<String> findings) throws IOException {
        w.write("{\"id\":");
        writeJson(w, r.id);
        w.write(",\"userPrincipalName\":");
        writeJson(w, r.userPrincipalName);
        w.write(r.admin() ? ",\"isAdmin\":true" : ",\"isAdmin\":false");
        w.write(codes(renderedFindings, ",\"findings\":[", findings));
    }

    /**
     * {@code prefix} and the codes as a JSON list. Users share a handful of finding lists (one per
     * combination of facts), so each is rendered once.
     */
    private static String codes(Map<List<String>, String> rendered, String prefix, List<String> codes) {
        String s = rendered.get(codes);
        if (s == null) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < codes.size(); i++) sb.append(i > 0 ? "," : "").append(json(codes.get(i)));
            s = sb.append(']').toString();
            if (rendered.size() < 4096) rendered.put(List.copyOf(codes), s);
        }
        return s;
    }

    /** As {@link #json}, without building a string for the usual plain value. */
    private static void writeJson(Writer w, String s) throws IOException {
        if (s == null) {
            w.write("null");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                w.write(json(s));
                return;
            }
        }
        w.write('"');
        w.write(s);
        w.write('"');
    }

    static String json(String s) {
        if (s == null) return "null";
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(s));
        // C1 and bidi controls too, as \\uXXXX: the same data for a JSON reader, inert on a terminal
        StringBuilder out = null;
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            boolean unsafe = c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x2028 || c == 0x2029;
            if (unsafe && out == null) out = new StringBuilder(quoted.length() + 8).append(quoted, 0, i);
            if (out != null) {
                if (unsafe) out.append(String.format("\\u%04X", (int) c));
                else out.append(c);
            }
        }
        return "\"" + (out == null ? quoted : out) + "\"";
    }

    static String csv(String s) {
        if (s == null) return "";
        // no terminal controls in a CSV that is read with cat or less (ids and UPNs never hold them)
        s = sspr.doctor.text.ControlCharacters.clean(s);
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** How many users the text report lists (audit --limit); the default is {@link #LISTED}. */
    public void limit(int limit) {
        this.limit = limit;
    }

    /** The JSON members the next user's object ends with (e.g. {@code ,"waived":{…}}), "" for none. */
    public void extra(String json) {
        this.extra = json;
    }

    /** For json: writes {"schemaVersion":1,"summary":…,"users":[…]} from the summary and the spool. */
    public void finishJson(String summaryJson) throws IOException {
        finishJson(summaryJson, "");
    }

    /** As above, with more top-level members after "users" ({@code ,"changes":…}), "" for none. */
    public void finishJson(String summaryJson, String after) throws IOException {
        spoolWriter.flush();
        direct.write("{\"schemaVersion\":1,\"summary\":");
        direct.write(summaryJson);
        direct.write(",\"users\":[");
        if (beneath != null) {
            direct.flush();
            try (FileChannel users = FileChannel.open(spool, StandardOpenOption.READ)) {
                long size = users.size();
                for (long at = 0; at < size; ) at += users.transferTo(at, size - at, beneath);
            }
        } else {
            try (var users = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                users.transferTo(direct);
            }
        }
        direct.write("\n]");
        direct.write(after);
        direct.write("}\n");
    }

    /** For text: the first users who cannot reset (up to the limit). */
    public List<Listed> listed() {
        return listed;
    }

    @Override
    public void close() throws IOException {
        if (spoolWriter != null) {
            spoolWriter.close();
            sspr.doctor.io.TempFiles.delete(spool);
        }
    }
}
