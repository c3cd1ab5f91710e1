package sspr.doctor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompactIndexTest {
    @Test
    void findsEveryKeyItWasGivenAndNothingElse() {
        Random rnd = new Random(7);
        Map<String, Integer> expected = new HashMap<>();
        CompactIndex index = new CompactIndex(20_000);
        for (int i = 0; i < 20_000; i++) {
            String key = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
            int value = rnd.nextInt(1 << 20);
            expected.put(key, value);
            index.put(key, value);
        }
        index.seal();
        expected.forEach((k, v) -> assertThat(index.get(k)).as(k).isEqualTo(v));
        for (int i = 0; i < 1000; i++) assertThat(index.get("absent-" + i)).isEqualTo(CompactIndex.MISSING);
    }

    @Test
    void keysAreCaseFoldedAsUserPrincipalNamesAre() {
        CompactIndex index = new CompactIndex(2);
        index.put("Mei.Lin@Contoso.example", 5);
        index.put("ÖZIL@contoso.example", 6);
        index.seal();
        assertThat(index.get("mei.lin@contoso.EXAMPLE")).isEqualTo(5);
        assertThat(index.get("özil@CONTOSO.example")).isEqualTo(6);
    }

    @Test
    void theLastOfEqualKeysWinsLikeAMap() {
        CompactIndex index = new CompactIndex(5);
        index.put("a", 1);
        index.put("b", 2);
        index.put("A", 3);
        index.put("c", 4);
        index.put("a", 5);
        index.seal();
        assertThat(index.get("a")).isEqualTo(5);
        assertThat(index.get("b")).isEqualTo(2);
        assertThat(index.get("c")).isEqualTo(4);
    }

    @Test
    void emptyIndexFindsNothing() {
        assertThat(new CompactIndex(0).seal().get("x")).isEqualTo(CompactIndex.MISSING);
    }

    @Test
    void findsEveryKeyAtEverySizeWithRepeatsAcrossBucketEdges() {
        // sizes around powers of two change the bucket table's width; repeated keys must still give the last put
        Random rnd = new Random(11);
        for (int n : new int[] {1, 2, 3, 7, 8, 9, 255, 256, 257, 4097}) {
            Map<String, Integer> expected = new HashMap<>();
            CompactIndex index = new CompactIndex(1);
            for (int i = 0; i < n; i++) {
                String key = "user-" + rnd.nextInt(Math.max(1, n / 2));
                int value = rnd.nextInt(1000);
                expected.put(key, value);
                index.put(key, value);
            }
            index.seal();
            expected.forEach((k, v) -> assertThat(index.get(k)).as(n + " " + k).isEqualTo(v));
            assertThat(index.get("absent")).isEqualTo(CompactIndex.MISSING);
        }
    }
}
