package org.chorus.dupes;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Linear-time sorts of longs, 16 bits a pass, stable. Bucketing LSH band keys sorts every band
 * of every post and then the candidate pairs, so sorting is most of the near-duplicate pass;
 * with comparison sorts its cost grew faster than the number of posts.
 */
public final class RadixSort {
  private RadixSort() {}

  /**
   * Reorders {@code order} by {@code key(order[i])} as signed longs, keeping the current order
   * among equal keys, so sorting by a secondary key first and then by the primary one orders by
   * both. It replaces comparison sorts of indices, each comparison of which read two keys
   * through the indices: two cache misses, and a cost that grew faster than the posts.
   */
  public static void sortStable(int[] order, IntToLongFunction key) {
    int n = order.length;
    long[] k = new long[n], k2 = new long[n];
    int[] o = order, o2 = new int[n];
    for (int i = 0; i < n; i++) k[i] = key.applyAsLong(order[i]);
    int[] start = new int[1 << 16];
    for (int shift = 0; shift < 64; shift += 16) {
      // Keys often share their high digits (times, small counts): such passes would move nothing.
      if (startsOfDigits(k, n, shift, start) == n) continue;
      for (int i = 0; i < n; i++) {
        int at = start[digit(k[i], shift)]++;
        k2[at] = k[i];
        o2[at] = o[i];
      }
      long[] tk = k;
      k = k2;
      k2 = tk;
      int[] to = o;
      o = o2;
      o2 = to;
    }
    if (o != order) System.arraycopy(o, 0, order, 0, n);
  }

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
      startsOfDigits(from, n, shift, start);
      for (int i = 0; i < n; i++) {
        long v = from[i];
        to[start[digit(v, shift)]++] = v;
      }
      long[] t = from;
      from = to;
      to = t;
    }
  }

  /**
   * Sets {@code start[d]} to where the keys with digit d go in a pass at {@code shift}; returns
   * the most keys that share one digit (n: the pass would move nothing).
   */
  private static int startsOfDigits(long[] keys, int n, int shift, int[] start) {
    Arrays.fill(start, 0);
    for (int i = 0; i < n; i++) start[digit(keys[i], shift)]++;
    int sum = 0;
    int most = 0;
    for (int d = 0; d < start.length; d++) {
      int c = start[d];
      start[d] = sum;
      sum += c;
      most = Math.max(most, c);
    }
    return most;
  }

  /** The 16-bit digit of v at shift, its sign bit flipped in the top digit: negatives first. */
  private static int digit(long v, int shift) {
    return (((int) (v >>> shift)) & 0xFFFF) ^ (shift == 48 ? 0x8000 : 0);
  }
}
