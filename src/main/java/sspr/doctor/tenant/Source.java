package sspr.doctor.tenant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a fact came from: a file of the snapshot (relative to its folder, '/'-separated) and a JSON
 * path inside it. {@code page} is the 1-based page for files of several concatenated Graph pages
 * (0 when the file holds one document).
 */
public record Source(String file, String path, int page) implements FactSink.Located {
    @Override
    public Source source() {
        return this;
    }

    public Source at(String property) {
        return new Source(file, path + "." + property, page);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("path", path);
        if (page > 1) m.put("page", page);
        return m;
    }

    @Override
    public String toString() {
        return file + " " + path + (page > 1 ? " (page " + page + ")" : "");
    }
}
