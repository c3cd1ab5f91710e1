package sspr.doctor.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random trees of maps, lists and scalars, with text of every awkward kind: for comparing JSON writers. */
final class RandomTrees {
    private RandomTrees() {}

    static Object tree(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 8 : 11);
        switch (kind) {
            case 0: return null;
            case 1: return r.nextBoolean();
            case 2: return r.nextInt();
            case 3: return r.nextLong();
            case 4: return new double[] {r.nextDouble() * 1e6, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, 1e-9, 12.0}[r.nextInt(7)];
            case 5: return java.math.BigDecimal.valueOf(r.nextInt(1000), 2);
            case 6:
            case 7: return text(r);
            case 8:
            case 9: {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) m.put(text(r), tree(r, depth + 1));
                return m;
            }
            default: {
                List<Object> l = new ArrayList<>();
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) l.add(tree(r, depth + 1));
                return l;
            }
        }
    }

    /** Up to 11 characters: C0 controls, DEL and C1 controls, bidi and other format characters, anything, ASCII. */
    static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(6);
            b.append((char) (pick == 0 ? r.nextInt(0x20) : pick == 1 ? 0x7F + r.nextInt(0x30) : pick == 2 ? 0x2020 + r.nextInt(0x60)
                    : pick == 3 ? r.nextInt(0x10000) : 0x20 + r.nextInt(0x5F)));
        }
        return b.toString();
    }
}
