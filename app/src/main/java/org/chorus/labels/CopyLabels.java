package org.chorus.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * People's decisions carried to the near-duplicate copies of the posts they were about: a
 * person shown a copy of a text they labelled would answer the same, and on a corpus full of
 * campaigns one answer stands for dozens of posts. A copy keeps any decision a person made
 * about it; it takes the carried decision over seed guesses; when the labelled posts it copies
 * disagree, it gets nothing.
 */
public final class CopyLabels {
  private CopyLabels() {}

  /**
   * The targets of posts no person decided about that copy one they did.
   *
   * @param targets one per post, as {@link LabelSet#targets()}
   * @param copiesOf for a post a person decided about, the ids of its near-duplicates
   */
  public static List<LabelSet.Target> spread(List<LabelSet.Target> targets,
      Map<String, List<String>> copiesOf) {
    Map<String, LabelSet.Target> human = new LinkedHashMap<>();
    for (LabelSet.Target t : targets) if (t.human()) human.put(t.id(), t);
    Map<String, List<String>> carried = new LinkedHashMap<>();
    Map<String, Boolean> agreed = new LinkedHashMap<>();
    human.forEach((id, t) -> {
      for (String copy : copiesOf.getOrDefault(id, List.of())) {
        if (human.containsKey(copy)) continue;
        List<String> labels = List.copyOf(new TreeSet<>(t.labels()));
        List<String> before = carried.putIfAbsent(copy, labels);
        if (before != null && !before.equals(labels)) agreed.put(copy, false);
        else agreed.putIfAbsent(copy, true);
      }
    });
    List<LabelSet.Target> out = new ArrayList<>();
    carried.forEach((id, labels) -> {
      if (agreed.get(id)) out.add(new LabelSet.Target(id, labels, false, null, true));
    });
    return out;
  }

  /** {@code targets} with the copies' targets in place of their seed guesses, added at the end. */
  public static List<LabelSet.Target> withCopies(List<LabelSet.Target> targets,
      List<LabelSet.Target> copies) {
    Map<String, LabelSet.Target> out = new LinkedHashMap<>();
    for (LabelSet.Target t : targets) out.put(t.id(), t);
    for (LabelSet.Target c : copies) {
      out.remove(c.id());
      out.put(c.id(), c);
    }
    return List.copyOf(out.values());
  }
}
