package org.chorus.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.search.Hit;
import org.chorus.search.TimeCount;
import org.chorus.search.Timeline;

/**
 * What {@link Investigation#narratives} found.
 *
 * @param sampled the posts the model labelled, or null when the counts come from the index
 * @param totals the posts counted (all the filter selects, or the sample) per time bucket
 * @param narratives most posts first; each share is of the narrative labels given, so shares
 *     sum to 1 even when a post has two narratives or none
 * @param series each narrative's posts per bucket of {@code totals}, in the order of narratives
 * @param top each narrative's top posts: by relevance to the query (most recent for a blank
 *     one) from the index; by the model's score, shown as each hit's score, from a sample
 */
public record NarrativeMix(Source source, Integer sampled, Timeline totals,
    List<Share> narratives, Map<String, List<TimeCount>> series, Map<String, List<Hit>> top) {
  public enum Source { INDEX, MODEL, NONE }

  public record Share(String name, long count, double share) {}

  public NarrativeMix {
    narratives = List.copyOf(narratives);
    series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    top = Collections.unmodifiableMap(new LinkedHashMap<>(top));
  }
}
