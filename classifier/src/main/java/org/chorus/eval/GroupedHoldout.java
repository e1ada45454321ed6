package org.chorus.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One grouped train/test split: about {@code testFraction} of each label's items go to test,
 * whole groups at a time, chosen in seeded random order, skipping any group that would overshoot
 * its label's target by more than it helps. Deterministic by seed.
 */
public final class GroupedHoldout {
  private GroupedHoldout() {}

  /**
   * @param groups group key of each item
   * @param strata label of each item to stratify by, or null
   */
  public static Fold split(List<String> groups, List<String> strata, double testFraction,
      long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("test fraction must be between 0 and 1: " + testFraction);
    }
    Groups g = Groups.of(groups, strata);
    if (g.size() < 2) throw new IllegalArgumentException("need at least 2 groups to split");
    Map<String, Integer> stratumItems = g.itemsPerStratum();
    Map<String, Integer> inTest = new HashMap<>();
    int[] sideOf = new int[g.size()];
    for (int group : g.shuffled(seed)) {
      String s = g.stratum.get(group);
      int taken = inTest.getOrDefault(s, 0);
      int size = g.members.get(group).length;
      double target = testFraction * stratumItems.get(s);
      // Take a group only if it brings the stratum closer to its target: one huge account
      // must not carry a whole class into the test set and leave none to train on.
      if (Math.abs(taken + size - target) < Math.abs(taken - target)) {
        sideOf[group] = 1;
        inTest.put(s, taken + size);
      }
    }
    int[] test = g.itemsOf(sideOf, 1);
    if (test.length == g.items) {
      // A single group per stratum would all go to test; keep training data.
      throw new IllegalArgumentException("too few groups to hold out a test set");
    }
    return new Fold(0, g.itemsOf(sideOf, 0), test);
  }
}
