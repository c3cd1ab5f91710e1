package sspr.doctor.tenant;

import sspr.doctor.i18n.LocalizedText;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import sspr.doctor.io.ParseErrors;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import sspr.doctor.io.SafeYaml;

/**
 * Streams the Graph objects of one snapshot file, one at a time: a page ({@code {"value":[...]}}),
 * several pages one after the other (as a paging loop appends them), NDJSON, a plain array, or one
 * object (EntraExporter writes one object per file). The encoding is found from the first bytes, so
 * UTF-8 with or without BOM and the UTF-16LE that Windows PowerShell 5.1's Out-File writes are all
 * read; nesting depth and string length are limited as for every untrusted file.
 */
final class GraphRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper(SafeYaml.jsonFactory());

    /** Hears each object with its path; returns false to stop reading. */
    interface Visitor {
        boolean record(JsonNode object, Source source);
    }

    /**
     * Reads one record of a page straight off the parser (at its START_OBJECT, to leave it at its
     * END_OBJECT), so that no tree is built; returns false to stop reading.
     */
    interface Streamer {
        boolean record(JsonParser p, String file, String arrayPath, int index, int document) throws IOException;
    }

    private GraphRecords() {}

    static void read(Path file, String name, Visitor visitor) {
        read(file, name, visitor, null);
    }

    /** Reads {@code file}, naming it {@code name} in sources and errors. */
    static void read(Path file, String name, Visitor visitor, Streamer streamer) {
        try (InputStream in = new BufferedInputStream(new sspr.doctor.io.Utf8Check(Files.newInputStream(file), name, true), 1 << 16);
             JsonParser p = MAPPER.getFactory().createParser(in)) {
            int document = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                document++;
                if (t == JsonToken.START_ARRAY) {
                    if (!array(p, name, "$", document, visitor, streamer)) return;
                } else if (t == JsonToken.START_OBJECT) {
                    if (!object(p, name, document, visitor, streamer)) return;
                } else {
                    throw error(name, p, "snapshot-not-graph");
                }
            }
        } catch (JsonProcessingException e) {
            ParseErrors.Described d = ParseErrors.describe(e, null);
            throw new SnapshotException(name + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : ""), d.text());
        } catch (IOException e) {
            if (e instanceof sspr.doctor.io.Utf8Check.Malformed bad) throw new SnapshotException(bad.origin(), bad.text());
            throw new SnapshotException(null, LocalizedText.of("io.cannot-read", "path", name, "reason", sspr.doctor.io.IoErrors.reason(e)));
        }
    }

    private static boolean array(JsonParser p, String name, String path, int document, Visitor visitor, Streamer streamer) throws IOException {
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) throw error(name, p, "snapshot-ends-inside-object");
            if (t != JsonToken.START_OBJECT) throw error(name, p, "snapshot-record-not-object");
            if (streamer != null) {
                if (!streamer.record(p, name, path, i++, document)) return false;
                continue;
            }
            JsonNode node = MAPPER.readTree(p);
            if (!visitor.record(node, new Source(name, path + "[" + i++ + "]", document))) return false;
        }
        return true;
    }

    /**
     * A top-level object: a page when "value" (a list) comes with nothing but @odata annotations
     * before it — its records are then streamed one by one, so a page of a million users is never held
     * whole —, else one Graph object.
     */
    private static boolean object(JsonParser p, String name, int document, Visitor visitor, Streamer streamer) throws IOException {
        ObjectNode record = MAPPER.createObjectNode();
        boolean onlyAnnotations = true;
        boolean page = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (onlyAnnotations && field.equals("value") && v == JsonToken.START_ARRAY) {
                page = true;
                if (!array(p, name, "$.value", document, visitor, streamer)) return false;
            } else if (page) {
                p.skipChildren(); // @odata.nextLink after the records
            } else {
                if (!field.startsWith("@odata")) onlyAnnotations = false;
                JsonNode value = MAPPER.readTree(p);
                record.set(field, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value);
            }
        }
        if (t != JsonToken.END_OBJECT) throw error(name, p, "snapshot-ends-inside-object");
        return page || visitor.record(record, new Source(name, "$", document));
    }

    private static SnapshotException error(String name, JsonParser p, String key) {
        JsonLocation at = p.currentTokenLocation();
        return new SnapshotException(name + ":" + at.getLineNr() + ":" + at.getColumnNr(), LocalizedText.of(key));
    }
}
