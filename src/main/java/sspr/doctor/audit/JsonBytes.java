package sspr.doctor.audit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte-level helpers shared by the export scanners: eight bytes a step where JSON text is plain. */
public final class JsonBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private JsonBytes() {}

    /**
     * The index of the first byte in {@code b[p, end)} that a JSON string scanner must look at — a
     * quote, a backslash, a control character or a non-ASCII byte — or {@code end}. Eight bytes are
     * tested at once (SWAR): a flag can be wrong only above a right one, and the lowest is taken.
     */
    public static int plainRun(byte[] b, int p, int end) {
        while (p + 8 <= end) {
            long x = (long) LONGS.get(b, p);
            long special = ((x - 0x2020202020202020L) | x) // below 0x20 (a borrow sets the top bit), or 0x80 and above
                    | zero(x ^ 0x2222222222222222L) // '"'
                    | zero(x ^ 0x5C5C5C5C5C5C5C5CL); // '\\'
            special &= HIGHS;
            if (special != 0) return p + (Long.numberOfTrailingZeros(special) >>> 3);
            p += 8;
        }
        while (p < end) {
            byte c = b[p];
            if (c < 0x20 || c == '"' || c == '\\') return p; // c < 0: non-ASCII
            p++;
        }
        return end;
    }

    /** Whether {@code a[aFrom, aFrom + length)} and {@code b[bFrom, bFrom + length)} hold the same bytes; eight a step, for short runs (names, values). */
    public static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        if (length < 8) {
            for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return false;
            return true;
        }
        int i = 0;
        for (; i + 8 <= length; i += 8) if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) return false;
        // the last, partial word: the last eight bytes, overlapping the words compared
        return i == length || (long) LONGS.get(a, aFrom + length - 8) == (long) LONGS.get(b, bFrom + length - 8);
    }

    /** A hash of {@code b[start, start + length)}, eight bytes a step (for tables of repeated values, not for ids). */
    public static int hash(byte[] b, int start, int length) {
        long h = length * 0x9E3779B97F4A7C15L;
        int p = start;
        int end = start + length;
        for (; p + 8 <= end; p += 8) h = (h ^ (long) LONGS.get(b, p)) * 0xBF58476D1CE4E5B9L;
        for (; p < end; p++) h = (h ^ b[p]) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }

    /** The top bit of each byte of {@code y} that is zero (and maybe of bytes above one). */
    private static long zero(long y) {
        return (y - ONES) & ~y;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit reaches every output bit (for the open-addressing tables). */
    public static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
