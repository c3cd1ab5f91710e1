package sspr.doctor.report.diagnosis;

import sspr.doctor.diagnosis.Diagnosis;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import sspr.doctor.io.JsonLine;
import sspr.doctor.io.JsonLineBytes;

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

    private static final byte[] LINE = JsonLineBytes.ascii("{\"line\":");
    private static final byte[] NAME = JsonLineBytes.ascii(",\"name\":");

    /** As {@link #head}, as UTF-8 into {@code out} (emptied first). */
    public static JsonLineBytes head(JsonLineBytes out, long line, String name) {
        out.clear().raw(LINE).number(line);
        if (name != null) out.raw(NAME).string(name);
        return out.raw(',');
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

    /** As {@link #body}, as UTF-8 in the view's buffer (for a stdout taken as bytes): good until the next answer is written. */
    public static Bytes bodyBytes(DiagnosisView view, Diagnosis d) {
        Bytes out = view.bytes();
        out.clear();
        view.jsonBody(d, out);
        return out;
    }

    /** A tree's JSON line. */
    static String json(Object tree) {
        return JsonLine.append(new StringBuilder(1024), tree).toString();
    }

    /**
     * A finding's JSON object, as chars or as UTF-8, made when first asked; the text it was made from is then
     * dropped (a batch asks for one form only: chars for a writer, UTF-8 for a stdout taken as bytes), so a kept
     * fragment holds one copy.
     */
    static final class Fragment {
        private String json;
        private char[] chars;
        private byte[] utf8;

        Fragment(String json) {
            this.json = json;
        }

        char[] chars() {
            if (chars == null) {
                chars = json != null ? json.toCharArray() : new String(utf8, StandardCharsets.UTF_8).toCharArray();
                json = null;
            }
            return chars;
        }

        byte[] utf8() {
            if (utf8 == null) {
                utf8 = (json != null ? json : new String(chars)).getBytes(StandardCharsets.UTF_8);
                json = null;
            }
            return utf8;
        }
    }

    /** Where an answer is written: its varying parts from a builder, its findings as kept fragments. Each part is whole JSON (no split surrogate pair). */
    abstract static class Out {
        private final StringBuilder scratch = new StringBuilder(2048);

        /** A builder for the small, varying parts, emptied. */
        StringBuilder scratch() {
            scratch.setLength(0);
            return scratch;
        }

        abstract void add(StringBuilder s);

        abstract void add(Fragment f);

        /** An ASCII character. */
        abstract void add(char c);
    }

    /** Chars gathered by copying arrays (a StringBuilder checks every char it takes in one at a time). */
    public static final class Chars extends Out {
        private char[] chars = new char[8192];
        private int length;

        @Override
        void add(StringBuilder s) {
            int n = s.length();
            room(n);
            s.getChars(0, n, chars, length);
            length += n;
        }

        @Override
        void add(Fragment f) {
            char[] c = f.chars();
            room(c.length);
            System.arraycopy(c, 0, chars, length, c.length);
            length += c.length;
        }

        @Override
        void add(char c) {
            room(1);
            chars[length++] = c;
        }

        private void room(int n) {
            if (length + n > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
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
            return Arrays.copyOf(chars, length);
        }
    }

    /** As {@link Chars}, encoded as UTF-8 part by part (the same bytes as encoding the whole: no part splits a surrogate pair). */
    public static final class Bytes extends Out {
        private byte[] bytes = new byte[16384];
        private int length;

        @Override
        void add(StringBuilder s) {
            add(s.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        void add(Fragment f) {
            add(f.utf8());
        }

        private void add(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
        }

        @Override
        void add(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        private void room(int n) {
            if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }

        void clear() {
            length = 0;
        }

        public byte[] array() {
            return bytes;
        }

        public int length() {
            return length;
        }

        public byte[] toArray() {
            return Arrays.copyOf(bytes, length);
        }
    }

    /**
     * As {@link Bytes}, but an answer kept as its pieces: the varying parts encoded, each finding's UTF-8 referred
     * to, not copied (it is shared by every answer naming the finding). A batch writes each piece into its output
     * block, so a line's ~6 KB are copied once, not three times; a kept answer holds its input part only.
     */
    public static final class Pieces extends Out {
        /** One-byte pieces for the ASCII characters between the parts. */
        private static final byte[][] ASCII = ascii();

        private static byte[][] ascii() {
            byte[][] out = new byte[128][];
            for (int c = 0; c < 128; c++) out[c] = new byte[] {(byte) c};
            return out;
        }

        private byte[][] pieces = new byte[16][];
        private int count;
        private final sspr.doctor.io.JsonLineBytes writer = new sspr.doctor.io.JsonLineBytes();

        /** A writer for a varying part written as bytes (then added with {@link #add(byte[])}). */
        sspr.doctor.io.JsonLineBytes writer() {
            return writer;
        }

        void add(byte[] piece) {
            piece(piece);
        }

        @Override
        void add(StringBuilder s) {
            piece(s.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        void add(Fragment f) {
            piece(f.utf8());
        }

        @Override
        void add(char c) {
            piece(ASCII[c]);
        }

        private void piece(byte[] b) {
            if (count == pieces.length) pieces = Arrays.copyOf(pieces, count * 2);
            pieces[count++] = b;
        }

        void clear() {
            count = 0;
        }

        /** The pieces of the answer written, in order (a new array: the answer may be kept). */
        public byte[][] take() {
            return Arrays.copyOf(pieces, count);
        }
    }

    /** As {@link #body}, as UTF-8 pieces (see {@link Pieces}). */
    public static byte[][] bodyPieces(DiagnosisView view, Diagnosis d) {
        Pieces out = view.pieces();
        out.clear();
        view.jsonBody(d, out);
        return out.take();
    }
}
