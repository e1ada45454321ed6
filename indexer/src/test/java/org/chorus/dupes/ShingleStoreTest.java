package org.chorus.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShingleStoreTest {

  @Test
  void jaccardOfSortedSets() {
    ShingleStore store = ShingleStore.of(new int[] {1, 2, 3, 4}, new int[] {2, 3, 4, 5, 6},
        new int[] {}, new int[] {});
    assertEquals(3.0 / 6, store.similarity(0, 1), 1e-12);
    assertEquals(0.0, store.similarity(0, 2), 1e-12);
    assertEquals(1.0, store.similarity(2, 3), 1e-12);
  }

  @Test
  void aSubsetExactlyAtTheThresholdIsKept() {
    // 14 of 25: Jaccard 0.56 exactly, where 0.56 * 25 rounds above 14.
    int[] big = java.util.stream.IntStream.range(0, 25).toArray();
    int[] small = java.util.stream.IntStream.range(0, 14).toArray();
    ShingleStore store = ShingleStore.of(small, big);
    assertTrue(store.similarity(0, 1) >= 0.56);
    assertEquals(store.similarity(0, 1), store.similarityAtLeast(0, 1, 0.56), 0.0);
  }

  @Test
  void boundedSimilarityIsExactAtOrAboveTheThresholdAndBelowItOtherwise() {
    Random random = new Random(7);
    int[][] sets = new int[300][];
    for (int g = 0; g < sets.length; g++) {
      // Small alphabets and sizes make every overlap from none to identical occur.
      int size = 1 + random.nextInt(14);
      sets[g] = IntStream.generate(() -> random.nextInt(24)).distinct().limit(size).sorted()
          .toArray();
    }
    ShingleStore store = ShingleStore.of(sets);
    int atOrAbove = 0;
    for (double threshold : new double[] {0.3, 0.5, 0.6, 0.75, 1.0}) {
      for (int g = 0; g < sets.length; g++) {
        for (int h = g + 1; h < sets.length; h++) {
          double exact = store.similarity(g, h);
          double bounded = store.similarityAtLeast(g, h, threshold);
          if (exact >= threshold) {
            assertEquals(exact, bounded, 0.0, "pair " + g + "," + h + " at " + threshold);
            atOrAbove++;
          } else {
            assertTrue(bounded < threshold, "pair " + g + "," + h + " at " + threshold);
          }
        }
      }
    }
    assertTrue(atOrAbove > 100, "too few similar pairs to test: " + atOrAbove);
  }

  @Test
  void verifyKeepsExactlyThePairsAtOrAboveTheThresholdInOrder() {
    Random random = new Random(11);
    int[][] sets = new int[120][];
    for (int g = 0; g < sets.length; g++) {
      int size = random.nextInt(10); // some empty, the last one too
      sets[g] = IntStream.generate(() -> random.nextInt(16)).distinct().limit(size).sorted()
          .toArray();
    }
    sets[sets.length - 1] = new int[0];
    ShingleStore store = ShingleStore.of(sets);
    LongList candidates = new LongList();
    for (int g = 0; g < sets.length; g++) {
      for (int h = g + 1; h < sets.length; h += 1 + random.nextInt(5)) {
        candidates.add(LongList.pair(g, h));
      }
    }
    assertTrue(candidates.size() % 32 != 0 && candidates.size() > 1000);
    double threshold = 0.5;
    ShingleStore.Similar similar = store.verify(candidates, threshold);
    int k = 0;
    for (int c = 0; c < candidates.size(); c++) {
      long p = candidates.get(c);
      double exact = store.similarity(LongList.first(p), LongList.second(p));
      if (exact >= threshold) {
        assertEquals(p, similar.pairs().get(k), "pair " + c);
        assertEquals((float) exact, similar.similarity()[k], 0f);
        k++;
      }
    }
    assertEquals(k, similar.pairs().size());
    assertTrue(k > 50, "too few similar pairs to test: " + k);
  }
}
