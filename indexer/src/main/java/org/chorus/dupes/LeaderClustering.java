package org.chorus.dupes;

import java.util.Arrays;

/**
 * Forms clusters from verified similar pairs of groups without chaining: groups are taken in
 * order of their number of posts (then earliest first); an unassigned group becomes a leader and
 * takes every unassigned group verified at or above the threshold <em>to the leader itself</em>.
 * So every member is similar to its cluster's representative, never merely to some other member:
 * with A~B, B~C and A!~C, A and C do not end up together (unlike connected components or
 * single-link clustering, where a chain of small edits joins unrelated texts).
 */
final class LeaderClustering {
  /** Leader group of each group (itself for leaders). */
  final int[] leaderOf;
  /** Similarity of each group to its leader (1 for leaders). */
  final float[] similarity;

  private LeaderClustering(int[] leaderOf, float[] similarity) {
    this.leaderOf = leaderOf;
    this.similarity = similarity;
  }

  /**
   * @param edges verified pairs (g &lt; h), packed by {@link LongList#pair}
   * @param sims their similarities, parallel to {@code edges}
   */
  static LeaderClustering of(ExactGroups groups, long[] firstTime, LongList edges, float[] sims) {
    int count = groups.count();
    int[] degree = new int[count + 1];
    for (int k = 0; k < edges.size(); k++) {
      degree[LongList.first(edges.get(k))]++;
      degree[LongList.second(edges.get(k))]++;
    }
    int[] start = new int[count + 1];
    for (int g = 0; g < count; g++) start[g + 1] = start[g] + degree[g];
    int[] fill = Arrays.copyOf(start, count);
    int[] neighbour = new int[start[count]];
    float[] weight = new float[start[count]];
    for (int k = 0; k < edges.size(); k++) {
      int a = LongList.first(edges.get(k)), b = LongList.second(edges.get(k));
      neighbour[fill[a]] = b;
      weight[fill[a]++] = sims[k];
      neighbour[fill[b]] = a;
      weight[fill[b]++] = sims[k];
    }
    // Leaders first: most posts, then earliest, then lowest id (deterministic). Lone posts with
    // no similar group can never form a cluster and are left out of the ordering.
    int[] sorted = java.util.stream.IntStream.range(0, count)
        .filter(g -> groups.size(g) > 1 || start[g + 1] > start[g]).toArray();
    RadixSort.sortStable(sorted, g -> firstTime[g]);
    RadixSort.sortStable(sorted, g -> -groups.size(g));
    int[] leaderOf = new int[count];
    float[] similarity = new float[count];
    Arrays.fill(leaderOf, -1);
    for (int g : sorted) {
      if (leaderOf[g] >= 0) continue;
      leaderOf[g] = g;
      similarity[g] = 1f;
      for (int e = start[g]; e < start[g + 1]; e++) {
        int h = neighbour[e];
        if (leaderOf[h] < 0) {
          leaderOf[h] = g;
          similarity[h] = weight[e];
        }
      }
    }
    return new LeaderClustering(leaderOf, similarity);
  }
}
