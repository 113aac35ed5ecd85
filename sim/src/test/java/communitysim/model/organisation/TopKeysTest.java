package communitysim.model.organisation;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TopKeysTest {
    /**
     * The kept ids are exactly the k best by value, ties going to the lower id, whatever the order
     * of arrival; values are drawn from a few levels so that ties are common.
     */
    @ParameterizedTest
    @CsvSource({"1000, 10, 5", "1000, 0, 5", "50, 80, 3", "5000, 700, 40", "5000, 700, 1", "1, 1, 1"})
    void keepsTheLargestWithTiesToTheLowerId(int n, int k, int levels) {
        MersenneTwisterFast random = new MersenneTwisterFast(n * 31L + k);
        float[] floats = new float[n];
        int[] ints = new int[n];
        for (int id = 0; id < n; id++) {
            floats[id] = random.nextInt(levels) / (float) levels;
            ints[id] = random.nextInt(levels);
        }
        Integer[] arrival = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = arrival[i];
            arrival[i] = arrival[j];
            arrival[j] = t;
        }
        TopKeys top = new TopKeys();
        top.reset(k);
        for (int id : arrival) top.offer(TopKeys.of(floats[id], id));
        assertArrayEquals(expected(n, k, Comparator.comparingDouble((Integer id) -> -floats[id])), kept(top));
        top.reset(k);
        for (int id : arrival) top.offer(TopKeys.of(ints[id], id));
        assertArrayEquals(expected(n, k, Comparator.comparingInt((Integer id) -> -ints[id])), kept(top));
    }

    private static int[] expected(int n, int k, Comparator<Integer> byValueDescending) {
        return IntStream.range(0, n).boxed().sorted(byValueDescending.thenComparingInt(id -> id))
                .limit(k).mapToInt(Integer::intValue).sorted().toArray();
    }

    private static int[] kept(TopKeys top) {
        int[] ids = new int[top.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = top.id(i);
        Arrays.sort(ids);
        return ids;
    }
}
