package org.chorus.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Scores observed edges against a {@link NullModel}. The statistic of an edge is the number
 * of shared items on which its two accounts posted within the window of each other. It is
 * counted on the real times, then on {@code runs} circular shifts of every account's times;
 * only the observed pairs are counted (each run is a pass over their shared items, not a new
 * network). Unlike the edge weight, it does not depend on how third accounts cut an item into
 * bursts, so the real and shifted counts are comparable.
 */
final class EdgeSignificance {
  /** The least sd a z-score divides by: one co-occurrence. Shifts often give identical counts
   * (often all zero), and a zero sd would make one extra co-occurrence infinitely significant. */
  static final double SD_FLOOR = 1.0;

  private final SharedItems items;
  private final long span;
  private final int accounts;
  // Each (edge, shared item): the edge and the runs [from, to) of its two accounts' entries.
  private static final int TUPLE = 5;
  private int[] tuples = new int[TUPLE * 1024];
  private int tuplesSize;

  /**
   * @param span seconds from the dataset's first to its last post, plus one: the circle shifts
   *     turn around
   * @param accounts how many accounts the entries number
   */
  private EdgeSignificance(SharedItems items, long span, int accounts) {
    this.items = items;
    this.span = Math.max(1, span);
    this.accounts = accounts;
  }

  /**
   * Scores of the edges {@code source[e]}–{@code target[e]} (account numbers) for one window.
   */
  static Network.Significance[] score(SharedItems items, long spanSeconds, int accounts,
      int[] source, int[] target, long windowSeconds, NullModel model) {
    EdgeSignificance s = new EdgeSignificance(items, spanSeconds, accounts);
    s.collect(source, target);
    return s.run(source.length, windowSeconds, model);
  }

  /** Finds each edge's shared items: pairs of edge accounts within each item. */
  private void collect(int[] source, int[] target) {
    PairIndex edges = new PairIndex(source.length);
    boolean[] inEdge = new boolean[accounts];
    for (int e = 0; e < source.length; e++) {
      edges.put(source[e], target[e], e);
      inEdge[source[e]] = true;
      inEdge[target[e]] = true;
    }
    int[] runStart = new int[16];
    for (int item = 0; item < items.items(); item++) {
      int runs = 0;
      int to = items.to(item);
      for (int k = items.from(item); k < to; k++) {
        int acc = SharedItems.account(items.entry(k));
        if (!inEdge[acc]) continue;
        if (runs > 0 && SharedItems.account(items.entry(runStart[runs - 1])) == acc) continue;
        if (runs == runStart.length) runStart = Arrays.copyOf(runStart, runs * 2);
        runStart[runs++] = k;
      }
      for (int x = 0; x < runs; x++) {
        int ax = SharedItems.account(items.entry(runStart[x]));
        for (int y = x + 1; y < runs; y++) {
          int e = edges.get(ax, SharedItems.account(items.entry(runStart[y])));
          if (e >= 0) {
            add(e, runStart[x], runEnd(runStart[x], to), runStart[y], runEnd(runStart[y], to));
          }
        }
      }
    }
  }

  /** The end of the run of one account's entries that starts at {@code from}, within an item. */
  private int runEnd(int from, int itemEnd) {
    int account = SharedItems.account(items.entry(from));
    int k = from + 1;
    while (k < itemEnd && SharedItems.account(items.entry(k)) == account) k++;
    return k;
  }

  private void add(int edge, int aFrom, int aTo, int bFrom, int bTo) {
    if (tuplesSize + TUPLE > tuples.length) {
      tuples = Arrays.copyOf(tuples, tuples.length + (tuples.length >> 1));
    }
    tuples[tuplesSize++] = edge;
    tuples[tuplesSize++] = aFrom;
    tuples[tuplesSize++] = aTo;
    tuples[tuplesSize++] = bFrom;
    tuples[tuplesSize++] = bTo;
  }

  private Network.Significance[] run(int edgeCount, long window, NullModel model) {
    int[] observed = new int[edgeCount];
    count(observed, null, window);
    double[] sum = new double[edgeCount], sumSq = new double[edgeCount];
    int[] atLeast = new int[edgeCount];
    int[] counts = new int[edgeCount];
    long[] offset = new long[accounts];
    SplittableRandom random = new SplittableRandom(model.seed());
    for (int r = 0; r < model.runs(); r++) {
      for (int a = 0; a < accounts; a++) offset[a] = random.nextLong(span);
      Arrays.fill(counts, 0);
      count(counts, offset, window);
      for (int e = 0; e < edgeCount; e++) {
        sum[e] += counts[e];
        sumSq[e] += (double) counts[e] * counts[e];
        if (counts[e] >= observed[e]) atLeast[e]++;
      }
    }
    int runs = model.runs();
    Network.Significance[] out = new Network.Significance[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      double mean = sum[e] / runs;
      double var = runs > 1 ? Math.max(0, (sumSq[e] - runs * mean * mean) / (runs - 1)) : 0;
      double sd = Math.sqrt(var);
      double z = (observed[e] - mean) / Math.max(sd, SD_FLOOR);
      double p = (1.0 + atLeast[e]) / (runs + 1.0);
      out[e] = new Network.Significance(observed[e], mean, sd, z, p, runs);
    }
    return out;
  }

  /** Counts each edge's items with a pair of posts within the window; null offsets: real times. */
  private void count(int[] counts, long[] offset, long window) {
    for (int t = 0; t < tuplesSize; t += TUPLE) {
      int a = tuples[t + 1], b = tuples[t + 3];
      long delta = 0;
      if (offset != null) {
        delta = offset[SharedItems.account(items.entry(a))]
            - offset[SharedItems.account(items.entry(b))];
      }
      if (near(a, tuples[t + 2], b, tuples[t + 4], delta, window, offset != null)) {
        counts[tuples[t]]++;
      }
    }
  }

  /**
   * Whether a post of run [a, aTo), moved by {@code delta}, is within {@code window} of a post
   * of run [b, bTo); on the circle of the span when {@code circular}.
   */
  private boolean near(int a, int aTo, int b, int bTo, long delta, long window,
      boolean circular) {
    if (circular && 2 * window + 1 >= span) return true;
    if (aTo - a > bTo - b) { // look up the shorter run's posts in the longer one
      int ta = a, tTo = aTo;
      a = b;
      aTo = bTo;
      b = ta;
      bTo = tTo;
      delta = -delta;
    }
    for (int k = a; k < aTo; k++) {
      long c = SharedItems.seconds(items.entry(k)) + delta;
      if (!circular) {
        if (any(b, bTo, c - window, c + window)) return true;
        continue;
      }
      c = Math.floorMod(c, span);
      long lo = c - window, hi = c + window;
      boolean hit = lo < 0 ? any(b, bTo, lo + span, span - 1) || any(b, bTo, 0, hi)
          : hi >= span ? any(b, bTo, lo, span - 1) || any(b, bTo, 0, hi - span)
          : any(b, bTo, lo, hi);
      if (hit) return true;
    }
    return false;
  }

  /** Whether a time in the run [from, to) falls in [lo, hi]. */
  private boolean any(int from, int to, long lo, long hi) {
    if (lo > hi) return false;
    int l = from, h = to;
    while (l < h) {
      int m = (l + h) >>> 1;
      if (SharedItems.seconds(items.entry(m)) < lo) l = m + 1; else h = m;
    }
    return l < to && SharedItems.seconds(items.entry(l)) <= hi;
  }

  /** Edge numbers by unordered account pair, open addressing over packed pairs. */
  private static final class PairIndex {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    PairIndex(int n) {
      int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
      keys = new long[cap];
      values = new int[cap];
      Arrays.fill(keys, -1);
      mask = cap - 1;
    }

    private static long key(int a, int b) {
      return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 33) & mask;
    }

    void put(int a, int b, int value) {
      long key = key(a, b);
      int s = slot(key);
      while (keys[s] != -1 && keys[s] != key) s = (s + 1) & mask;
      keys[s] = key;
      values[s] = value;
    }

    int get(int a, int b) {
      long key = key(a, b);
      for (int s = slot(key); keys[s] != -1; s = (s + 1) & mask) {
        if (keys[s] == key) return values[s];
      }
      return -1;
    }
  }
}
