package org.chorus.dupes;

/**
 * Linear-time sorts of longs, 16 bits a pass, stable. Bucketing LSH band keys sorts every band
 * of every post and then the candidate pairs, so sorting is most of the near-duplicate pass;
 * with comparison sorts its cost grew faster than the number of posts.
 */
final class RadixSort {
  private RadixSort() {}

  /**
   * Sorts (key, value) pairs packed as {@code key << 32 | value} by their key, the signed high
   * int, keeping the input order among equal keys: the order {@code Arrays.sort} gives when the
   * values come in ascending. {@code scratch} must hold n longs.
   */
  static void byKey(long[] a, int n, long[] scratch) {
    sort(a, n, scratch, 32);
  }

  /** Sorts {@code a[0, n)} as signed longs, like {@code Arrays.sort}. */
  static void sort(long[] a, int n, long[] scratch) {
    sort(a, n, scratch, 0);
  }

  // An even number of passes: the data ends where it started, in a.
  private static void sort(long[] a, int n, long[] scratch, int fromBit) {
    long[] from = a, to = scratch;
    int[] start = new int[1 << 16];
    for (int shift = fromBit; shift < 64; shift += 16) {
      int flip = shift == 48 ? 0x8000 : 0; // the sign bit: negative values first
      java.util.Arrays.fill(start, 0);
      for (int i = 0; i < n; i++) start[(((int) (from[i] >>> shift)) & 0xFFFF) ^ flip]++;
      int sum = 0;
      for (int d = 0; d < start.length; d++) {
        int c = start[d];
        start[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long v = from[i];
        to[start[(((int) (v >>> shift)) & 0xFFFF) ^ flip]++] = v;
      }
      long[] t = from;
      from = to;
      to = t;
    }
  }
}
