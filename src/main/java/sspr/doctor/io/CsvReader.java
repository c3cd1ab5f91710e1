package sspr.doctor.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a reader, one at a time (quoted fields may hold commas, quotes and line
 * breaks). Small on purpose: the catalogs and the admin center's exports need nothing more, and it
 * keeps a CSV library off the start-up path.
 */
public final class CsvReader {
    private final Reader in;
    private int peeked = -2;
    private long line = 1;
    private long recordLine = 1;

    /** Longest record read (characters): a quote never closed must not pull a whole large file into memory. */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    public CsvReader(Reader in) { this.in = in; }

    /** Text that is not CSV: the line its record starts on, and what is wrong in words for the user's language. */
    public static final class Malformed extends IOException {
        private final long line;
        private final transient sspr.doctor.i18n.LocalizedText text;

        Malformed(long line, String english, sspr.doctor.i18n.LocalizedText text) {
            super("line " + line + ": " + english);
            this.line = line;
            this.text = text;
        }

        public long line() { return line; }

        public sspr.doctor.i18n.LocalizedText text() { return text; }
    }

    /** Line on which the last record returned started. */
    public long recordLine() { return recordLine; }

    /** The next record, or null at end of input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c == -1) return null;
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        long chars = 0;
        while (true) {
            if (quoted) {
                if (c == -1) throw new Malformed(recordLine, "quoted field not closed", sspr.doctor.i18n.LocalizedText.of("audit.csv-quote-open"));
                if (c == '"') {
                    int n = read();
                    if (n == '"') field.append('"');
                    else { quoted = false; c = n; continue; }
                } else {
                    if (c == '\n') line++;
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                int n = read();
                if (n != '\n') { unread(n); }
                line++;
                break;
            } else if (c == '\n') {
                line++;
                break;
            } else if (c == -1) {
                break;
            } else {
                field.append((char) c);
            }
            c = read();
            if (++chars > MAX_RECORD_CHARS) {
                throw new Malformed(recordLine, "a record is longer than " + MAX_RECORD_CHARS / 1024 + " KiB (a quote that is never closed?)",
                        sspr.doctor.i18n.LocalizedText.of("audit.csv-record-too-long", "kib", MAX_RECORD_CHARS / 1024));
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        if (peeked != -2) { int p = peeked; peeked = -2; return p; }
        return in.read();
    }

    private void unread(int c) { peeked = c; }

    /** Reads a whole small CSV text (header included). */
    public static List<List<String>> readAll(String text) {
        List<List<String>> rows = new ArrayList<>();
        try {
            CsvReader r = new CsvReader(new java.io.StringReader(text));
            List<String> rec;
            while ((rec = r.next()) != null) {
                if (rec.size() == 1 && rec.get(0).isEmpty()) continue;
                rows.add(rec);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
