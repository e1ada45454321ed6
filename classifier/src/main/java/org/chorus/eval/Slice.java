package org.chorus.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Macro-F1 of part of an evaluation, with its grouped bootstrap interval: the items of one
 * language, or all items scored over chosen classes only (e.g. FAVOR and AGAINST).
 *
 * @param classes the classes averaged over; empty means every class occurring in the slice
 */
public record Slice(String name, int items, List<String> classes, ConfidenceInterval macroF1) {

  public Slice {
    classes = List.copyOf(classes);
  }

  /** One slice per distinct key (e.g. language), sorted by key. */
  public static List<Slice> byKey(Outcomes outcomes, List<String> keys, List<String> groups,
      int resamples, long seed) {
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      members.computeIfAbsent(String.valueOf(keys.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Slice> slices = new ArrayList<>();
    members.forEach((key, list) -> {
      int[] items = list.stream().mapToInt(Integer::intValue).toArray();
      Outcomes part = outcomes.subset(items);
      GroupBootstrap bootstrap = groups == null
          ? GroupBootstrap.byItem(items.length, resamples, seed)
          : GroupBootstrap.byGroup(list.stream().map(groups::get).toList(), resamples, seed);
      slices.add(new Slice(key, items.length, List.of(), bootstrap.macroF1(part)));
    });
    return slices;
  }

  /** All items, macro-F1 averaged over the chosen classes only. */
  public static Slice overClasses(Outcomes outcomes, Collection<String> classes,
      List<String> groups, int resamples, long seed) {
    GroupBootstrap bootstrap = groups == null
        ? GroupBootstrap.byItem(outcomes.size(), resamples, seed)
        : GroupBootstrap.byGroup(groups, resamples, seed);
    return new Slice("macro-F1 over " + String.join(",", classes), outcomes.size(),
        List.copyOf(classes), bootstrap.interval(outcomes.macroF1Over(classes)));
  }
}
