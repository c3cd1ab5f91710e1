package sspr.doctor.report.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.report.ReportContext;
import sspr.doctor.tenant.SnapshotCheck;
import sspr.doctor.tenant.SnapshotManifest;
import sspr.doctor.text.ControlCharacters;
import sspr.doctor.text.DisplayWidth;

/**
 * {@code tenant check} in text and JSON, and the snapshot.incomplete warning of {@code audit --tenant}
 * (its JSON finding, its line of text).
 */
public final class SnapshotCheckView {
    public static final String INCOMPLETE = "snapshot.incomplete";

    /** What {@code tenant check} found in {@code dir}. */
    public record Report(Path dir, SnapshotCheck check) {}

    private SnapshotCheckView() {}

    /** summary.snapshotIncomplete of audit --tenant's JSON: the warning, the gaps and the facts they leave unknown. */
    public static Map<String, Object> incompleteFinding(SnapshotCheck check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", INCOMPLETE);
        m.put("severity", "warning");
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (SnapshotCheck.Line l : check.lines()) {
            if (l.there()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("collection", l.collection().manifestName());
            g.put("status", l.status());
            if (l.error() != null) g.put("error", l.error());
            g.put("unknownFacts", l.unknownFacts());
            gaps.add(g);
        }
        m.put("missing", gaps);
        m.put("unknownFacts", check.unknownFacts());
        return m;
    }

    /** The warning as one line of text. */
    public static String incompleteLine(ReportContext ctx, SnapshotCheck check) {
        List<String> files = new ArrayList<>();
        for (SnapshotCheck.Line l : check.lines()) if (!l.there()) files.add(l.collection().manifestName());
        return ctx.t("tenant.incomplete", "code", INCOMPLETE, "files", String.join(", ", files),
                "facts", String.join(", ", check.unknownFacts()));
    }

    public static Map<String, Object> json(Path dir, SnapshotCheck check) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("snapshot", dir.toString());
        SnapshotManifest m = check.manifest();
        if (m == null) out.put("manifest", null);
        else {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("tenantId", m.tenantId());
            mm.put("fetchedAt", m.fetchedAt());
            out.put("manifest", mm);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (SnapshotCheck.Line l : check.lines()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", l.collection().manifestName());
            c.put("flatFile", l.collection().flatFile);
            c.put("exporterPath", l.collection().exporterPath);
            c.put("status", l.status());
            c.put("files", l.files());
            c.put("records", l.records());
            if (l.manifestCount() != null) c.put("manifestCount", l.manifestCount());
            if (l.error() != null) c.put("error", l.error());
            c.put("required", l.required());
            c.put("unknownFacts", l.unknownFacts());
            lines.add(c);
            if (l.required() && !l.there()) missing.add(l.collection().manifestName());
        }
        out.put("collections", lines);
        out.put("unknownFacts", check.unknownFacts());
        out.put("missingRequired", missing);
        out.put("incomplete", check.incomplete());
        out.put("ok", missing.isEmpty());
        return out;
    }

    public static String text(ReportContext ctx, Path dir, SnapshotCheck check) {
        StringBuilder out = new StringBuilder();
        out.append(ctx.style().bold(ctx.t("tenant.check.title", "dir", ControlCharacters.clean(dir.toString())))).append('\n');
        SnapshotManifest m = check.manifest();
        out.append(m == null ? ctx.t("tenant.check.no-manifest")
                : ctx.t("tenant.check.manifest", "tenantId", clean(m.tenantId()), "fetchedAt", clean(m.fetchedAt()))).append("\n\n");
        String[] head = {ctx.t("tenant.check.col.collection"), ctx.t("tenant.check.col.status"), ctx.t("tenant.check.col.records"), ctx.t("tenant.check.col.unknown")};
        List<String[]> rows = new ArrayList<>();
        for (SnapshotCheck.Line l : check.lines()) {
            rows.add(new String[] {(l.required() ? "* " : "  ") + l.collection().describe(), ctx.t("tenant.check.status." + l.status()),
                    l.there() ? String.format("%,d", l.records()) : "", String.join(", ", l.unknownFacts())});
        }
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) width[i] = DisplayWidth.of(head[i]) + (i == 0 ? 2 : 0);
        for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], DisplayWidth.of(r[i]));
        out.append("  ").append(row(new String[] {"  " + head[0], head[1], head[2], head[3]}, width)).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            out.append("  ").append(row(rows.get(k), width)).append('\n');
            SnapshotCheck.Line l = check.lines().get(k);
            if (l.error() != null) out.append("      ").append(clean(l.error())).append('\n');
        }
        out.append("  ").append(ctx.t("tenant.check.required")).append("\n\n");
        if (!check.unknownFacts().isEmpty()) out.append(ctx.t("tenant.check.unknown", "facts", String.join(", ", check.unknownFacts()))).append('\n');
        List<String> missing = new ArrayList<>();
        for (SnapshotCheck.Line l : check.missingRequired()) missing.add(l.collection().describe());
        out.append(missing.isEmpty() ? ctx.style().bold(ctx.t("tenant.check.ok"))
                : ctx.style().bold(ctx.t("tenant.check.fail", "files", String.join(", ", missing)))).append('\n');
        return out.toString();
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            if (i == 2) s.append(" ".repeat(Math.max(0, width[i] - DisplayWidth.of(cells[i])))).append(cells[i]);
            else s.append(last ? cells[i] : DisplayWidth.padRight(cells[i], width[i]));
            if (!last) s.append("  ");
        }
        return s.toString().stripTrailing();
    }

    private static String clean(String s) {
        return s == null ? "-" : ControlCharacters.clean(s);
    }
}
