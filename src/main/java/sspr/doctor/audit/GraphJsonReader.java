package sspr.doctor.audit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * Streams records from Graph JSON: one page ({@code {"value":[...]}}), several pages one after the
 * other, NDJSON (one record per line), or a plain array — one record at a time, with Jackson's
 * streaming parser. Unknown properties are skipped.
 */
final class GraphJsonReader implements RecordReader {
    /** Reads the fields of one kind of record; unknown fields must be skipped with {@code skipChildren}. */
    interface Fields<T> {
        void clear(T target);
        void field(T target, String name, JsonToken value, GraphJsonReader reader) throws IOException;
    }

    private final JsonParser parser;
    private final String file;
    private long record;
    private boolean inRecord;
    private boolean inArray;
    private boolean started;

    GraphJsonReader(InputStream in, String file) throws IOException {
        this.parser = SafeYaml.jsonFactory().createParser(in);
        this.file = file;
    }

    @Override
    public boolean next(UserRecord r) throws IOException {
        if (!read(r, REGISTRATION)) return false;
        if (r.isSsprRegistered == null && r.isSsprEnabled == null && r.isSsprCapable == null) {
            throw new AuditInputException(file, LocalizedText.of("parse.record", "record", record, "problem", LocalizedText.of("audit.not-registration")));
        }
        return true;
    }

    <T> boolean read(T r, Fields<T> kind) throws IOException {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null && !started) throw new AuditInputException(file, LocalizedText.of("audit.empty-json"));
                started = true;
                if (t == null) {
                    if (inArray) throw error("audit.ends-in-list", null);
                    return false;
                }
                if (inArray) {
                    if (t == JsonToken.END_ARRAY) {
                        inArray = false;
                        finishPage();
                        continue;
                    }
                    if (t != JsonToken.START_OBJECT) throw error("snapshot-record-not-object", null);
                    readRecord(r, kind);
                    return true;
                }
                if (t == JsonToken.START_ARRAY) {
                    inArray = true;
                    continue;
                }
                if (t != JsonToken.START_OBJECT) throw error("audit.not-page", null);
                // a page, or a record (NDJSON): decide on the first field
                JsonToken f = parser.nextToken();
                if (f == JsonToken.END_OBJECT) continue;
                // a page has only @odata.* annotations besides "value"; a record may carry @odata.type too
                kind.clear(r);
                String name = parser.currentName();
                while (name != null && name.startsWith("@odata")) {
                    parser.nextToken();
                    parser.skipChildren();
                    JsonToken next = parser.nextToken();
                    if (next == null) throw error("audit.ends-in-page", null);
                    name = next == JsonToken.END_OBJECT ? null : parser.currentName();
                }
                if (name == null) continue;
                if (name.equals("value")) {
                    inArray = seekValueArray(name);
                    continue;
                }
                record++;
                inRecord = true;
                readFields(r, name, kind);
                inRecord = false;
                return true;
            }
        } catch (java.io.CharConversionException e) {
            // NUL bytes up front make Jackson guess UTF-32 and then fail: the file is not UTF-8 text
            throw new AuditInputException(file, sspr.doctor.i18n.LocalizedText.of("parse.not-utf8"));
        } catch (JsonProcessingException e) {
            sspr.doctor.io.ParseErrors.Described d = sspr.doctor.io.ParseErrors.describe(e, parser.currentLocation());
            sspr.doctor.i18n.LocalizedText what = inRecord ? sspr.doctor.i18n.LocalizedText.of("parse.record", "record", record, "problem", d.text())
                    : record > 0 ? sspr.doctor.i18n.LocalizedText.of("parse.after-record", "record", record, "problem", d.text()) : d.text();
            throw new AuditInputException(file + (d.line() > 0 ? ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "") : ""), what);
        }
    }

    /** Inside a page object, positioned on a field name: moves to the start of "value". */
    private boolean seekValueArray(String firstField) throws IOException {
        String name = firstField;
        while (true) {
            JsonToken v = parser.nextToken();
            if (name.equals("value")) {
                if (v != JsonToken.START_ARRAY) throw error("audit.value-not-list", null);
                return true;
            }
            parser.skipChildren();
            JsonToken next = parser.nextToken();
            if (next == JsonToken.END_OBJECT) return false;
            if (next == null) throw error("audit.ends-in-page", null);
            name = parser.currentName();
        }
    }

    /** After the "value" array of a page: skip the remaining page fields (@odata.nextLink). */
    private void finishPage() throws IOException {
        if (parser.getParsingContext().inObject()) {
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (t == null) throw error("audit.ends-in-page", null);
                parser.nextToken();
                parser.skipChildren();
            }
        }
    }

    private <T> void readRecord(T r, Fields<T> kind) throws IOException {
        kind.clear(r);
        record++;
        inRecord = true;
        JsonToken f = parser.nextToken();
        if (f != JsonToken.END_OBJECT) readFields(r, parser.currentName(), kind);
        inRecord = false;
    }

    /** Positioned on the first field name of a record object. */
    private <T> void readFields(T r, String first, Fields<T> kind) throws IOException {
        String name = first;
        while (true) {
            JsonToken v = parser.nextToken();
            if (v == null) throw error("audit.ends-in-record", null);
            kind.field(r, name, v, this);
            JsonToken next = parser.nextToken();
            if (next == JsonToken.END_OBJECT) return;
            if (next == null) throw error("audit.ends-in-record", null);
            name = parser.currentName();
        }
    }

    JsonParser parser() { return parser; }

    static final Fields<UserRecord> REGISTRATION = new Fields<>() {
        @Override
        public void clear(UserRecord r) { r.clear(); }

        @Override
        public void field(UserRecord r, String name, JsonToken v, GraphJsonReader in) throws IOException {
            switch (name) {
                case "id": r.id = in.string(name, v); break;
                case "userPrincipalName": r.userPrincipalName = in.string(name, v); break;
                case "userType": r.userType = in.string(name, v); break;
                case "isAdmin": r.isAdmin = in.bool(name, v); break;
                case "isSsprRegistered": r.isSsprRegistered = in.bool(name, v); break;
                case "isSsprEnabled": r.isSsprEnabled = in.bool(name, v); break;
                case "isSsprCapable": r.isSsprCapable = in.bool(name, v); break;
                case "methodsRegistered": in.strings(name, v, r.methodsRegistered); break;
                default: in.parser.skipChildren();
            }
        }
    };

    void strings(String name, JsonToken v, java.util.List<String> out) throws IOException {
        if (v == JsonToken.VALUE_NULL) return;
        if (v != JsonToken.START_ARRAY) throw field(name, LocalizedText.of("audit.expected.strings"));
        JsonToken m;
        while ((m = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (m != JsonToken.VALUE_STRING) throw field(name, LocalizedText.of("audit.expected.strings"));
            out.add(parser.getText());
        }
    }

    String string(String name, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) return null;
        if (v != JsonToken.VALUE_STRING) throw field(name, LocalizedText.of("audit.expected.string"));
        return parser.getText();
    }

    Boolean bool(String name, JsonToken v) {
        if (v == JsonToken.VALUE_TRUE) return Boolean.TRUE;
        if (v == JsonToken.VALUE_FALSE) return Boolean.FALSE;
        if (v == JsonToken.VALUE_NULL) return null;
        throw field(name, LocalizedText.of("audit.expected.boolean"));
    }

    /** {@code expected}: what the field must hold ({@code audit.expected.*}). */
    AuditInputException field(String name, LocalizedText expected) {
        JsonLocation at = parser.currentTokenLocation();
        return new AuditInputException(file + ":" + at.getLineNr() + ":" + at.getColumnNr(), LocalizedText.of("audit.field", "record", record,
                "field", name, "expected", expected));
    }

    /** {@code key}: what is wrong, a message of the errors bundle; placed at the token and in or after the record. */
    private AuditInputException error(String key, JsonLocation at) {
        if (at == null) at = parser.currentTokenLocation();
        return located(LocalizedText.of(key), at.getLineNr(), at.getColumnNr());
    }

    private AuditInputException located(LocalizedText problem, int line, int column) {
        LocalizedText what = inRecord ? LocalizedText.of("parse.record", "record", record, "problem", problem)
                : record > 0 ? LocalizedText.of("parse.after-record", "record", record, "problem", problem) : problem;
        return new AuditInputException(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : ""), what);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
