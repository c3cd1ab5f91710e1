package sspr.doctor.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the compact form the build gives bundled data (see {@link PackedReader}): ints, booleans and
 * references into one pool of distinct strings, stored as a single UTF-8 text so that start-up decodes
 * all of a file's text at once instead of string by string.
 */
public final class PackedWriter {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> pool = new ArrayList<>();

    public PackedWriter writeInt(int v) {
        body.write(v >>> 24);
        body.write(v >>> 16);
        body.write(v >>> 8);
        body.write(v);
        return this;
    }

    public PackedWriter writeBoolean(boolean v) {
        body.write(v ? 1 : 0);
        return this;
    }

    /** A string (null allowed), written once in the pool however often it is used. */
    public PackedWriter writeString(String s) {
        if (s == null) return writeInt(-1);
        Integer i = index.get(s);
        if (i == null) {
            i = pool.size();
            index.put(s, i);
            pool.add(s);
        }
        return writeInt(i);
    }

    public PackedWriter writeStrings(List<String> values) {
        writeInt(values.size());
        for (String v : values) writeString(v);
        return this;
    }

    /**
     * The file: magic, pool size n, for each string its start and end (chars) in one of two texts (the
     * start's top bit set: the second), each text's length in bytes and its bytes: first the strings
     * that are all ASCII, as Latin-1 (decoded by a copy), then the others as UTF-8. Then the body.
     */
    public byte[] toBytes(int magic) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder other = new StringBuilder();
        PackedWriter head = new PackedWriter();
        head.writeInt(magic).writeInt(pool.size());
        for (String s : pool) {
            boolean plain = s.chars().allMatch(c -> c < 0x80);
            StringBuilder text = plain ? ascii : other;
            head.writeInt(text.length() | (plain ? 0 : 0x80000000));
            text.append(s);
            head.writeInt(text.length());
        }
        for (StringBuilder text : List.of(ascii, other)) {
            byte[] bytes = text.toString().getBytes(text == ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            head.writeInt(bytes.length);
            head.body.writeBytes(bytes);
        }
        head.body.writeBytes(body.toByteArray());
        return head.body.toByteArray();
    }
}
