package org.chorus.narratives;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The narrative a group of posts (e.g. a near-duplicate cluster) shares: the narrative most of
 * its labelled posts carry. Posts without a narrative do not vote; ties go to the name that
 * sorts first, so the answer does not depend on the order of the posts.
 */
public final class NarrativeVote {
  private NarrativeVote() {}

  /**
   * @param postIds the group's posts
   * @param narrativesOf a post id's predicted narratives (empty or null when unlabelled)
   * @return the majority narrative, or empty when no post of the group is labelled
   */
  public static Optional<String> majority(Collection<String> postIds,
      Function<String, List<String>> narrativesOf) {
    Map<String, Integer> votes = new TreeMap<>();
    for (String id : postIds) {
      List<String> narratives = narrativesOf.apply(id);
      if (narratives == null) continue;
      for (String n : narratives) votes.merge(n, 1, Integer::sum);
    }
    String best = null;
    int most = 0;
    for (var e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }
}
