package sspr.doctor.audit;

import java.util.Locale;

/**
 * A read-only map from string keys to int values in 12 bytes per entry: keys are kept as 64-bit
 * hashes in a sorted {@code long[]} beside an {@code int[]}, found by binary search. A million users
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
        sealed = true;
        return this;
    }

    public int get(String key) {
        if (!sealed) throw new IllegalStateException("index is not sealed");
        long h = hash(key);
        int lo = 0;
        int hi = size - 1;
        int found = MISSING;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = keys[mid];
            if (k < h) lo = mid + 1;
            else if (k > h) hi = mid - 1;
            else {
                found = values[mid];
                lo = mid + 1; // keep looking right: the last of equal keys is the latest put
            }
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
