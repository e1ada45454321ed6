package org.chorus.dupes;

import java.util.Arrays;

/**
 * The pairs of exact-copy groups whose containment reaches the threshold, found exactly by
 * prefix filtering (Chaudhuri et al. 2006; Bayardo et al., "All-Pairs", 2007) over the stored
 * shingle sets, stop words' shingles set aside.
 *
 * <p>Containment of the shorter set A in B is |A &cap; B| / |A|. A pair counts when that is at
 * least t <em>and</em> the two share at least {@link #MIN_SHARED} shingles <em>and</em> their
 * Jaccard is at least {@link #MIN_JACCARD}: the last two are the guard against common phrases. A slogan or a hashtag chain of four words is wholly
 * contained in every post that quotes it; without the guard it would pull thousands of
 * unrelated posts into one cluster, and with Jaccard that could not happen since the rest of
 * the longer post counts against it; a chain of five or more words is held off by the Jaccard
 * floor (it is a small part of each post that quotes it). So A and B must share {@code o(A) = max(MIN_SHARED,
 * ceil(t|A|))} shingles. Order each set's shingles rarest first (by the number of groups that
 * hold them, then by value): if A shares o(A) shingles with B, one of A's first
 * {@code |A| - o(A) + 1} shingles (its prefix) is among them. So each group looks up only its
 * prefix's shingles in an inverted list of all groups, and only groups at least as large as
 * itself: no pair above the threshold is missed, and rare shingles keep the lists short.
 * Shingles held by more than {@link #MAX_LIST} groups are not walked (a text whose prefix is all
 * such shingles is made of the commonest words); the brute-force benchmark counts what that
 * misses.
 *
 * <p>Each group's candidates are verified at once by a merge of the two sorted sets, so no
 * candidate pair is stored.
 */
final class ContainmentPairs {
  /** Fewest shared shingles (stop words aside) for a containment pair. */
  static final int MIN_SHARED = 5;
  /**
   * Least Jaccard of a containment pair (stop words aside): a slogan or hashtag chain of five
   * or more words inside a long post is wholly contained in it but a small part of it. Measured
   * on the disguised-copies benchmark (docs/benchmarks.md): Chinese pair precision at
   * containment 0.7 rose from 0.36 to 0.96 with it, recall from 0.90 to 0.96.
   */
  static final double MIN_JACCARD = 0.3;
  /** Inverted lists longer than this are not walked. */
  static final int MAX_LIST = 1_000;

  private ContainmentPairs() {}

  /** Verified pairs (g &lt; h, packed, sorted) and their containment. */
  static ShingleStore.Similar find(ShingleStore sets, double threshold) {
    int n = sets.start.length - 1;
    // Inverted lists: (shingle, group) sorted by shingle, for groups that can pair at all.
    int total = 0;
    for (int g = 0; g < n; g++) if (sets.size(g) >= MIN_SHARED) total += sets.size(g);
    // Packed with the shingle's position in the pool, not its group: once sorted, each
    // position learns how many groups hold its shingle without a lookup.
    long[] postings = new long[total];
    int m = 0;
    for (int g = 0; g < n; g++) {
      if (sets.size(g) < MIN_SHARED) continue;
      for (int i = sets.start[g]; i < sets.start[g + 1]; i++) {
        postings[m++] = ((long) sets.pool[i] << 32) | i;
      }
    }
    RadixSort.byKey(postings, m, new long[m]);
    int[] groupAt = new int[sets.pool.length];
    for (int g = 0; g < n; g++) Arrays.fill(groupAt, sets.start[g], sets.start[g + 1], g);
    int[] listAt = new int[sets.pool.length]; // list number of each pool position
    int[] listStart = new int[m + 1];
    int[] listGroup = new int[m];
    short[] listSize = new short[m]; // beside the group: no random read of its bounds
    int count = 0;
    for (int k = 0; k < m; k++) {
      if (k == 0 || (int) (postings[k] >>> 32) != (int) (postings[k - 1] >>> 32)) {
        listStart[count++] = k;
      }
      int pos = (int) postings[k];
      listAt[pos] = count - 1;
      listGroup[k] = groupAt[pos];
      listSize[k] = (short) sets.size(listGroup[k]);
    }
    listStart[count] = m;
    postings = null;
    groupAt = null;

    // Two halves of the groups on two threads (each its own marks and output), then merged.
    int parts = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    Lists lists = new Lists(listAt, listStart, listGroup, listSize);
    java.util.List<java.util.concurrent.CompletableFuture<Part>> futures = new java.util.ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) n * p / parts), to = (int) ((long) n * (p + 1) / parts);
      futures.add(java.util.concurrent.CompletableFuture.supplyAsync(
          () -> part(sets, lists, threshold, from, to)));
    }
    LongList pairs = new LongList();
    float[] sim = new float[16];
    for (var f : futures) {
      Part part = f.join();
      if (sim.length < pairs.size() + part.pairs.size()) {
        sim = Arrays.copyOf(sim, pairs.size() + part.pairs.size() + 16);
      }
      for (int k = 0; k < part.pairs.size(); k++) {
        sim[pairs.size()] = part.sim[k];
        pairs.add(part.pairs.get(k));
      }
    }
    return sortedByPair(pairs, sim);
  }

  /**
   * The containment of the smaller of two sorted sets (stop words' shingles already removed)
   * in the other if they share at least {@link #MIN_SHARED} shingles and it reaches
   * {@code threshold}; else 0. What {@link #find} accepts, for one pair.
   */
  static double containment(int[] a, int[] b, double threshold) {
    int smaller = Math.min(a.length, b.length);
    if (smaller < MIN_SHARED) return 0;
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
    int overlap = Math.max(MIN_SHARED, (int) Math.ceil(threshold * smaller - 1e-9));
    if (common < MIN_JACCARD * (a.length + b.length - common)) return 0;
    return common >= overlap ? common / (double) smaller : 0;
  }

  private record Lists(int[] at, int[] start, int[] group, short[] size) {}

  private record Part(LongList pairs, float[] sim) {}

  /** The verified pairs whose shorter (or, of equal sizes, lower) group is in [from, to). */
  private static Part part(ShingleStore sets, Lists lists, double threshold, int from, int to) {
    int[] listAt = lists.at, listStart = lists.start, listGroup = lists.group;
    short[] listSize = lists.size;
    LongList pairs = new LongList();
    float[] sim = new float[1024];
    int[] stamp = new int[sets.start.length - 1];
    Arrays.fill(stamp, -1);
    int[] candidates = new int[64];
    long[] byRarity = new long[64];
    for (int a = from; a < to; a++) {
      int size = sets.size(a);
      if (size < MIN_SHARED) continue;
      int overlap = Math.max(MIN_SHARED, (int) Math.ceil(threshold * size - 1e-9));
      int prefix = size - overlap + 1;
      // Jaccard is at most size / |B|: a set over size / MIN_JACCARD cannot pair.
      int largest = (int) Math.floor(size / MIN_JACCARD + 1e-9);
      if (byRarity.length < size) byRarity = new long[size * 2];
      for (int i = 0; i < size; i++) {
        int at = listAt[sets.start[a] + i];
        byRarity[i] = ((long) (listStart[at + 1] - listStart[at]) << 32) | at;
      }
      Arrays.sort(byRarity, 0, size);
      int c = 0;
      for (int p = 0; p < prefix; p++) {
        if ((int) (byRarity[p] >>> 32) > MAX_LIST) break;
        int at = (int) byRarity[p];
        for (int k = listStart[at]; k < listStart[at + 1]; k++) {
          int sb = listSize[k];
          int b = listGroup[k];
          if (sb < size || sb > largest || (sb == size && b <= a) || stamp[b] == a) continue;
          stamp[b] = a;
          if (c == candidates.length) candidates = Arrays.copyOf(candidates, c * 2);
          candidates[c++] = b;
        }
      }
      for (int k = 0; k < c; k++) {
        int b = candidates[k];
        int common = sets.common(a, b);
        if (common < overlap) continue;
        if (common < MIN_JACCARD * (size + sets.size(b) - common)) continue;
        if (pairs.size() == sim.length) sim = Arrays.copyOf(sim, sim.length * 2);
        sim[pairs.size()] = (float) (common / (double) size);
        pairs.add(LongList.pair(Math.min(a, b), Math.max(a, b)));
      }
    }
    return new Part(pairs, sim);
  }

  private static ShingleStore.Similar sortedByPair(LongList pairs, float[] sim) {
    int n = pairs.size();
    int[] order = new int[n];
    for (int k = 0; k < n; k++) order[k] = k;
    RadixSort.sortStable(order, pairs::get);
    LongList out = new LongList();
    float[] s = new float[Math.max(16, n)];
    for (int k = 0; k < n; k++) {
      s[k] = sim[order[k]];
      out.add(pairs.get(order[k]));
    }
    return new ShingleStore.Similar(out, s);
  }
}
