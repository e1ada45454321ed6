package org.chorus.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The prefix and positional filters against exact all-pairs containment. */
class ContainmentPairsTest {
  @Test
  void findsExactlyThePairsBruteForceFinds() {
    for (long seed = 1; seed <= 4; seed++) {
      int[][] sets = copiesAndNoise(new Random(seed), 700);
      ShingleStore store = ShingleStore.of(sets);
      for (double t : new double[] {0.5, 0.7, 0.9}) {
        TreeMap<Long, Float> expected = new TreeMap<>();
        for (int a = 0; a < sets.length; a++) {
          for (int b = a + 1; b < sets.length; b++) {
            double c = ContainmentPairs.containment(sets[a], sets[b], t);
            if (c > 0) expected.put(LongList.pair(a, b), (float) c);
          }
        }
        ShingleStore.Similar found = ContainmentPairs.find(store, t);
        TreeMap<Long, Float> actual = new TreeMap<>();
        for (int k = 0; k < found.pairs().size(); k++) {
          actual.put(found.pairs().get(k), found.similarity()[k]);
        }
        assertTrue(expected.size() > 50, "the data must hold pairs to find: " + expected.size());
        TreeMap<Long, Float> missed = new TreeMap<>(expected);
        missed.keySet().removeAll(actual.keySet());
        TreeMap<Long, Float> extra = new TreeMap<>(actual);
        extra.keySet().removeAll(expected.keySet());
        String at = "seed " + seed + ", threshold " + t + ": ";
        assertEquals(0, missed.size(), at + "missed " + missed.size() + " of " + expected.size());
        assertEquals(0, extra.size(), at + "found " + extra.size() + " not above the threshold");
        assertEquals(expected, actual, at + "same containment for every pair");
        for (int k = 1; k < found.pairs().size(); k++) {
          assertTrue(found.pairs().get(k - 1) < found.pairs().get(k), "pairs come sorted");
        }
      }
    }
  }

  /**
   * Sets of 3 to 40 shingles drawn from a skewed vocabulary (a few shingles in many sets, most
   * in few), a third of them edited copies of an earlier one: words dropped, added, wrapped.
   */
  private static int[][] copiesAndNoise(Random random, int n) {
    int[][] sets = new int[n][];
    for (int g = 0; g < n; g++) {
      int[] s;
      if (g > 10 && random.nextInt(3) == 0) {
        int[] source = sets[random.nextInt(g)];
        int keep = Math.max(1, source.length - random.nextInt(Math.max(1, source.length / 3) + 1));
        int extra = random.nextInt(source.length + 1);
        s = new int[keep + extra];
        int[] shuffled = source.clone();
        for (int i = shuffled.length - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int x = shuffled[i];
          shuffled[i] = shuffled[j];
          shuffled[j] = x;
        }
        System.arraycopy(shuffled, 0, s, 0, keep);
        for (int i = keep; i < s.length; i++) s[i] = word(random);
      } else {
        s = new int[3 + random.nextInt(38)];
        for (int i = 0; i < s.length; i++) s[i] = word(random);
      }
      sets[g] = Arrays.stream(s).distinct().sorted().toArray();
    }
    return sets;
  }

  /** Zipf-like: word k drawn with probability about 1 / k. */
  private static int word(Random random) {
    return (int) Math.floor(Math.exp(random.nextDouble() * Math.log(20_000))) * 7919 - 40_000;
  }
}
