package org.chorus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Items gathered by group key, each group tagged with its most common stratum (label). */
final class Groups {
  final List<int[]> members = new ArrayList<>();
  final List<String> stratum = new ArrayList<>();
  final int items;

  private Groups(int items) {
    this.items = items;
  }

  /**
   * @param strata per item, or null for an unstratified split; a group's stratum is its most
   *     frequent one (ties: the alphabetically first), since a split can only move whole groups
   */
  static Groups of(List<String> groups, List<String> strata) {
    if (strata != null && strata.size() != groups.size()) {
      throw new IllegalArgumentException(groups.size() + " group keys but " + strata.size()
          + " strata");
    }
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      String key = Objects.requireNonNull(groups.get(i), () -> "no group key for an item");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    Groups result = new Groups(groups.size());
    for (List<Integer> list : byKey.values()) {
      result.members.add(list.stream().mapToInt(Integer::intValue).toArray());
      result.stratum.add(strata == null ? "" : majority(list, strata));
    }
    return result;
  }

  private static String majority(List<Integer> items, List<String> strata) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i : items) counts.merge(String.valueOf(strata.get(i)), 1, Integer::sum);
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  int size() {
    return members.size();
  }

  /** Group indices in a seeded random order. */
  int[] shuffled(long seed) {
    int[] order = IntStream.range(0, size()).toArray();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  Map<String, Integer> itemsPerStratum() {
    Map<String, Integer> counts = new HashMap<>();
    for (int g = 0; g < size(); g++) counts.merge(stratum.get(g), members.get(g).length, Integer::sum);
    return counts;
  }

  /** Items of the groups assigned to side {@code side}, ascending. */
  int[] itemsOf(int[] sideOfGroup, int side) {
    boolean[] in = new boolean[items];
    for (int g = 0; g < size(); g++) {
      if (sideOfGroup[g] == side) {
        for (int i : members.get(g)) in[i] = true;
      }
    }
    return IntStream.range(0, items).filter(i -> in[i]).toArray();
  }
}
