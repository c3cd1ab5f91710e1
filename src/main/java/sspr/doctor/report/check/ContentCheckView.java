package sspr.doctor.report.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.content.ContentChecker;
import sspr.doctor.content.FileReport;
import sspr.doctor.io.Problem;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.ReportContext;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextTable;

/**
 * {@code content check}'s report: for each article file one line saying its form and whether it
 * is used, then what was found in it by line (notes, which are not problems, and problems), in
 * aligned columns; JSON keeps the contract's {@code problems} and adds {@code files}.
 */
public final class ContentCheckView {
    private record Row(String location, boolean problem, String code, String text) {}

    private ContentCheckView() {}

    public static String json(ContentChecker.Report report) {
        List<Object> problems = CheckProblems.rows(report.problems());
        List<Object> files = new ArrayList<>();
        for (FileReport f : report.files()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", f.file());
            row.put("form", f.form());
            row.put("article", f.article());
            row.put("lang", f.lang());
            row.put("used", f.used());
            row.put("entries", f.entries() < 0 ? null : f.entries());
            row.put("indexEntries", f.indexEntries() < 0 ? null : f.indexEntries());
            row.put("bom", f.bom());
            row.put("crlfLines", f.crlfLines());
            row.put("sideBySidePairs", f.pairLines().size());
            row.put("sideBySideLines", f.pairLines().stream().distinct().toList());
            List<Object> controls = new ArrayList<>();
            for (FileReport.Control c : f.controls()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", c.line());
                m.put("column", c.column());
                m.put("kind", c.kind());
                m.put("codePoint", c.codePoint());
                m.put("what", c.what());
                m.put("problem", c.problem());
                controls.add(m);
            }
            row.put("controls", controls);
            List<Object> notes = new ArrayList<>();
            for (FileReport.Note n : f.notes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", n.line());
                m.put("column", n.column());
                m.put("code", n.code());
                m.put("message", n.message());
                notes.add(m);
            }
            row.put("notes", notes);
            files.add(row);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("problems", problems);
        root.put("files", files);
        return TreeWriter.json(root);
    }

    public static String text(ReportContext ctx, ContentChecker.Report report) {
        List<Row> rows = new ArrayList<>();
        List<Problem> rest = new ArrayList<>(report.problems());
        for (FileReport f : report.files()) {
            rows.add(new Row(f.file(), false, "form", fileLine(ctx, f)));
            List<Row> found = new ArrayList<>();
            List<int[]> at = new ArrayList<>();
            for (FileReport.Note n : f.notes()) {
                found.add(new Row(location(f.file(), n.line(), n.column()), false, n.code(),
                        ctx.contentText("note." + n.code(), n.args(), n.message())));
                at.add(new int[] {n.line(), n.column()});
            }
            for (Problem p : report.problems()) {
                if (!p.file().equals(f.file())) continue;
                rest.remove(p);
                found.add(new Row(p.location(), true, p.code(), ctx.problemText(p)));
                at.add(new int[] {p.line(), p.column()});
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) order.add(i);
            order.sort(Comparator.<Integer>comparingInt(i -> at.get(i)[0]).thenComparingInt(i -> at.get(i)[1]));
            for (int i : order) rows.add(found.get(i));
        }
        for (Problem p : rest) rows.add(new Row(p.location(), true, p.code(), ctx.problemText(p)));

        String info = ctx.t("check.level.info");
        String problem = ctx.t("check.level.problem");
        int levelWidth = Math.max(DisplayWidth.of(info), DisplayWidth.of(problem));
        // as wide as the terminal: the aligned table when it fits, else the text wrapped beside the others,
        // else each location on a line of its own with level, code and text below it
        TextTable table = new TextTable((String[]) null).minimumWidths(0, levelWidth).cellStyle((column, padded) -> column != 1 ? padded
                : padded.strip().equals(problem) ? ctx.style().red(padded) : ctx.style().dim(padded));
        for (Row r : rows) table.row(r.location(), r.problem() ? problem : info, r.code(), r.text());
        return table.render(ctx.width());
    }

    private static String fileLine(ReportContext ctx, FileReport f) {
        String form = ctx.t("check.form." + f.form());
        if (!f.used()) return ctx.t("check.file.unused", "form", form);
        if (f.indexEntries() < 0) return ctx.t("check.file.unindexed", "form", form, "lang", f.lang(), "entries", f.entries());
        return ctx.t("check.file.used", "form", form, "lang", f.lang(), "entries", f.entries());
    }

    private static String location(String file, int line, int column) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
