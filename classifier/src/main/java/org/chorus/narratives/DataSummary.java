package org.chorus.narratives;

import java.util.List;
import java.util.Map;

/**
 * What training made of its input, for the person who supplied it.
 *
 * @param posts labelled posts trained on
 * @param unlabelledSkipped posts without any label, skipped
 * @param extraLabelsIgnored multi-class training only: posts that carried more than one label,
 *     of which only the first was used
 * @param labelCounts posts per label
 * @param singletonLabels labels seen on one post only (too rare to learn; kept but reported)
 */
public record DataSummary(
    long posts,
    long unlabelledSkipped,
    long extraLabelsIgnored,
    Map<String, Long> labelCounts,
    List<String> singletonLabels) {

  public DataSummary {
    labelCounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labelCounts));
    singletonLabels = List.copyOf(singletonLabels);
  }
}
