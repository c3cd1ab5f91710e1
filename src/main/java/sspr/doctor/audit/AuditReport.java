package sspr.doctor.audit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The users who cannot reset, streamed as they are found: NDJSON lines, CSV rows, or a spool file
 * that the JSON report is assembled from once the summary is known. The text report lists only the
 * first {@link #LISTED} users, so only those are kept.
 */
public final class AuditReport implements AutoCloseable {
    public enum Format { text, json, csv, ndjson, junit }

    public static final int LISTED = 50;

    /** A user as the text report lists them. */
    public record Listed(String id, String userPrincipalName, boolean admin, List<String> findings) {}

    private final Format format;
    private final Writer direct;
    private final Path spool;
    private final Writer spoolWriter;
    private final List<Listed> listed = new ArrayList<>();

    public AuditReport(Format format, Writer direct) throws IOException {
        this.format = format;
        this.direct = direct;
        if (format == Format.json) {
            spool = Files.createTempFile("sspr-doctor-audit", ".ndjson");
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
            String line = jsonLine(r, findings);
            StringBuilder sb = new StringBuilder(line.length() + 64).append(line, 0, line.length() - 1).append(",\"adminReset\":[");
            for (int i = 0; i < adminReset.size(); i++) sb.append(i > 0 ? "," : "").append(json(adminReset.get(i)));
            Writer w = format == Format.ndjson ? direct : spoolWriter;
            w.write(sb.append("]}").toString());
            w.write('\n');
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
                if (listed.size() < LISTED) listed.add(new Listed(r.id, r.userPrincipalName, r.admin(), findings));
                break;
            default:
                Writer w = format == Format.ndjson ? direct : spoolWriter;
                w.write(jsonLine(r, findings));
                w.write('\n');
        }
    }

    static String jsonLine(UserRecord r, List<String> findings) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"id\":").append(json(r.id)).append(",\"userPrincipalName\":").append(json(r.userPrincipalName))
                .append(",\"isAdmin\":").append(r.admin()).append(",\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(json(findings.get(i)));
        }
        return sb.append("]}").toString();
    }

    static String json(String s) {
        if (s == null) return "null";
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    static String csv(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** For json: writes {"schemaVersion":1,"summary":…,"users":[…]} from the summary and the spool. */
    public void finishJson(String summaryJson) throws IOException {
        spoolWriter.flush();
        direct.write("{\"schemaVersion\":1,\"summary\":");
        direct.write(summaryJson);
        direct.write(",\"users\":[");
        try (var lines = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            String line;
            boolean first = true;
            while ((line = lines.readLine()) != null) {
                direct.write(first ? "\n" : ",\n");
                direct.write(line);
                first = false;
            }
        }
        direct.write("\n]}\n");
    }

    /** For text: the first {@link #LISTED} users who cannot reset. */
    public List<Listed> listed() {
        return listed;
    }

    @Override
    public void close() throws IOException {
        if (spoolWriter != null) {
            spoolWriter.close();
            Files.deleteIfExists(spool);
        }
    }
}
