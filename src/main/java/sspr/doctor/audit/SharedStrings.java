package sspr.doctor.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One String for each short ASCII value that repeats over a million records (user types, method
 * names), found from its bytes without decoding them again. Holds a bounded number of values, so
 * values that never repeat (ids, names) cannot make it grow: once full, it decodes as usual.
 */
public final class SharedStrings {
    private static final int SLOTS = 512; // a power of two, twice the values kept
    private static final int KEPT = SLOTS / 2;
    private static final int LONGEST = 64;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];
    private int size;

    /** The string of ASCII bytes [start, start + length) of {@code bytes}. */
    public String get(byte[] bytes, int start, int length) {
        if (length > LONGEST) return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + bytes[start + i];
        h ^= h >>> 16;
        int slot = h & (SLOTS - 1);
        while (true) {
            byte[] key = keys[slot];
            if (key == null) break;
            if (key.length == length && Arrays.equals(key, 0, length, bytes, start, start + length)) return values[slot];
            slot = (slot + 1) & (SLOTS - 1);
        }
        String s = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        if (size < KEPT) {
            keys[slot] = Arrays.copyOfRange(bytes, start, start + length);
            values[slot] = s;
            size++;
        }
        return s;
    }
}
