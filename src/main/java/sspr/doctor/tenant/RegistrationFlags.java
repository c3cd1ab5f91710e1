package sspr.doctor.tenant;

import sspr.doctor.audit.JsonBytes;

/**
 * The registration flags of each user (7 bits) by user id, for audit --tenant: one {@code long} a slot
 * of an open-addressing table, holding the id's 64-bit hash ({@link #hash}, case-folded)
 * with its low 8 bits replaced by the flags. A lookup reads one slot (one cache miss on a million
 * users) where {@link CompactIndex} reads a bucket start, a key and a value (three), and nothing is
 * sorted; 16 MB for a million users at the table's usual load. Two ids share their top 56 bits with
 * probability about n²/2⁵⁷ (7·10⁻⁶ for a million users); the last put of an id wins, as in a map.
 */
final class RegistrationFlags {
    static final int MISSING = -1;
    private static final long FLAGS = 0xFF;

    private long[] slots;
    private int size;
    private int shift;

    /** Room for {@code expected} ids before the table grows. */
    RegistrationFlags(int expected) {
        int capacity = 16;
        while (capacity < Integer.MAX_VALUE / 4 && capacity * 3L / 4 < expected) capacity <<= 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** {@code flags}: 0 to 127. */
    void put(String id, int flags) {
        if (flags < 0 || flags > 127) throw new IllegalArgumentException("flags");
        if (size + 1 > slots.length / 4 * 3) grow();
        insert(entry(hash(id), flags));
    }

    /** The flags of this id, or {@link #MISSING}. */
    int get(String id) {
        long h = hash(id);
        long key = h & ~FLAGS;
        int mask = slots.length - 1;
        for (int i = (int) (spread(h) >>> shift); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) return MISSING;
            if ((s & ~FLAGS) == key) return (int) (s & FLAGS) - 1;
        }
    }

    /**
     * The flags of {@code n} ids at once, into {@code out}: the hashes first, then the first slot of each
     * (independent loads, so the processor waits for their cache misses together rather than one after
     * another: on a million users each lookup is a miss), then the probes.
     */
    void getAll(String[] ids, int n, long[] hashes, int[] out) {
        int mask = slots.length - 1;
        for (int i = 0; i < n; i++) hashes[i] = ids[i] == null ? 0 : hash(ids[i]);
        long[] first = this.first;
        for (int i = 0; i < n; i++) first[i] = slots[(int) (spread(hashes[i]) >>> shift)];
        for (int i = 0; i < n; i++) {
            if (ids[i] == null) {
                out[i] = MISSING;
                continue;
            }
            long key = hashes[i] & ~FLAGS;
            long s = first[i];
            if (s == 0) {
                out[i] = MISSING;
            } else if ((s & ~FLAGS) == key) {
                out[i] = (int) (s & FLAGS) - 1;
            } else {
                int found = MISSING;
                for (int j = ((int) (spread(hashes[i]) >>> shift) + 1) & mask; ; j = (j + 1) & mask) {
                    long t = slots[j];
                    if (t == 0) break;
                    if ((t & ~FLAGS) == key) {
                        found = (int) (t & FLAGS) - 1;
                        break;
                    }
                }
                out[i] = found;
            }
        }
    }

    /** How many ids {@link #getAll} and {@link #putAll} take at once. */
    static final int BATCH = 32;
    private final long[] first = new long[BATCH];
    private final long[] pending = new long[BATCH];
    private int pendingCount;
    /** Keeps the touching loads of {@link #flush} from being optimized away. */
    private long touched;

    /** As {@link #put}, held until {@link #BATCH} are pending or {@link #flush}: their slots are loaded together first. */
    void putLater(String id, int flags) {
        if (flags < 0 || flags > 127) throw new IllegalArgumentException("flags");
        pending[pendingCount++] = entry(hash(id), flags);
        if (pendingCount == BATCH) flush();
    }

    /** Inserts what {@link #putLater} holds, in the order given (the last put of an id wins). */
    void flush() {
        while (size + pendingCount > slots.length / 4 * 3) grow();
        long t = 0;
        for (int i = 0; i < pendingCount; i++) t += slots[(int) (spread(pending[i]) >>> shift)];
        touched += t;
        for (int i = 0; i < pendingCount; i++) insert(pending[i]);
        pendingCount = 0;
    }

    int size() { return size; }

    /** The slot's content: the hash's top 56 bits and flags + 1 (never 0, which marks an empty slot). */
    private static long entry(long h, int flags) {
        return (h & ~FLAGS) | (flags + 1);
    }

    /** The hash is already mixed; its top bits (but for the flags' byte) choose the slot. */
    private static long spread(long h) {
        return h & ~FLAGS;
    }

    /**
     * The id, case-folded as {@code CompactIndex} folds it, four chars to a word, each word mixed in with
     * one multiplication (a chain of nine for a GUID, where a char-by-char FNV hash is a chain of 36),
     * then MurmurHash3's finalizer.
     */
    static long hash(String id) {
        long h = 0x9E3779B97F4A7C15L ^ id.length();
        long w = 0;
        int n = id.length();
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            } else {
                c = Character.toLowerCase(Character.toUpperCase(c));
            }
            w |= (long) c << (k << 4);
            if (++k == 4) {
                h = (h ^ w) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 29;
                w = 0;
                k = 0;
            }
        }
        h = (h ^ w) * 0xBF58476D1CE4E5B9L;
        return JsonBytes.avalanche(h);
    }

    private void insert(long entry) {
        long key = entry & ~FLAGS;
        int mask = slots.length - 1;
        for (int i = (int) (spread(entry) >>> shift); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) {
                slots[i] = entry;
                size++;
                return;
            }
            if ((s & ~FLAGS) == key) { // the same id again: the last put wins
                slots[i] = entry;
                return;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        allocate(old.length * 2);
        size = 0;
        for (long s : old) if (s != 0) insert(s);
    }
}
