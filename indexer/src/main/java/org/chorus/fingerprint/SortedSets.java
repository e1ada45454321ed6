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
}
