package sspr.doctor.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * Indented JSON, the characters Jackson's generator writes with the pretty printer {@link TreeWriter#json}
 * asks for (two spaces a level, {@code "key": value}, {@code {}} and {@code []} when empty, escapes of
 * {@link TerminalSafeEscapes}), without Jackson: its ~75 classes and factory set-up were a large share of a
 * {@code --format json} run's start. {@code JsonPrettyTest} compares both on every kind of tree and character.
 */
final class JsonPretty {
    /** Written to the writer whenever this much is buffered: a lazily built list is never held whole. */
    private static final int FLUSH_AT = 8192;

    private final Writer out;
    private final StringBuilder buf = new StringBuilder(1024);

    private JsonPretty(Writer out) {
        this.out = out;
    }

    /** The tree (maps, collections, booleans, integers, longs, doubles, anything else as its string), then a line feed. */
    static void write(Object tree, Writer out) {
        JsonPretty p = new JsonPretty(out);
        p.value(tree, 0);
        p.buf.append('\n');
        p.flush();
    }

    private void value(Object v, int level) {
        if (v instanceof Map<?, ?> map) {
            buf.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) buf.append(',');
                first = false;
                indent(level + 1);
                JsonLine.string(buf, String.valueOf(e.getKey()));
                buf.append(": ");
                value(e.getValue(), level + 1);
            }
            if (!first) indent(level);
            buf.append('}');
        } else if (v instanceof Collection<?> list) {
            buf.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) buf.append(',');
                first = false;
                indent(level + 1);
                value(item, level + 1);
            }
            if (!first) indent(level);
            buf.append(']');
        } else {
            JsonLine.append(buf, v);
        }
        if (buf.length() >= FLUSH_AT) flush();
    }

    private void indent(int level) {
        buf.append('\n');
        for (int i = 0; i < level; i++) buf.append("  ");
    }

    private void flush() {
        try {
            out.append(buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf.setLength(0);
    }
}
