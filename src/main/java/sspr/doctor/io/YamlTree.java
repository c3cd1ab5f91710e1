package sspr.doctor.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON into plain maps, lists and scalars, remembering where every value is, so
 * that errors can name file:line:column. Streaming only: no data binding, no reflection.
 */
public final class YamlTree {
    private YamlTree() {}

    /** A value and where it was read. */
    public record Node(Object value, int line, int column) {
        @SuppressWarnings("unchecked")
        public Map<String, Node> asMap() { return (Map<String, Node>) value; }
        @SuppressWarnings("unchecked")
        public List<Node> asList() { return (List<Node>) value; }
        public boolean isMap() { return value instanceof Map; }
        public boolean isList() { return value instanceof List; }
        public boolean isNull() { return value == null; }
        public boolean isScalar() { return !(isMap() || isList()); }
        public String text() { return value == null ? null : String.valueOf(value); }
    }

    /** A parse failure with the position the parser stopped at. */
    public static final class SyntaxError extends Exception {
        public final int line;
        public final int column;
        public SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    public static Node parseYaml(String text) throws SyntaxError {
        return parse(SafeYaml.yamlFactory(), text);
    }

    public static Node parseJson(String text) throws SyntaxError {
        return parse(SafeYaml.jsonFactory(), text);
    }

    /** JSON when the text starts with '{' or '[', YAML otherwise (YAML is a superset, but JSON errors read better). */
    public static Node parseAuto(String text) throws SyntaxError {
        String t = text.stripLeading();
        return (t.startsWith("{") || t.startsWith("[")) ? parseJson(text) : parseYaml(text);
    }

    private static Node parse(JsonFactory factory, String text) throws SyntaxError {
        if (text.length() > SafeYaml.MAX_FILE_BYTES) {
            throw new SyntaxError("file is larger than " + (SafeYaml.MAX_FILE_BYTES / (1024 * 1024)) + " MB", 1, 1);
        }
        try (Reader reader = new StringReader(text); JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) return new Node(null, 1, 1);
            Node node = read(parser);
            JsonToken next = parser.nextToken();
            if (next != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError("more than one document", at.getLineNr(), at.getColumnNr());
            }
            return node;
        } catch (SyntaxError e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            if (message != null) message = message.split("\n", 2)[0];
            throw new SyntaxError(message, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports limits (aliases, depth, size) as runtime exceptions
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n", 2)[0];
            throw new SyntaxError(message, 0, 0);
        }
    }

    private static Node read(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    Node value = read(parser);
                    map.put(key, new Node(value.value(), keyAt.getLineNr(), keyAt.getColumnNr()));
                }
                return new Node(map, line, column);
            }
            case START_ARRAY: {
                List<Node> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return new Node(list, line, column);
            }
            case VALUE_STRING: return new Node(parser.getText(), line, column);
            case VALUE_NUMBER_INT: return new Node(parser.getLongValue(), line, column);
            case VALUE_NUMBER_FLOAT: return new Node(parser.getDoubleValue(), line, column);
            case VALUE_TRUE: return new Node(Boolean.TRUE, line, column);
            case VALUE_FALSE: return new Node(Boolean.FALSE, line, column);
            case VALUE_NULL: return new Node(null, line, column);
            default: return new Node(parser.getText(), line, column);
        }
    }
}
