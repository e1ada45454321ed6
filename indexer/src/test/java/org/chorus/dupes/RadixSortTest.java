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

  @Test
  void sortStableOrdersIndicesByTwoKeysLikeAComparator() {
    Random r = new Random(13);
    for (int n : new int[] {0, 1, 3, 20_000}) {
      // Few distinct primary keys (ties), secondary keys that share their high bits like times,
      // and extremes, so skipped low and high passes, sign handling and stability are all
      // exercised.
      long[] primary = new long[n];
      long[] secondary = new long[n];
      for (int i = 0; i < n; i++) {
        primary[i] = i % 7 == 0 ? Long.MIN_VALUE + r.nextInt(3)
            : i % 11 == 0 ? Long.MAX_VALUE : r.nextInt(9) - 4;
        // A post without a time sorts first: Long.MIN_VALUE, whose low digits are all zero.
        secondary[i] = i % 13 == 0 ? Long.MIN_VALUE : 1_500_000_000_000L + r.nextInt(1000);
      }
      Integer[] expected = new Integer[n];
      for (int i = 0; i < n; i++) expected[i] = i;
      Arrays.sort(expected, (x, y) -> {
        int c = Long.compare(primary[x], primary[y]);
        if (c != 0) return c;
        c = Long.compare(secondary[x], secondary[y]);
        return c != 0 ? c : Integer.compare(x, y);
      });
      int[] order = new int[n];
      for (int i = 0; i < n; i++) order[i] = i;
      RadixSort.sortStable(order, i -> secondary[i]);
      RadixSort.sortStable(order, i -> primary[i]);
      assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), order);
    }
  }
}
