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
        /** What is wrong, to be worded in the user's language ({@code getMessage()} is the English). */
        public final sspr.doctor.i18n.LocalizedText text;

        public SyntaxError(sspr.doctor.i18n.LocalizedText text, int line, int column) {
            super(text.english(), null, false, false);
            this.text = text;
            this.line = line;
            this.column = column;
        }
    }

    private static sspr.doctor.i18n.LocalizedText t(String key, Object... args) {
        return sspr.doctor.i18n.LocalizedText.of(key, args);
    }

    public static Node parseYaml(String text) throws SyntaxError {
        return parse(SafeYaml.yamlFactory(), text);
    }

    public static Node parseJson(String text) throws SyntaxError {
        return parse(Json.FACTORY, text);
    }

    /**
     * One JSON factory for every parse: a factory is thread-safe, and making one per text (a batch parses
     * one per line) builds a new symbol table each time. Held apart so YAML-only runs never make it.
     */
    private static final class Json {
        static final JsonFactory FACTORY = SafeYaml.jsonFactory();
    }

    /** JSON when the text starts with '{' or '[', YAML otherwise (YAML is a superset, but JSON errors read better). */
    public static Node parseAuto(String text) throws SyntaxError {
        String t = text.stripLeading();
        return (t.startsWith("{") || t.startsWith("[")) ? parseJson(text) : parseYaml(text);
    }

    private static Node parse(JsonFactory factory, String text) throws SyntaxError {
        if (text.length() > SafeYaml.MAX_FILE_BYTES) {
            throw new SyntaxError(t("parse.too-large", "mb", SafeYaml.MAX_FILE_BYTES / (1024 * 1024)), 1, 1);
        }
        JsonParser parser = null;
        try (Reader reader = new StringReader(text); JsonParser p = factory.createParser(reader)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) return new Node(null, 1, 1);
            Node node = new TreeReader(p, text).read(0);
            JsonToken next = p.nextToken();
            if (next != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new SyntaxError(t(factory instanceof com.fasterxml.jackson.dataformat.yaml.YAMLFactory
                        ? "parse.two-documents-yaml" : "parse.two-documents"), at.getLineNr(), at.getColumnNr());
            }
            return node;
        } catch (SyntaxError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some failures as runtime exceptions; both are put in plain words
            ParseErrors.Described d = ParseErrors.describe(e, parser == null ? null : parser.currentLocation());
            throw new SyntaxError(d.text(), d.line(), d.column());
        }
    }

    /**
     * Reads one document. YAML anchors and aliases are resolved here (Jackson's streaming parser
     * hands an alias over as its bare name): an alias stands for a copy of its anchored value, and
     * {@code <<: *anchor} merges an anchored map. Aliases to collections are limited in number and
     * in how many values they add in all, so an alias bomb costs bounded time and memory.
     */
    private static final class TreeReader {
        private record Anchored(Node node, int size, int height) {}

        private final JsonParser parser;
        private final com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml;
        private final Map<String, Anchored> anchors = new java.util.HashMap<>();
        /** Anchored lists and maps being read: an alias to one of them would make the value contain itself. */
        private final java.util.Set<String> open = new java.util.HashSet<>();
        private int nodes;
        private int collectionAliases;
        private int expanded;
        /** The height (levels of nesting below it) of the value {@link #read} returned last. */
        private int height;

        private final String text;

        TreeReader(JsonParser parser, String text) {
            this.parser = parser;
            this.text = text;
            this.yaml = parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y ? y : null;
        }

        /** Reads the value at the current token; {@code depth} is how deep it sits. */
        Node read(int depth) throws IOException, SyntaxError {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            if (yaml != null && yaml.isCurrentAlias()) return alias(parser.getText(), depth, line, column);
            String anchor = yaml == null ? null : yaml.getObjectId();
            int before = nodes;
            int[] below = {0};
            if (anchor != null) open.add(anchor);
            Node node = value(depth, line, column, below);
            if (anchor != null) open.remove(anchor);
            nodes++;
            height = below[0];
            if (anchor != null) anchors.put(anchor, new Anchored(node, nodes - before, height));
            return node;
        }

        private Node value(int depth, int line, int column, int[] below) throws IOException, SyntaxError {
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    Map<String, Node> map = new LinkedHashMap<>();
                    List<Node> merges = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        JsonLocation keyAt = parser.currentTokenLocation();
                        String key = parser.currentName();
                        limitLength(key, keyAt);
                        parser.nextToken();
                        Node value = read(depth + 1);
                        below[0] = Math.max(below[0], height + 1);
                        if (key.equals("<<") && yaml != null) {
                            merges.add(value);
                            continue;
                        }
                        if (map.containsKey(key)) throw new SyntaxError(t("parse.duplicate-key", "key", key), keyAt.getLineNr(), keyAt.getColumnNr());
                        map.put(key, new Node(value.value(), keyAt.getLineNr(), keyAt.getColumnNr()));
                    }
                    for (Node merge : merges) merge(map, merge);
                    return new Node(map, line, column);
                }
                case START_ARRAY: {
                    List<Node> list = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        Node item = read(depth + 1);
                        below[0] = Math.max(below[0], height + 1);
                        list.add(item);
                    }
                    return new Node(list, line, column);
                }
                case VALUE_STRING: {
                    String text = parser.getText();
                    limitLength(text, parser.currentTokenLocation());
                    return new Node(text, line, column);
                }
                case VALUE_NUMBER_INT: return new Node(parser.getLongValue(), line, column);
                case VALUE_NUMBER_FLOAT: return new Node(parser.getDoubleValue(), line, column);
                case VALUE_TRUE: return new Node(Boolean.TRUE, line, column);
                case VALUE_FALSE: return new Node(Boolean.FALSE, line, column);
                case VALUE_NULL: return new Node(null, line, column);
                default: return new Node(parser.getText(), line, column);
            }
        }

        private Node alias(String name, int depth, int line, int column) throws SyntaxError {
            Anchored a = anchors.get(name);
            if (a == null && open.contains(name)) {
                throw new SyntaxError(t("parse.alias-self", "name", name), line, column);
            }
            if (a == null) {
                // Jackson's YAML parser does not report anchors on single values, only on lists and maps
                if (java.util.regex.Pattern.compile("&" + java.util.regex.Pattern.quote(name) + "\\s").matcher(text).find()) {
                    throw new SyntaxError(t("parse.alias-scalar", "name", name), line, column);
                }
                throw new SyntaxError(t("parse.alias-unknown", "name", name), line, column);
            }
            if (!a.node().isScalar()) {
                if (++collectionAliases > SafeYaml.MAX_ALIASES) {
                    throw new SyntaxError(t("parse.too-many-aliases", "max", SafeYaml.MAX_ALIASES), line, column);
                }
                if (depth + a.height() >= SafeYaml.MAX_DEPTH) {
                    throw new SyntaxError(t("parse.too-deep", "max", SafeYaml.MAX_DEPTH), line, column);
                }
            }
            expanded += a.size();
            if (expanded > SafeYaml.MAX_ALIASED_VALUES) {
                throw new SyntaxError(t("parse.alias-bomb", "max", SafeYaml.MAX_ALIASED_VALUES), line, column);
            }
            nodes += a.size();
            height = a.height();
            // the copy keeps the anchored value's position: errors inside it point at what was written
            return new Node(a.node().value(), line, column);
        }

        /** {@code <<: *base} or {@code <<: [*a, *b]}: keys not given explicitly come from the merged maps, the first one first. */
        private static void merge(Map<String, Node> map, Node merge) throws SyntaxError {
            List<Node> sources = merge.isList() ? merge.asList() : List.of(merge);
            for (Node source : sources) {
                if (!source.isMap()) throw new SyntaxError(t("parse.merge-not-map"), merge.line(), merge.column());
                for (Map.Entry<String, Node> e : source.asMap().entrySet()) map.putIfAbsent(e.getKey(), e.getValue());
            }
        }

        private static void limitLength(String text, JsonLocation at) throws SyntaxError {
            if (text != null && text.length() > SafeYaml.MAX_STRING) {
                throw new SyntaxError(t("parse.too-long", "max", SafeYaml.MAX_STRING), at.getLineNr(), at.getColumnNr());
            }
        }
    }
}
