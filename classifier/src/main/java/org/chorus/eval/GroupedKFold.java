package org.chorus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * K-fold cross-validation that keeps every group (account, or any key such as a claim's
 * {@code item}) inside one fold, so a model is never tested on an account it was trained on.
 *
 * <p>Stratified where the groups allow it: groups are placed largest first (ties in seeded
 * random order) into the fold that so far holds the fewest items of the group's majority label,
 * then the fewest items overall. Class shares per fold stay close to the overall ones unless a
 * few huge groups dominate. The same seed gives the same folds.
 */
public final class GroupedKFold {
  private final int folds;
  private final long seed;

  public GroupedKFold(int folds, long seed) {
    if (folds < 2) throw new IllegalArgumentException("need at least 2 folds, got " + folds);
    this.folds = folds;
    this.seed = seed;
  }

  /**
   * @param groups group key of each item
   * @param strata label of each item to stratify by, or null
   */
  public List<Fold> split(List<String> groups, List<String> strata) {
    Groups g = Groups.of(groups, strata);
    if (g.size() < folds) {
      throw new IllegalArgumentException("only " + g.size() + " groups for " + folds
          + " folds: every fold needs at least one group");
    }
    Integer[] order = Arrays.stream(g.shuffled(seed)).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(i -> -g.members.get(i).length)); // stable
    int[] foldOf = new int[g.size()];
    long[] total = new long[folds];
    Map<String, long[]> perStratum = new HashMap<>();
    for (int group : order) {
      long[] strat = perStratum.computeIfAbsent(g.stratum.get(group), s -> new long[folds]);
      int best = 0;
      for (int f = 1; f < folds; f++) {
        if (strat[f] < strat[best] || (strat[f] == strat[best] && total[f] < total[best])) {
          best = f;
        }
      }
      foldOf[group] = best;
      strat[best] += g.members.get(group).length;
      total[best] += g.members.get(group).length;
    }
    List<Fold> result = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      int[] sideOf = IntStream.of(foldOf).map(x -> x == fold ? 1 : 0).toArray();
      result.add(new Fold(f, g.itemsOf(sideOf, 0), g.itemsOf(sideOf, 1)));
    }
    return result;
  }
}
