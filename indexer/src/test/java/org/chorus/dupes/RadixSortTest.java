package org.chorus.dupes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RadixSortTest {
  @Test
  void sortsLikeArraysSortIncludingNegativesAndExtremes() {
    Random r = new Random(7);
    for (int n : new int[] {0, 1, 2, 17, 10_000}) {
      long[] a = new long[n];
      for (int i = 0; i < n; i++) a[i] = i % 5 == 0 ? r.nextInt(10) - 5 : r.nextLong();
      if (n > 2) {
        a[0] = Long.MIN_VALUE;
        a[1] = Long.MAX_VALUE;
      }
      long[] expected = a.clone();
      Arrays.sort(expected);
      RadixSort.sort(a, n, new long[n]);
      assertArrayEquals(expected, a);
    }
  }

  @Test
  void byKeyOrdersBySignedKeyAndKeepsValueOrderAmongEqualKeys() {
    Random r = new Random(11);
    int n = 5_000;
    long[] a = new long[n + 3];
    for (int g = 0; g < n; g++) a[g] = ((long) (r.nextInt(64) - 32) << 32) | g; // values ascending
    long[] expected = Arrays.copyOf(a, n);
    Arrays.sort(expected);
    RadixSort.byKey(a, n, new long[n]);
    assertArrayEquals(expected, Arrays.copyOf(a, n));
  }
}
