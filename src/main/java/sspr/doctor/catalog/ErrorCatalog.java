package sspr.doctor.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sspr.doctor.io.CsvReader;

/**
 * Error codes and event IDs with meaning and fix; translated meanings come from
 * {@code error-codes.<lang>.csv} keyed by code and variant.
 */
public final class ErrorCatalog {
    private final Map<String, List<ErrorCode>> byCode = new LinkedHashMap<>();

    public static ErrorCatalog parse(String csv, String translatedCsv) {
        return fromRows(CsvReader.readAll(csv), translatedCsv == null ? null : CsvReader.readAll(translatedCsv));
    }

    /** The catalogue from error-codes.csv's records and, if not null, a translation's (header first). */
    public static ErrorCatalog fromRows(List<List<String>> csvRows, List<List<String>> translatedRows) {
        ErrorCatalog c = new ErrorCatalog();
        Map<String, String[]> translated = new HashMap<>();
        if (translatedRows != null) {
            List<List<String>> rows = translatedRows;
            List<String> h = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                translated.put(row.get(h.indexOf("code")) + "#" + row.get(h.indexOf("variant")),
                        new String[] {row.get(h.indexOf("meaning")), row.get(h.indexOf("fix"))});
            }
        }
        List<List<String>> rows = csvRows;
        List<String> h = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            String code = row.get(h.indexOf("code"));
            List<ErrorCode> variants = c.byCode.computeIfAbsent(code, k -> new ArrayList<>());
            int variant = variants.size() + 1;
            String[] t = translated.get(code + "#" + variant);
            variants.add(new ErrorCode(code, variant, row.get(h.indexOf("kind")), row.get(h.indexOf("source")),
                    t != null ? t[0] : row.get(h.indexOf("meaning")), t != null ? t[1] : row.get(h.indexOf("fix")),
                    row.get(h.indexOf("docPath"))));
        }
        return c;
    }

    public Set<String> codes() { return new LinkedHashSet<>(byCode.keySet()); }

    /** Variants of a code; the lookup ignores case and an "event"/"id" prefix. */
    public List<ErrorCode> find(String typed) {
        String t = typed.strip();
        List<ErrorCode> v = byCode.get(t);
        if (v != null) return v;
        for (Map.Entry<String, List<ErrorCode>> e : byCode.entrySet()) {
            if (e.getKey().equalsIgnoreCase(t)) return e.getValue();
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.matches("SSPR[ _-]?\\d+")) {
            String normalized = "SSPR_" + upper.replaceAll("\\D", "");
            if (!normalized.equals(t)) return find(normalized);
        }
        if (upper.matches("(EVENT|ID)[ #:]*\\d+")) return find(upper.replaceAll("\\D", ""));
        return List.of();
    }

    /** The canonical spelling of a code, or null. */
    public String canonical(String typed) {
        List<ErrorCode> v = find(typed);
        return v.isEmpty() ? null : v.get(0).code();
    }
}
