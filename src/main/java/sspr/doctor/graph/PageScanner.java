package sspr.doctor.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sspr.doctor.io.SafeYaml;

/**
 * Reads what the fetch needs from a Graph response without building a tree: the number of records
 * in {@code value} (1 for a single object), the {@code @odata.nextLink}, and optionally the
 * top-level {@code id} of each record (the parents of child requests).
 */
final class PageScanner {
    record Scan(long count, String nextLink) {}

    private PageScanner() {}

    static Scan scan(byte[] body, Consumer<String> ids) throws IOException {
        try (JsonParser p = SafeYaml.jsonFactory().createParser(body)) {
            return scan(p, ids);
        }
    }

    /** Every record id in a file of pages (as the fetch writes them: one page per line). */
    static List<String> ids(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = SafeYaml.jsonFactory().createParser(in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) scanObject(p, out::add);
        }
        return out;
    }

    private static Scan scan(JsonParser p, Consumer<String> ids) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
        return scanObject(p, ids);
    }

    private static Scan scanObject(JsonParser p, Consumer<String> ids) throws IOException {
        long count = 0;
        boolean page = false;
        String next = null;
        String ownId = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (f.equals("value") && v == JsonToken.START_ARRAY) {
                page = true;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    count++;
                    if (t == JsonToken.START_OBJECT) {
                        String id = recordId(p);
                        if (id != null && ids != null) ids.accept(id);
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (f.equals("@odata.nextLink") && v == JsonToken.VALUE_STRING) {
                next = p.getText();
            } else if (f.equals("id") && v == JsonToken.VALUE_STRING) {
                ownId = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (!page) {
            if (ownId != null && ids != null) ids.accept(ownId);
            count = 1;
        }
        return new Scan(count, next);
    }

    /** The record's top-level "id"; the parser ends on the record's END_OBJECT. */
    private static String recordId(JsonParser p) throws IOException {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (id == null && f.equals("id") && v == JsonToken.VALUE_STRING) id = p.getText();
            else p.skipChildren();
        }
        return id;
    }
}
