package org.chorus.app;

import java.util.List;
import java.util.Map;

/**
 * What a seed appended: per query its total hits, then the distinct posts taken as weak
 * positives and the sampled weak negatives.
 */
public record SeedResult(String narrative, Map<String, Long> queryHits, int positives,
    int negatives, String labels) {
  public SeedResult {
    queryHits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queryHits));
  }

  public List<String> queries() {
    return List.copyOf(queryHits.keySet());
  }
}
