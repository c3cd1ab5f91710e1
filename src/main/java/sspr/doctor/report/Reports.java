package sspr.doctor.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.diagnosis.DiagnosisJunit;
import sspr.doctor.report.diagnosis.DiagnosisResult;

/**
 * Every report format of every result, in one place: a command builds its result's model and calls
 * {@link #render}; adding a format is one {@code register} line here (and its renderer).
 * Formats that stream (audit's JSON, NDJSON and CSV, a batch's NDJSON) are written while the input
 * is read (report.audit.AuditReport, report.diagnosis.BatchLines) and are not in this table.
 */
public final class Reports {
    private Reports() {}

    private static final Map<Class<?>, Map<String, Renderer<?>>> RENDERERS = new HashMap<>();

    static {
        // diagnose: one diagnosis or a profile's cases
        register(DiagnosisResult.class, "text", (m, ctx, out) -> sspr.doctor.report.diagnosis.DiagnosisRenderers.text(m, ctx, out));
        register(DiagnosisResult.class, "json", (m, ctx, out) -> TreeWriter.json(sspr.doctor.report.diagnosis.DiagnosisRenderers.tree(m, ctx), out));
        register(DiagnosisResult.class, "yaml", (m, ctx, out) -> TreeWriter.yaml(sspr.doctor.report.diagnosis.DiagnosisRenderers.tree(m, ctx), out));
        register(DiagnosisResult.class, "junit", (m, ctx, out) -> out.write(new DiagnosisJunit(ctx, m.failOn(), m.trace()).waivers(m.waivers())
                .xml(m.multi() ? m.names() : java.util.Collections.nCopies(m.results().size(), null), m.results())));
        register(sspr.doctor.report.diagnosis.ProfileSarif.class, "sarif", (m, ctx, out) -> out.write(sspr.doctor.report.diagnosis.ProfileSarif.render(m, ctx)));
        // the documents of diagnose, a profile and a batch
        register(DiagnosisModel.class, "html", (m, ctx, out) -> out.write(DiagnosisHtml.render(m)));
        register(DiagnosisModel.class, "markdown", (m, ctx, out) -> out.write(DiagnosisMarkdown.render(m,
                m.kind().equals("batch") ? AuditMarkdown.Level.summary : AuditMarkdown.Level.full)));
        // rules check and content check: the problems
        register(sspr.doctor.report.check.CheckProblems.class, "text", (m, ctx, out) -> out.write(sspr.doctor.report.check.CheckProblems.text(m, ctx)));
        register(sspr.doctor.report.check.CheckProblems.class, "json", (m, ctx, out) -> out.write(sspr.doctor.report.check.CheckProblems.json(m)));
        register(sspr.doctor.report.check.CheckProblems.class, "sarif", (m, ctx, out) -> out.write(sspr.doctor.report.check.CheckProblems.sarif(m, ctx)));
        // content check: each file's form and what was read past
        register(sspr.doctor.content.ContentChecker.Report.class, "text", (m, ctx, out) -> out.write(sspr.doctor.report.check.ContentCheckView.text(ctx, m)));
        register(sspr.doctor.content.ContentChecker.Report.class, "json", (m, ctx, out) -> out.write(sspr.doctor.report.check.ContentCheckView.json(m)));
        // tenant check
        register(sspr.doctor.report.check.SnapshotCheckView.Report.class, "text", (m, ctx, out) -> out.write(sspr.doctor.report.check.SnapshotCheckView.text(ctx, m.dir(), m.check())));
        register(sspr.doctor.report.check.SnapshotCheckView.Report.class, "json", (m, ctx, out) -> TreeWriter.json(sspr.doctor.report.check.SnapshotCheckView.json(m.dir(), m.check()), out));
        // audit (its JSON, NDJSON and CSV stream as users are read: report.audit.AuditReport)
        register(sspr.doctor.report.audit.AuditTextReport.class, "text", sspr.doctor.report.audit.AuditText::render);
        // the documents of an audit
        register(AuditModel.class, "html", (m, ctx, out) -> out.write(AuditHtml.render(m)));
        register(AuditModel.class, "markdown", (m, ctx, out) -> out.write(AuditMarkdown.render(m, AuditMarkdown.Level.full)));
    }

    private static <M> void register(Class<M> model, String format, Renderer<M> renderer) {
        RENDERERS.computeIfAbsent(model, k -> new LinkedHashMap<>()).put(format, renderer);
    }

    /** The formats {@code model}'s results can be rendered in. */
    public static Set<String> formats(Class<?> model) {
        return RENDERERS.getOrDefault(model, Map.of()).keySet();
    }

    /** Writes {@code model} in {@code format} to {@code out} (which is not closed). */
    @SuppressWarnings("unchecked")
    public static <M> void render(String format, M model, ReportContext ctx, Writer out) {
        Renderer<M> r = (Renderer<M>) RENDERERS.getOrDefault(model.getClass(), Map.of()).get(format);
        if (r == null) throw new IllegalArgumentException("no " + format + " renderer for " + model.getClass().getSimpleName());
        try {
            r.render(model, ctx, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #render}, into a string (a report written whole to --output). */
    public static <M> String render(String format, M model, ReportContext ctx) {
        StringWriter out = new StringWriter();
        render(format, model, ctx, out);
        return out.toString();
    }
}
