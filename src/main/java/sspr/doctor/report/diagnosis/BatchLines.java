package sspr.doctor.report.diagnosis;

import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.io.JsonLine;

/**
 * {@code diagnose --batch}'s NDJSON, a line at a time as the input is read (a streaming format, so not
 * in {@link sspr.doctor.report.Reports}' table): {@code {"line":N,"name"?:…,…the --format json object}}
 * or {@code {"line":N,"error":"…"}} — the characters TreeWriter.jsonLine would write for those maps.
 */
public final class BatchLines {
    private BatchLines() {}

    /** A line that could not be diagnosed, with its newline. */
    public static void error(StringBuilder out, long line, String error) {
        out.append("{\"line\":").append(line).append(",\"error\":");
        JsonLine.string(out, error);
        out.append("}\n");
    }

    /** The start of an answered line, up to the comma before the diagnosis; {@link #body} and a newline follow. */
    public static void head(StringBuilder out, long line, String name) {
        out.append("{\"line\":").append(line);
        if (name != null) {
            out.append(",\"name\":");
            JsonLine.string(out, name);
        }
        out.append(',');
    }

    /** The diagnosis's --format json object without its opening brace, as chars (kept and written again for repeated facts). */
    public static char[] body(DiagnosisView view, Diagnosis d) {
        StringBuilder b = JsonLine.append(new StringBuilder(2048), view.tree(d));
        char[] json = new char[b.length() - 1];
        b.getChars(1, b.length(), json, 0);
        return json;
    }
}
