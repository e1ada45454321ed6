package org.chorus.dupes;

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

  ExactGroups(int[] groupOf, int[] start, int[] members) {
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
    // By set key, then time, then index: posts come in index order and each sort is stable.
    RadixSort.sortStable(order, i -> time[i]);
    RadixSort.sortStable(order, i -> key[i]);
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
