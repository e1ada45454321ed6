package org.chorus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap that resamples whole groups (by default accounts), not single items.
 *
 * <p>Posts of one account share topics, style and label, so they are not independent draws:
 * resampling posts one by one pretends there is far more evidence than there is and gives
 * intervals that are too narrow. Drawing accounts with replacement and taking all their posts
 * keeps that correlation inside each resample. Resamples are drawn from a seeded generator, so
 * the same data, seed and count give the same interval.
 */
public final class GroupBootstrap {
  public static final int DEFAULT_RESAMPLES = 1000;
  public static final long DEFAULT_SEED = 42;
  public static final double LEVEL = 0.95;

  private final int[][] members;
  private final int items;
  private final int resamples;
  private final long seed;

  private GroupBootstrap(int[][] members, int items, int resamples, long seed) {
    if (resamples < 10) throw new IllegalArgumentException("need at least 10 resamples");
    if (members.length == 0) throw new IllegalArgumentException("nothing to resample");
    this.members = members;
    this.items = items;
    this.resamples = resamples;
    this.seed = seed;
  }

  /** Groups items by key: item {@code i} belongs to group {@code groups.get(i)}. */
  public static GroupBootstrap byGroup(List<String> groups, int resamples, long seed) {
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      byKey.computeIfAbsent(groups.get(i), k -> new ArrayList<>()).add(i);
    }
    int[][] members = byKey.values().stream()
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    return new GroupBootstrap(members, groups.size(), resamples, seed);
  }

  /** Every item its own group: the classic bootstrap, for data without a group key. */
  public static GroupBootstrap byItem(int items, int resamples, long seed) {
    int[][] members = new int[items][];
    for (int i = 0; i < items; i++) members[i] = new int[] {i};
    return new GroupBootstrap(members, items, resamples, seed);
  }

  public int groups() {
    return members.length;
  }

  /** Interval of macro-F1 over all classes of the outcomes. */
  public ConfidenceInterval macroF1(Outcomes outcomes) {
    return interval(checkSize(outcomes)::macroF1);
  }

  /** Interval of any statistic of a multiset of item indices. */
  public ConfidenceInterval interval(ToDoubleFunction<int[]> statistic) {
    double[] values = new double[resamples];
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < resamples; r++) values[r] = statistic.applyAsDouble(draw(random));
    return percentile(statistic.applyAsDouble(all()), values);
  }

  /** Paired comparison of macro-F1: both models see the same resamples of the same items. */
  public PairedComparison compareMacroF1(Outcomes a, Outcomes b) {
    if (!checkSize(a).sameTruthAs(checkSize(b))) {
      throw new IllegalArgumentException("the two outcomes do not share the same true labels");
    }
    return compare(a::macroF1, b::macroF1);
  }

  public PairedComparison compare(ToDoubleFunction<int[]> a, ToDoubleFunction<int[]> b) {
    double[] diffs = new double[resamples];
    int bAtLeastA = 0;
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < resamples; r++) {
      int[] sample = draw(random);
      diffs[r] = b.applyAsDouble(sample) - a.applyAsDouble(sample);
      if (diffs[r] >= 0) bAtLeastA++;
    }
    int[] all = all();
    double fullA = a.applyAsDouble(all);
    double fullB = b.applyAsDouble(all);
    return new PairedComparison(fullA, fullB, percentile(fullB - fullA, diffs),
        (double) bAtLeastA / resamples);
  }

  private Outcomes checkSize(Outcomes outcomes) {
    if (outcomes.size() != items) {
      throw new IllegalArgumentException(
          outcomes.size() + " outcomes but " + items + " grouped items");
    }
    return outcomes;
  }

  private int[] draw(SplittableRandom random) {
    int[][] chosen = new int[members.length][];
    int size = 0;
    for (int g = 0; g < members.length; g++) {
      chosen[g] = members[random.nextInt(members.length)];
      size += chosen[g].length;
    }
    int[] sample = new int[size];
    int at = 0;
    for (int[] group : chosen) {
      System.arraycopy(group, 0, sample, at, group.length);
      at += group.length;
    }
    return sample;
  }

  private int[] all() {
    int[] all = new int[items];
    Arrays.setAll(all, i -> i);
    return all;
  }

  private ConfidenceInterval percentile(double estimate, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double tail = (1 - LEVEL) / 2;
    return new ConfidenceInterval(estimate, quantile(sorted, tail), quantile(sorted, 1 - tail),
        LEVEL, resamples, members.length);
  }

  // Linear interpolation between order statistics (numpy's default "linear" method).
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
