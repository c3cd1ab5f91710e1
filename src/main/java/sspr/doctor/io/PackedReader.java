package sspr.doctor.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads what {@link PackedWriter} wrote, from one byte array: ints by hand (no stream layers), and
 * each distinct string cut out of the pool texts only when first read. Each pool text is decoded in
 * one call (the ASCII one as Latin-1, a plain copy); reading strings one by one ({@code readUTF})
 * loops per character in the interpreter, before anything is compiled.
 */
public final class PackedReader {
    private final byte[] data;
    private final int offsets;
    private final String ascii;
    private final Utf8Pool other;
    private final String[] strings;
    private int at;

    private PackedReader(byte[] data, int magic) throws IOException {
        this.data = data;
        if (data.length < 8 || readInt() != magic) throw new IOException("not a compiled data file of this kind");
        int n = readInt();
        if (n < 0 || 8 + 8L * n + 8 > data.length) throw new IOException("corrupt compiled data file");
        this.offsets = at;
        at += 8 * n;
        int length = readInt();
        if (length < 0 || at + (long) length > data.length) throw new IOException("corrupt compiled data file");
        this.ascii = new String(data, at, length, StandardCharsets.ISO_8859_1);
        at += length;
        length = readInt();
        if (length < 0 || at + (long) length > data.length) throw new IOException("corrupt compiled data file");
        this.other = new Utf8Pool(data, at, length);
        at += length;
        this.strings = new String[n];
    }

    private PackedReader(PackedReader shared, int at) {
        this.data = shared.data;
        this.offsets = shared.offsets;
        this.ascii = shared.ascii;
        this.other = shared.other;
        this.strings = shared.strings;
        this.at = at;
    }

    /** Where the next value is read from. */
    public int position() {
        return at;
    }

    /** Passes over {@code bytes} bytes (a part read later through {@link #at}). */
    public void skip(int bytes) throws IOException {
        if (bytes < 0 || at + (long) bytes > data.length) throw new IOException("compiled data file ends early");
        at += bytes;
    }

    /** Another reader of the same data (and strings already cut out), at {@code position}. */
    public PackedReader at(int position) {
        return new PackedReader(this, position);
    }

    /**
     * The pool text of the strings that are not all ASCII, decoded when one of them is first read: a run in English
     * reads few or none of a file's (the localized role names, the Chinese questions), and decoding UTF-8 runs in
     * the interpreter at start-up.
     */
    private static final class Utf8Pool {
        private final byte[] data;
        private final int from;
        private final int length;
        private String text;

        Utf8Pool(byte[] data, int from, int length) {
            this.data = data;
            this.from = from;
            this.length = length;
        }

        synchronized String text() {
            if (text == null) text = length == 0 ? "" : new String(data, from, length, StandardCharsets.UTF_8);
            return text;
        }
    }

    /** A reader positioned at the body of {@code data}, which must start with {@code magic}. */
    public static PackedReader of(byte[] data, int magic) throws IOException {
        return new PackedReader(data, magic);
    }

    public int readInt() throws IOException {
        if (at + 4 > data.length) throw new IOException("compiled data file ends early");
        int v = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | (data[at + 3] & 0xff);
        at += 4;
        return v;
    }

    public boolean readBoolean() throws IOException {
        if (at >= data.length) throw new IOException("compiled data file ends early");
        return data[at++] != 0;
    }

    /** A string, or null where null was written. */
    public String readString() throws IOException {
        int i = readInt();
        if (i == -1) return null;
        if (i < 0 || i >= strings.length) throw new IOException("corrupt compiled data file");
        String s = strings[i];
        if (s == null) {
            int o = offsets + 8 * i;
            int start = intAt(o);
            s = start < 0 ? other.text().substring(start & 0x7fffffff, intAt(o + 4)) : ascii.substring(start, intAt(o + 4));
            strings[i] = s;
        }
        return s;
    }

    /** A list written by {@link PackedWriter#writeStrings}, unmodifiable. */
    public List<String> readStrings() throws IOException {
        int n = readInt();
        if (n < 0 || n > data.length) throw new IOException("corrupt compiled data file");
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = readString();
        return List.of(out);
    }

    private int intAt(int o) {
        return (data[o] & 0xff) << 24 | (data[o + 1] & 0xff) << 16 | (data[o + 2] & 0xff) << 8 | (data[o + 3] & 0xff);
    }
}
