package org.chorus.labels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a labels file's decisions add up to. For each post: the latest human decision of each
 * annotator, and the seed guesses (one per narrative, the latest). Training takes a person's
 * label set over any seed guess; where several annotators decided, the last line in the file.
 */
public final class LabelSet {
  private final Map<String, Map<String, List<String>>> human = new LinkedHashMap<>();
  private final Map<String, List<String>> latestHuman = new LinkedHashMap<>();
  private final Map<String, Map<String, List<String>>> seeds = new LinkedHashMap<>();
  private final TreeSet<String> narratives = new TreeSet<>();

  /**
   * A training decision: the labels that apply, whether a person gave them, and the labels it
   * speaks for (null: all, as a person's decision does; a seed speaks for its narratives), and
   * whether it is a person's decision carried to a near-duplicate copy ({@link CopyLabels}).
   */
  public record Target(String id, List<String> labels, boolean human, List<String> scope,
      boolean copy) {
    public Target(String id, List<String> labels, boolean human, List<String> scope) {
      this(id, labels, human, scope, false);
    }
  }

  public LabelSet(List<Decision> decisions) {
    for (Decision d : decisions) {
      narratives.addAll(d.labels());
      if (d.human()) {
        human.computeIfAbsent(d.id(), k -> new LinkedHashMap<>()).put(d.annotator(), d.labels());
        latestHuman.remove(d.id());
        latestHuman.put(d.id(), d.labels());
      } else {
        if (d.narrative() != null) narratives.add(d.narrative());
        String key = d.narrative() == null ? "" : d.narrative();
        seeds.computeIfAbsent(d.id(), k -> new LinkedHashMap<>()).put(key, d.labels());
      }
    }
  }

  /** Every label a decision or seed named, sorted. */
  public List<String> narratives() {
    return List.copyOf(narratives);
  }

  /** Posts a person decided about, in order of their latest decision. */
  public Map<String, List<String>> human() {
    return Collections.unmodifiableMap(latestHuman);
  }

  /** One annotator's latest label set per post. */
  public Map<String, List<String>> human(String annotator) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    human.forEach((id, by) -> {
      List<String> l = by.get(annotator);
      if (l != null) out.put(id, l);
    });
    return out;
  }

  /** Annotators of human decisions, in order of first appearance. */
  public List<String> annotators() {
    return human.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
  }

  public int seedPosts() {
    return (int) seeds.keySet().stream().filter(id -> !latestHuman.containsKey(id)).count();
  }

  /**
   * One target per post: a person's label set where there is one, else the union of the seed
   * guesses, speaking only for the narratives those guesses were about.
   */
  public List<Target> targets() {
    Map<String, Target> out = new LinkedHashMap<>();
    seeds.forEach((id, guesses) -> {
      if (latestHuman.containsKey(id)) return;
      TreeSet<String> union = new TreeSet<>();
      guesses.values().forEach(union::addAll);
      TreeSet<String> scope = new TreeSet<>(guesses.keySet());
      scope.addAll(union);
      out.put(id, new Target(id, List.copyOf(union), false,
          guesses.containsKey("") ? null : List.copyOf(scope)));
    });
    latestHuman.forEach((id, labels) -> out.put(id, new Target(id, labels, true, null)));
    return List.copyOf(out.values());
  }
}
