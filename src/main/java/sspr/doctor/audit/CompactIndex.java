package sspr.doctor.audit;

import java.util.Locale;

/**
 * A read-only map from string keys to int values in 12 bytes per entry: keys are kept as 64-bit
 * hashes in a sorted {@code long[]} beside an {@code int[]}, found through a table of bucket starts. A million users
 * cost 12 MB instead of the ~130 MB of a {@code HashMap<String, Integer>}, which is what lets an
 * audit join a large users export under a 64 MB heap. Two keys share a hash with probability about
 * n²/2⁶⁵ (3·10⁻⁸ for a million users); keys are case-folded, as ids and user principal names are.
 */
public final class CompactIndex {
    public static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private boolean sealed;
    /**
     * After {@link #seal}: where each run of keys with the same top bits starts, so a lookup reads one
     * slot of this and a key or two instead of ~20 binary-search probes (each a cache miss on a million
     * keys). The hashes are uniform, so 2^bits ≈ size buckets hold about one key each; 4 bytes a key.
     */
    private int[] starts;
    private int bits;

    public CompactIndex(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
    }

    public void put(String key, int value) {
        if (sealed) throw new IllegalStateException("index is sealed");
        if (value < 0) throw new IllegalArgumentException("negative value");
        if (size == keys.length) {
            // grows when the capacity was an estimate (audit --tenant sizes it from the file, to read it once)
            int grown = Math.max(16, size + (size >> 1));
            keys = java.util.Arrays.copyOf(keys, grown);
            values = java.util.Arrays.copyOf(values, grown);
        }
        keys[size] = hash(key);
        values[size] = value;
        size++;
    }

    /** Sorts the entries; after this, {@link #get} works and {@link #put} does not. On equal keys the last put wins. */
    public CompactIndex seal() {
        bits = 1;
        while (bits < 30 && (2 << bits) <= size) bits++;
        int buckets = 1 << bits;
        // a counting sort by bucket (the hash's top bits, the keys' order), stable, then each bucket (a key
        // or two) by insertion, stable: the order of a stable sort by key in two passes instead of a merge
        // sort's twenty (that was 7% of audit --tenant on a million users)
        starts = new int[buckets + 1];
        for (int i = 0; i < size; i++) starts[bucket(keys[i]) + 1]++;
        for (int b = 0; b < buckets; b++) starts[b + 1] += starts[b];
        int[] next = java.util.Arrays.copyOf(starts, buckets);
        long[] sortedKeys = new long[size];
        int[] sortedValues = new int[size];
        for (int i = 0; i < size; i++) {
            int at = next[bucket(keys[i])]++;
            sortedKeys[at] = keys[i];
            sortedValues[at] = values[i];
        }
        keys = sortedKeys;
        values = sortedValues;
        for (int b = 0; b < buckets; b++) {
            for (int i = starts[b] + 1, end = starts[b + 1]; i < end; i++) {
                long k = keys[i];
                int v = values[i];
                int j = i - 1;
                for (; j >= starts[b] && keys[j] > k; j--) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                }
                keys[j + 1] = k;
                values[j + 1] = v;
            }
        }
        sealed = true;
        return this;
    }

    /** The bucket of a hash, in the keys' (signed) order: the top bits of the hash with its sign bit flipped. */
    private int bucket(long h) {
        return (int) ((h ^ Long.MIN_VALUE) >>> (64 - bits));
    }

    public int get(String key) {
        if (!sealed) throw new IllegalStateException("index is not sealed");
        long h = hash(key);
        int b = bucket(h);
        int found = MISSING;
        // keys of one bucket are sorted; the last of equal keys is the latest put
        for (int i = starts[b], end = starts[b + 1]; i < end; i++) {
            long k = keys[i];
            if (k == h) found = values[i];
            else if (k > h) break;
        }
        return found;
    }

    /** FNV-1a over the case-folded chars, then MurmurHash3's finalizer to spread the bits. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            } else {
                c = Character.toLowerCase(Character.toUpperCase(c));
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return JsonBytes.avalanche(h);
    }
}
