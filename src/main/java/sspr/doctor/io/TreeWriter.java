package sspr.doctor.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * Writes trees of maps, lists and scalars as JSON or YAML through Jackson's streaming
 * generators: stable key order (insertion order), no data binding.
 */
public final class TreeWriter {
    private TreeWriter() {}

    public static String json(Object tree) {
        StringWriter out = new StringWriter();
        json(tree, out);
        return out.toString();
    }

    /**
     * As {@link #json(Object)}, written to {@code out} as it goes (which is not closed): a tree whose
     * lists are built lazily (a profile's cases) then never exists whole in memory.
     */
    public static void json(Object tree, java.io.Writer out) {
        JsonPretty.write(tree, out);
    }

    /** One line of JSON (NDJSON). */
    public static String jsonLine(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setCharacterEscapes(TerminalSafeEscapes.INSTANCE);
            write(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String yaml(Object tree) {
        StringWriter out = new StringWriter();
        yaml(tree, out);
        return out.toString();
    }

    /** As {@link #yaml(Object)}, written to {@code out} as it goes (which is not closed). */
    public static void yaml(Object tree, java.io.Writer out) {
        YAMLFactory factory = YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        try (JsonGenerator g = factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            write(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree through a Jackson generator (also the reference JsonPrettyTest holds JsonPretty to). */
    static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) write(g, item);
            g.writeEndArray();
        } else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) g.writeNumber(d);
        else g.writeString(String.valueOf(v));
    }
}
