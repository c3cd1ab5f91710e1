package sspr.doctor.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.CsvReader;

/**
 * The admin center's CSV download of user registration details. Headers are matched to the Graph
 * property names ignoring case, spaces and punctuation ("Is SSPR registered" = isSsprRegistered).
 */
final class AdminCenterCsvReader implements RecordReader {
    /** Registered methods share one cell, separated by commas or semicolons. */
    private static final java.util.regex.Pattern METHOD_SEPARATOR = java.util.regex.Pattern.compile("[,;]");

    private static final Map<String, String> PROPERTIES = new HashMap<>();

    static {
        for (String p : List.of("id", "userPrincipalName", "userType", "isAdmin", "isSsprRegistered", "isSsprEnabled",
                "isSsprCapable", "methodsRegistered")) {
            PROPERTIES.put(key(p), p);
        }
        PROPERTIES.put(key("objectId"), "id");
        PROPERTIES.put(key("userId"), "id");
        PROPERTIES.put(key("methods registered"), "methodsRegistered");
    }

    private final CsvReader csv;
    private final Reader in;
    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();

    AdminCenterCsvReader(Reader in, String file) throws IOException {
        this.in = in;
        this.csv = new CsvReader(in);
        this.file = file;
        List<String> header = read();
        if (header == null) throw new AuditInputException(file, LocalizedText.of("audit.empty-csv"));
        for (int i = 0; i < header.size(); i++) {
            String property = PROPERTIES.get(key(header.get(i)));
            if (property != null) columns.putIfAbsent(property, i);
        }
        if (!columns.containsKey("id") && !columns.containsKey("userPrincipalName")) {
            throw new AuditInputException(file + ":1", LocalizedText.of("audit.csv-no-id"));
        }
        if (!columns.containsKey("isSsprCapable") && !(columns.containsKey("isSsprRegistered") && columns.containsKey("isSsprEnabled"))) {
            throw new AuditInputException(file + ":1", LocalizedText.of("audit.csv-no-capable"));
        }
    }

    static String key(String header) {
        return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private List<String> read() throws IOException {
        try {
            return csv.next();
        } catch (sspr.doctor.io.Utf8Check.Malformed e) {
            throw sspr.doctor.io.IoErrors.cannotRead(file, e);
        } catch (MalformedInputException e) {
            throw new AuditInputException(file + ":" + csv.recordLine(), LocalizedText.of("parse.not-utf8"));
        } catch (sspr.doctor.io.CsvReader.Malformed e) {
            throw new AuditInputException(file + ":" + e.line(), e.text());
        } catch (IOException e) {
            throw sspr.doctor.io.IoErrors.cannotRead(file, e);
        }
    }

    @Override
    public boolean next(UserRecord r) throws IOException {
        List<String> row;
        do {
            row = read();
            if (row == null) return false;
        } while (row.size() == 1 && row.get(0).isBlank());
        r.clear();
        long line = csv.recordLine();
        r.id = cell(row, "id");
        r.userPrincipalName = cell(row, "userPrincipalName");
        r.userType = cell(row, "userType");
        r.isAdmin = bool(row, "isAdmin", line);
        r.isSsprRegistered = bool(row, "isSsprRegistered", line);
        r.isSsprEnabled = bool(row, "isSsprEnabled", line);
        r.isSsprCapable = bool(row, "isSsprCapable", line);
        String methods = cell(row, "methodsRegistered");
        if (methods != null) {
            for (String m : METHOD_SEPARATOR.split(methods)) if (!m.isBlank()) r.methodsRegistered.add(m.strip());
        }
        return true;
    }

    private String cell(List<String> row, String property) {
        Integer i = columns.get(property);
        if (i == null || i >= row.size()) return null;
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private Boolean bool(List<String> row, String property, long line) {
        String v = cell(row, property);
        if (v == null) return null;
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": return Boolean.TRUE;
            case "false": case "no": case "0": return Boolean.FALSE;
            default:
                throw new AuditInputException(file + ":" + line, LocalizedText.of("audit.csv-field", "field", property,
                        "problem", LocalizedText.of("not-boolean", "value", v)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
