package sspr.doctor.report.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.io.Problem;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.ReportContext;
import sspr.doctor.report.Sarif;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;

/**
 * The problems {@code rules check} and {@code content check} found, as their text, JSON and SARIF
 * renderers read them ({@code toolVersion} names the tool in SARIF).
 */
public record CheckProblems(List<Problem> problems, String toolVersion) {

    /**
     * One line per problem: where, the code, what (in the user's language); a line wider than the terminal
     * puts what is wrong under where and the code, wrapped and indented.
     */
    public static String text(CheckProblems m, ReportContext ctx) {
        StringBuilder out = new StringBuilder();
        for (Problem p : m.problems()) {
            String what = ctx.problemText(p);
            out.append(p.location()).append(": ").append(ctx.style().red(p.code())).append(":");
            if (DisplayWidth.of(p.location() + ": " + p.code() + ": " + what) <= ctx.width()) {
                out.append(' ').append(what).append(System.lineSeparator());
                continue;
            }
            out.append(System.lineSeparator());
            for (String line : TextWrapper.wrap(what, Math.max(20, ctx.width() - 4))) out.append("    ").append(line).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The contract's {@code {"problems":[...]}}. */
    public static String json(CheckProblems m) {
        return TreeWriter.json(Map.of("problems", rows(m.problems())));
    }

    /** The contract's {@code problems} array: {file, line, column, code, message} per problem. */
    public static List<Object> rows(List<Problem> problems) {
        List<Object> rows = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", p.file());
            row.put("line", p.line());
            row.put("column", p.column());
            row.put("code", p.code());
            row.put("message", p.message());
            rows.add(row);
        }
        return rows;
    }

    /** SARIF 2.1.0: one rule per problem code, every problem an error at its file and line (a check fails on any). */
    public static String sarif(CheckProblems m, ReportContext ctx) {
        List<Sarif.Rule> rules = new ArrayList<>();
        List<Sarif.Result> results = new ArrayList<>();
        for (Problem p : m.problems()) {
            rules.add(new Sarif.Rule(p.code(), p.code(), null, null, "error"));
            results.add(new Sarif.Result(p.code(), "error", ctx.problemText(p), p.file(), p.line(), p.column(), null));
        }
        return TreeWriter.json(Sarif.log(m.toolVersion(), ctx.lang(), rules, results));
    }
}
