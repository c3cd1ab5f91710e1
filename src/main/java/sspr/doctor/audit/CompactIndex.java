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
        mergeSort(size);
        bits = 1;
        while (bits < 30 && (2 << bits) <= size) bits++;
        starts = new int[(1 << bits) + 1];
        int k = 0;
        for (int b = 0; b < (1 << bits); b++) {
            while (k < size && bucket(keys[k]) < b) k++;
            starts[b] = k;
        }
        starts[1 << bits] = size;
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
    static long hash(String key) {
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
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Bottom-up merge sort of the parallel arrays; stable, so the last of equal keys stays last. */
    private void mergeSort(int to) {
        if (to < 2) return;
        long[] keyBuffer = new long[to];
        int[] valueBuffer = new int[to];
        for (int width = 1; width < to; width *= 2) {
            for (int left = 0; left < to; left += 2 * width) {
                int mid = Math.min(left + width, to);
                int right = Math.min(left + 2 * width, to);
                int i = left;
                int j = mid;
                int k = 0;
                while (i < mid && j < right) {
                    if (keys[j] < keys[i]) { keyBuffer[k] = keys[j]; valueBuffer[k++] = values[j++]; }
                    else { keyBuffer[k] = keys[i]; valueBuffer[k++] = values[i++]; }
                }
                while (i < mid) { keyBuffer[k] = keys[i]; valueBuffer[k++] = values[i++]; }
                while (j < right) { keyBuffer[k] = keys[j]; valueBuffer[k++] = values[j++]; }
                System.arraycopy(keyBuffer, 0, keys, left, k);
                System.arraycopy(valueBuffer, 0, values, left, k);
            }
        }
    }
}
