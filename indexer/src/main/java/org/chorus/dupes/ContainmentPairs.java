package org.chorus.dupes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chorus.fingerprint.SortedSets;

/**
 * The pairs of exact-copy groups whose containment reaches the threshold, found exactly by
 * prefix filtering with the positional filter of PPJoin (Chaudhuri et al. 2006; Bayardo et al.,
 * "All-Pairs", 2007; Xiao et al., "Efficient similarity joins for near duplicate detection",
 * 2008) over the stored shingle sets, stop words' shingles set aside.
 *
 * <p>Containment of the smaller set A in B is |A &cap; B| / |A|. A pair counts when that is at
 * least t <em>and</em> the two share at least {@link #MIN_SHARED} shingles <em>and</em> their
 * Jaccard is at least {@link #MIN_JACCARD}: the last two are the guard against common phrases.
 * A slogan or a hashtag chain of four words is wholly contained in every post that quotes it;
 * without the guard it would pull thousands of unrelated posts into one cluster (with Jaccard
 * that could not happen, since the rest of the longer post counts against it); a chain of five
 * or more words is held off by the Jaccard floor (it is a small part of each post that quotes
 * it).
 *
 * <p>Each set is rewritten as ranks in one global order, rarest shingle first, so a set sorted by
 * rank is both in rarity order and ready to merge. A pair must share {@code o = max(MIN_SHARED,
 * ceil(t|A|))} shingles, so the first two of them are among A's first {@code |A| - o + 2} (its
 * probe prefix; {@link #SHARED_IN_PREFIXES}); and since the Jaccard floor needs
 * {@code |A &cap; B| >= MIN_JACCARD |B|} however small A is, they are also among B's first
 * {@code |B| - max(MIN_SHARED, ceil(MIN_JACCARD |B|)) + 2} shingles (its index prefix), the only
 * ones that go into the inverted lists. A candidate met only once in the prefixes is dropped.
 * Each list holds its groups by size, so A walks only the groups from its own size to
 * {@code |A| / MIN_JACCARD}; where A and B first share a shingle bounds what they can share
 * after it (the positional filter), which rejects many before their marks are touched. No
 * pair above the threshold is missed, except through shingles whose walk would exceed
 * {@link #MAX_LIST} groups (a prefix of the commonest words); the brute-force benchmark counts
 * what that misses.
 *
 * <p>Each group's candidates are verified at once by a merge of the two ranked sets, so no
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
  /**
   * Stretches of a list longer than this are not walked (a guard against a prefix of the
   * commonest words in a huge index). On the 2M IRA index a cap of 5,000 verifies the same
   * pairs as none, where the earlier cap of 1,000 lost 0.5% of them (6,061 of 1,191,975).
   */
  static final int MAX_LIST = 10_000;

  private ContainmentPairs() {}

  /** Verified pairs (g &lt; h, packed, sorted) and their containment. */
  static ShingleStore.Similar find(ShingleStore sets, double threshold) {
    Ranked ranked = Ranked.of(sets);
    Lists lists = Lists.of(ranked);
    int n = ranked.groups();
    // Blocks of groups dealt to the threads in turn, so no thread is left with the costly
    // families alone; each has its own marks and output, and the pairs are sorted at the end.
    // (Its own pool: the common pool has one worker on two cores.)
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    int blocks = Math.max(1, (n + BLOCK - 1) / BLOCK);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "containment-pairs");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Part>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int first = w;
        futures.add(pool.submit(() -> {
          Probe probe = new Probe(ranked, lists, threshold);
          for (int block = first; block < blocks; block += threads) {
            probe.groups(block * BLOCK, Math.min(n, (block + 1) * BLOCK));
          }
          return probe.result();
        }));
      }
      LongList pairs = new LongList();
      float[] sim = new float[16];
      for (Future<Part> f : futures) {
        Part part = f.get();
        if (sim.length < pairs.size() + part.pairs.size()) {
          sim = Arrays.copyOf(sim, pairs.size() + part.pairs.size() + 16);
        }
        for (int k = 0; k < part.pairs.size(); k++) {
          sim[pairs.size()] = part.sim[k];
          pairs.add(part.pairs.get(k));
        }
      }
      return sortedByPair(pairs, sim);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pairing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The containment of the smaller of two sorted sets (stop words' shingles already removed)
   * in the other if they share at least {@link #MIN_SHARED} shingles, their Jaccard is at least
   * {@link #MIN_JACCARD} and the containment reaches {@code threshold}; else 0. What
   * {@link #find} accepts, for one pair.
   */
  static double containment(int[] a, int[] b, double threshold) {
    int smaller = Math.min(a.length, b.length);
    if (smaller < MIN_SHARED) return 0;
    int common = SortedSets.shared(a, b);
    int overlap = Math.max(MIN_SHARED, (int) Math.ceil(threshold * smaller - 1e-9));
    if (common < MIN_JACCARD * (a.length + b.length - common)) return 0;
    return common >= overlap ? common / (double) smaller : 0;
  }

  /**
   * Shared shingles a pair must show within both prefixes (prefixes one shingle longer than
   * plain prefix filtering needs, for each one more): with two, a group sharing one rare
   * shingle and nothing else, most candidates, is dropped without a merge (Wang, Li and Feng,
   * "Can we beat the prefix filtering?", SIGMOD 2012).
   */
  static final int SHARED_IN_PREFIXES = 2;

  /** Groups probed per block of work. */
  private static final int BLOCK = 4096;

  /** Fewest shingles a pair needs when the larger of its sets has {@code size}. */
  private static int leastSharedWithLarger(int size) {
    return Math.max(MIN_SHARED, (int) Math.ceil(MIN_JACCARD * size - 1e-9));
  }

  /**
   * Fewest shingles sets of {@code size} and {@code larger} must share: the threshold's
   * {@code overlap}, and the Jaccard floor's {@code J (|A| + |B|) / (1 + J)}.
   */
  private static int needed(int overlap, int size, int larger) {
    return Math.max(overlap,
        (int) Math.ceil(MIN_JACCARD * (size + larger) / (1 + MIN_JACCARD) - 1e-9));
  }

  /** Fewest shingles a pair needs when the smaller of its sets has {@code size}. */
  private static int leastShared(int size, double threshold) {
    return Math.max(MIN_SHARED, (int) Math.ceil(threshold * size - 1e-9));
  }

  /**
   * Every group's shingles as global ranks (rarest first; ties by value), each set sorted, in
   * the same layout as the store. Only groups of at least {@link #MIN_SHARED} shingles take part.
   */
  private record Ranked(int[] start, int[] pool, int ranks) {
    int groups() {
      return start.length - 1;
    }

    int size(int g) {
      return start[g + 1] - start[g];
    }

    static Ranked of(ShingleStore sets) {
      int n = sets.start.length - 1;
      int total = 0;
      for (int g = 0; g < n; g++) if (sets.size(g) >= MIN_SHARED) total += sets.size(g);
      // (value, pool position), sorted: each run is one shingle, its length the groups
      // holding it (a set holds a shingle once).
      long[] byValue = new long[total];
      int m = 0;
      for (int g = 0; g < n; g++) {
        if (sets.size(g) < MIN_SHARED) continue;
        for (int i = sets.start[g]; i < sets.start[g + 1]; i++) {
          byValue[m++] = ((long) sets.pool[i] << 32) | i;
        }
      }
      RadixSort.byKey(byValue, m, new long[m]);
      int distinct = 0;
      for (int k = 0; k < m; k++) {
        if (k == 0 || (int) (byValue[k] >>> 32) != (int) (byValue[k - 1] >>> 32)) distinct++;
      }
      long[] byFrequency = new long[distinct]; // (groups holding it, distinct number)
      int d = -1;
      for (int k = 0; k < m; k++) {
        if (k == 0 || (int) (byValue[k] >>> 32) != (int) (byValue[k - 1] >>> 32)) {
          byFrequency[++d] = d;
        }
        byFrequency[d] += 1L << 32;
      }
      RadixSort.byKey(byFrequency, distinct, new long[distinct]);
      int[] rankOf = new int[distinct];
      for (int r = 0; r < distinct; r++) rankOf[(int) byFrequency[r]] = r;
      int[] rankAt = new int[sets.pool.length];
      d = -1;
      for (int k = 0; k < m; k++) {
        if (k == 0 || (int) (byValue[k] >>> 32) != (int) (byValue[k - 1] >>> 32)) d++;
        rankAt[(int) byValue[k]] = rankOf[d];
      }
      int[] start = new int[n + 1];
      int[] pool = new int[total];
      int used = 0;
      for (int g = 0; g < n; g++) {
        start[g] = used;
        if (sets.size(g) < MIN_SHARED) continue;
        for (int i = sets.start[g]; i < sets.start[g + 1]; i++) pool[used++] = rankAt[i];
        Arrays.sort(pool, start[g], used);
      }
      start[n] = used;
      return new Ranked(start, pool, distinct);
    }
  }

  /**
   * Inverted lists of the index prefixes: list r holds the groups whose index prefix has rank r,
   * ordered by (size, group), each entry packed as {@code size << 32 | group} with the rank's
   * position in that group's set beside it.
   */
  private record Lists(int[] start, long[] sizeAndGroup, int[] position) {
    static Lists of(Ranked sets) {
      int n = sets.groups();
      int ranks = sets.ranks();
      // Groups by size (a counting sort, stable: ids ascending within a size).
      int maxSize = 0;
      for (int g = 0; g < n; g++) maxSize = Math.max(maxSize, sets.size(g));
      int[] bySize = new int[maxSize + 2];
      for (int g = 0; g < n; g++) bySize[sets.size(g) + 1]++;
      for (int s = 0; s <= maxSize; s++) bySize[s + 1] += bySize[s];
      int[] order = new int[n];
      for (int g = 0; g < n; g++) order[bySize[sets.size(g)]++] = g;

      int[] start = new int[ranks + 1];
      for (int g = 0; g < n; g++) {
        int size = sets.size(g);
        if (size < MIN_SHARED) continue;
        int prefix = size - leastSharedWithLarger(size) + SHARED_IN_PREFIXES;
        for (int i = 0; i < prefix; i++) start[sets.pool[sets.start[g] + i] + 1]++;
      }
      for (int r = 0; r < ranks; r++) start[r + 1] += start[r];
      long[] sizeAndGroup = new long[start[ranks]];
      int[] position = new int[start[ranks]];
      int[] next = Arrays.copyOf(start, ranks);
      for (int g : order) {
        int size = sets.size(g);
        if (size < MIN_SHARED) continue;
        int prefix = size - leastSharedWithLarger(size) + SHARED_IN_PREFIXES;
        for (int i = 0; i < prefix; i++) {
          int k = next[sets.pool[sets.start[g] + i]]++;
          sizeAndGroup[k] = ((long) size << 32) | g;
          position[k] = i;
        }
      }
      return new Lists(start, sizeAndGroup, position);
    }

    /** First entry of list r after (size, group) in list order. */
    int after(int r, int size, int group) {
      long key = ((long) size << 32) | group;
      int lo = start[r], hi = start[r + 1];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sizeAndGroup[mid] <= key) lo = mid + 1; else hi = mid;
      }
      return lo;
    }

    /** First entry of list r whose group's size is larger than {@code size}. */
    int beyond(int r, int size) {
      return after(r, size, Integer.MAX_VALUE);
    }
  }

  private record Part(LongList pairs, float[] sim) {}

  /** One thread's probing: its marks, candidates and verified pairs. */
  private static final class Probe {
    private final Ranked sets;
    private final Lists lists;
    private final double threshold;
    private final int[] stamp;
    /** Shared shingles met in the prefixes, per group stamped. */
    private final int[] hits;
    private int[] candidates = new int[64];
    /** Positions of a candidate's first shared shingle in A and in B, packed. */
    private long[] firstShared = new long[64];
    private final LongList pairs = new LongList();
    private float[] sim = new float[1024];

    Probe(Ranked sets, Lists lists, double threshold) {
      this.sets = sets;
      this.lists = lists;
      this.threshold = threshold;
      this.stamp = new int[sets.groups()];
      Arrays.fill(stamp, -1);
      this.hits = new int[sets.groups()];
    }

    /** Pairs whose smaller (or, of equal sizes, lower) group is in [from, to). */
    void groups(int from, int to) {
      int[] pool = sets.pool;
      for (int a = from; a < to; a++) {
        int size = sets.size(a);
        if (size < MIN_SHARED) continue;
        int overlap = leastShared(size, threshold);
        int prefix = size - overlap + SHARED_IN_PREFIXES;
        // Jaccard is at most size / |B|: a set over size / MIN_JACCARD cannot pair.
        int largest = (int) Math.floor(size / MIN_JACCARD + 1e-9);
        int base = sets.start[a];
        int c = 0;
        // Once a list is skipped, a group met later may share an earlier shingle unseen: the
        // positional bound and the merge's starting point no longer hold for it.
        boolean skipped = false;
        for (int p = 0; p < prefix; p++) {
          int r = pool[base + p];
          int from2 = lists.after(r, size, a);
          int to2 = lists.beyond(r, largest);
          if (to2 - from2 > MAX_LIST) {
            skipped = true;
            continue;
          }
          for (int k = from2; k < to2; k++) {
            int sb = (int) (lists.sizeAndGroup[k] >>> 32);
            int needed = needed(overlap, size, sb);
            int after = Math.min(size - p - 1, sb - lists.position[k] - 1);
            // Neither the first nor the second shingle of a pair: the two that count are met
            // anyway, and the group's marks are not touched (most of the walk ends here).
            if (!skipped && SHARED_IN_PREFIXES + after < needed) continue;
            int b = (int) lists.sizeAndGroup[k];
            if (stamp[b] == a) {
              hits[b]++;
              continue;
            }
            stamp[b] = a; // seen first here: later shared shingles cannot raise the bound
            hits[b] = 1;
            if (!skipped && 1 + after < needed) {
              hits[b] = Integer.MIN_VALUE;
              continue;
            }
            if (c == candidates.length) {
              candidates = Arrays.copyOf(candidates, c * 2);
              firstShared = Arrays.copyOf(firstShared, c * 2);
            }
            candidates[c] = b;
            firstShared[c++] = skipped ? -1 : ((long) p << 32) | lists.position[k];
          }
        }
        for (int k = 0; k < c; k++) {
          int b = candidates[k];
          // A pair shares its first two shingles within both prefixes; a list skipped may
          // have hidden one of them.
          if (hits[b] < (skipped ? 1 : SHARED_IN_PREFIXES)) continue;
          int sb = sets.size(b);
          int needed = needed(overlap, size, sb);
          int common;
          if (firstShared[k] < 0) {
            common = SortedSets.sharedAtLeast(pool, base, base + size, sets.start[b],
                sets.start[b + 1], needed);
          } else { // nothing before the first shared shingle is shared: merge after it
            int p = (int) (firstShared[k] >>> 32), q = (int) firstShared[k];
            common = 1 + SortedSets.sharedAtLeast(pool, base + p + 1, base + size,
                sets.start[b] + q + 1, sets.start[b + 1], needed - 1);
          }
          if (common < needed) continue;
          if (common < MIN_JACCARD * (size + sb - common)) continue;
          if (pairs.size() == sim.length) sim = Arrays.copyOf(sim, sim.length * 2);
          sim[pairs.size()] = (float) (common / (double) size);
          pairs.add(LongList.pair(Math.min(a, b), Math.max(a, b)));
        }
      }
    }

    Part result() {
      return new Part(pairs, sim);
    }
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
