package sspr.doctor.report.diagnosis;

import java.io.IOException;
import java.io.Writer;
import sspr.doctor.report.ReportContext;

/** The text and JSON/YAML tree renderers of {@link DiagnosisResult}, registered in {@link sspr.doctor.report.Reports}. */
public final class DiagnosisRenderers {
    private DiagnosisRenderers() {}

    public static void text(DiagnosisResult m, ReportContext ctx, Writer out) throws IOException {
        m.view(ctx).text(m.names(), m.results(), m.multi(), out);
    }

    public static Object tree(DiagnosisResult m, ReportContext ctx) {
        return m.tree(ctx);
    }
}
