package org.chorus.fingerprint;

/** Shingle sets as sorted arrays of distinct ints: the one merge that compares two of them. */
public final class SortedSets {
  private SortedSets() {}

  /** How many elements two sorted, distinct sets share. */
  public static int shared(int[] a, int[] b) {
    int i = 0, j = 0, common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /**
   * How many elements two sorted, distinct runs of one array share ({@code pool[i, iEnd)} and
   * {@code pool[j, jEnd)}), or any count below {@code needed} as soon as the elements left
   * cannot reach it: most pairs a near-duplicate search compares fail, and stop early.
   */
  public static int sharedAtLeast(int[] pool, int i, int iEnd, int j, int jEnd, int needed) {
    int common = 0;
    while (i < iEnd && j < jEnd) {
      int x = pool[i], y = pool[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else {
        if (x < y) i++; else j++;
        if (common + Math.min(iEnd - i, jEnd - j) < needed) return common;
      }
    }
    return common;
  }
}
