package org.chorus.dupes;

import org.apache.lucene.util.IntroSorter;

/**
 * Posts grouped by identical shingle sets (exact copies after normalisation), found by sorting
 * set keys: a text posted 5,000 times is one group, not 12.5 million pairs. Members of a group
 * are in time order; the first is the group's representative.
 */
final class ExactGroups {
  /** Group of each post (index into the columns). */
  final int[] groupOf;
  /** Posts of group g are {@code members[start[g] .. start[g+1])}, earliest first. */
  final int[] start;
  final int[] members;

  private ExactGroups(int[] groupOf, int[] start, int[] members) {
    this.groupOf = groupOf;
    this.start = start;
    this.members = members;
  }

  int count() {
    return start.length - 1;
  }

  int size(int group) {
    return start[group + 1] - start[group];
  }

  int representative(int group) {
    return members[start[group]];
  }

  static ExactGroups of(PostColumns cols) {
    int n = cols.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    long[] key = cols.setKey;
    long[] time = cols.time;
    new IntroSorter() {
      private int pivot;

      @Override
      protected void swap(int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }

      @Override
      protected void setPivot(int i) {
        pivot = order[i];
      }

      @Override
      protected int comparePivot(int j) {
        return compare2(pivot, order[j]);
      }

      @Override
      protected int compare(int i, int j) {
        return compare2(order[i], order[j]);
      }

      private int compare2(int a, int b) {
        int c = Long.compare(key[a], key[b]);
        if (c != 0) return c;
        c = Long.compare(time[a], time[b]);
        return c != 0 ? c : Integer.compare(a, b);
      }
    }.sort(0, n);
    int[] groupOf = new int[n];
    int[] start = new int[n + 1];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || key[order[i]] != key[order[i - 1]]) start[groups++] = i;
      groupOf[order[i]] = groups - 1;
    }
    start[groups] = n;
    return new ExactGroups(groupOf, java.util.Arrays.copyOf(start, groups + 1), order);
  }
}
