package sspr.doctor.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import sspr.doctor.content.JarFiles;

/**
 * One message bundle in one language as the build compiled it from
 * {@code content/messages/<bundle>.<lang>.properties} (the source of truth): a hash table over the
 * keys, made at build time with {@link String#hashCode} (specified, so the same in every JVM), and
 * the UTF-8 text of keys and values. Loading reads one file and parses nothing; a value is decoded
 * the first time it is asked for, so a run pays only for the few messages it prints.
 *
 * <p>Layout (big-endian ints): magic, entry count n, slot count s (a power of two), s slots (entry
 * index or -1), n entries of (key hash, key offset, key length, value offset, value length) in bytes
 * into the text that follows, entries in the order {@code Properties.stringPropertyNames()} gave.
 */
final class MessageTable {
    static final int MAGIC = 0x4d534753; // "MSGS"
    static final String DIR = "content/compiled/messages/";
    private static final MessageTable EMPTY = fromMap(Map.of());

    private final byte[] data;
    private final int n;
    private final int slots;
    private final int entries;
    private final int text;
    private final String[] values;

    private MessageTable(byte[] data) {
        this.data = data;
        if (data.length < 12 || intAt(0) != MAGIC) throw new IllegalStateException("not a compiled message bundle");
        this.n = intAt(4);
        this.slots = intAt(8);
        this.entries = 12 + 4 * slots;
        this.text = entries + 20 * n;
        this.values = new String[n];
    }

    /** The compiled bundle, else (classes not built by Maven) the .properties file parsed; empty when neither exists. */
    static MessageTable load(String bundle, String lang) {
        byte[] compiled = JarFiles.read(DIR + bundle + "." + lang + ".bin");
        if (compiled != null) return new MessageTable(compiled);
        Properties p = parse(bundle, lang);
        if (p == null) return EMPTY;
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return fromMap(m);
    }

    /** The source bundle parsed as {@link Properties} do, or null when there is none. */
    static Properties parse(String bundle, String lang) {
        byte[] bytes = JarFiles.read("content/messages/" + bundle + "." + lang + ".properties");
        if (bytes == null) return null;
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The compiled form of {@code messages} (key → value, in the order given). */
    static byte[] compile(Map<String, String> messages) {
        int n = messages.size();
        int s = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        int[] slot = new int[s];
        java.util.Arrays.fill(slot, -1);
        int[][] entry = new int[n][];
        int i = 0;
        for (Map.Entry<String, String> e : messages.entrySet()) {
            byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] v = e.getValue().getBytes(StandardCharsets.UTF_8);
            int h = e.getKey().hashCode();
            entry[i] = new int[] {h, text.size(), k.length, text.size() + k.length, v.length};
            text.writeBytes(k);
            text.writeBytes(v);
            int at = spread(h) & (s - 1);
            while (slot[at] != -1) at = (at + 1) & (s - 1);
            slot[at] = i++;
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(12 + 4 * s + 20 * n + text.size());
        out.putInt(MAGIC).putInt(n).putInt(s);
        for (int x : slot) out.putInt(x);
        for (int[] x : entry) for (int y : x) out.putInt(y);
        out.put(text.toByteArray());
        return out.array();
    }

    private static MessageTable fromMap(Map<String, String> messages) {
        return new MessageTable(compile(messages));
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The value of {@code key}, or null. */
    String get(String key) {
        int e = find(key);
        if (e < 0) return null;
        String v = values[e];
        if (v == null) {
            int at = entries + 20 * e;
            v = new String(data, text + intAt(at + 12), intAt(at + 16), StandardCharsets.UTF_8);
            values[e] = v;
        }
        return v;
    }

    boolean has(String key) {
        return find(key) >= 0;
    }

    /** Every key → value, in the order of the compiled file. */
    Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int e = 0; e < n; e++) {
            int at = entries + 20 * e;
            String key = new String(data, text + intAt(at + 4), intAt(at + 8), StandardCharsets.UTF_8);
            m.put(key, get(key));
        }
        return Collections.unmodifiableMap(m);
    }

    private int find(String key) {
        if (slots == 0) return -1;
        int h = key.hashCode();
        for (int at = spread(h) & (slots - 1); ; at = (at + 1) & (slots - 1)) {
            int e = intAt(12 + 4 * at);
            if (e < 0) return -1;
            int entry = entries + 20 * e;
            if (intAt(entry) == h && keyEquals(key, text + intAt(entry + 4), intAt(entry + 8))) return e;
        }
    }

    /** Whether the UTF-8 bytes at {@code off} spell {@code key}: byte by byte while the key is ASCII. */
    private boolean keyEquals(String key, int off, int len) {
        if (key.length() == len) {
            for (int i = 0; i < len; i++) {
                char c = key.charAt(i);
                if (c >= 0x80) return new String(data, off, len, StandardCharsets.UTF_8).equals(key);
                if (data[off + i] != (byte) c) return false;
            }
            return true;
        }
        return key.length() < len && new String(data, off, len, StandardCharsets.UTF_8).equals(key);
    }

    private int intAt(int o) {
        return (data[o] & 0xff) << 24 | (data[o + 1] & 0xff) << 16 | (data[o + 2] & 0xff) << 8 | (data[o + 3] & 0xff);
    }
}
