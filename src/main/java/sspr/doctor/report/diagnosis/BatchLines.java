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
        return bodyChars(view, d).toArray();
    }

    /** As {@link #body}, in the view's buffer: good until the next answer is written. */
    public static Chars bodyChars(DiagnosisView view, Diagnosis d) {
        Chars out = view.chars();
        out.clear();
        view.jsonBody(d, out);
        return out;
    }

    /** A tree's JSON line as chars. */
    static char[] chars(Object tree) {
        StringBuilder b = JsonLine.append(new StringBuilder(1024), tree);
        char[] json = new char[b.length()];
        b.getChars(0, b.length(), json, 0);
        return json;
    }

    /** Chars gathered by copying arrays (a StringBuilder checks every char it takes in one at a time). */
    public static final class Chars {
        private char[] chars = new char[8192];
        private int length;
        private final StringBuilder scratch = new StringBuilder(2048);

        /** A builder for the small, varying parts, emptied. */
        StringBuilder scratch() {
            scratch.setLength(0);
            return scratch;
        }

        void add(StringBuilder s) {
            int n = s.length();
            room(n);
            s.getChars(0, n, chars, length);
            length += n;
        }

        void add(char[] s) {
            room(s.length);
            System.arraycopy(s, 0, chars, length, s.length);
            length += s.length;
        }

        void add(char c) {
            room(1);
            chars[length++] = c;
        }

        private void room(int n) {
            if (length + n > chars.length) chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        }

        void clear() {
            length = 0;
        }

        public char[] array() {
            return chars;
        }

        public int length() {
            return length;
        }

        char[] toArray() {
            return java.util.Arrays.copyOf(chars, length);
        }
    }
}
