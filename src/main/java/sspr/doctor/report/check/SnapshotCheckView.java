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
import sspr.doctor.text.TextTable;
import sspr.doctor.text.TextWrapper;

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
        int width = ctx.width();
        for (String l : TextWrapper.wrap(ctx.t("tenant.check.title", "dir", ControlCharacters.clean(dir.toString())), width)) out.append(ctx.style().bold(l)).append('\n');
        SnapshotManifest m = check.manifest();
        for (String l : TextWrapper.wrap(m == null ? ctx.t("tenant.check.no-manifest")
                : ctx.t("tenant.check.manifest", "tenantId", clean(m.tenantId()), "fetchedAt", clean(m.fetchedAt())), width)) out.append(l).append('\n');
        out.append('\n');
        String[] head = {ctx.t("tenant.check.col.collection"), ctx.t("tenant.check.col.status"), ctx.t("tenant.check.col.records"), ctx.t("tenant.check.col.unknown")};
        List<String[]> rows = new ArrayList<>();
        for (SnapshotCheck.Line l : check.lines()) {
            rows.add(new String[] {(l.required() ? "* " : "  ") + l.collection().describe(), ctx.t("tenant.check.status." + l.status()),
                    l.there() ? String.format("%,d", l.records()) : "", String.join(", ", l.unknownFacts())});
        }
        // as wide as the terminal: aligned when it fits, else the unknown facts wrapped, else one collection per record
        TextTable table = table(head, rows, check, true);
        if (!table.aligned(Math.max(20, ctx.width() - 2))) table = table(head, rows, check, false);
        for (String line : table.render(Math.max(20, ctx.width() - 2)).split("\n")) out.append("  ").append(line).append('\n');
        for (String l : TextWrapper.wrap(ctx.t("tenant.check.required"), width - 2)) out.append("  ").append(l).append('\n');
        out.append('\n');
        if (!check.unknownFacts().isEmpty()) {
            for (String l : TextWrapper.wrap(ctx.t("tenant.check.unknown", "facts", String.join(", ", check.unknownFacts())), width)) out.append(l).append('\n');
        }
        List<String> missing = new ArrayList<>();
        for (SnapshotCheck.Line l : check.missingRequired()) missing.add(l.collection().describe());
        for (String l : TextWrapper.wrap(missing.isEmpty() ? ctx.t("tenant.check.ok") : ctx.t("tenant.check.fail", "files", String.join(", ", missing)), width)) {
            out.append(ctx.style().bold(l)).append('\n');
        }
        return out.toString();
    }

    /**
     * The collections as a table; {@code aligned}: the names indented under the "*" of the required ones, as the
     * aligned table shows them (one record per collection starts each name at the margin instead).
     */
    private static TextTable table(String[] head, List<String[]> rows, SnapshotCheck check, boolean aligned) {
        TextTable table = new TextTable("  " + head[0], head[1], head[2], head[3]).rightAligned(2);
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k).clone();
            if (!aligned) row[0] = row[0].stripLeading();
            table.row(row);
            SnapshotCheck.Line l = check.lines().get(k);
            if (l.error() != null) table.note(clean(l.error()));
        }
        return table;
    }

    private static String clean(String s) {
        return s == null ? "-" : ControlCharacters.clean(s);
    }
}
