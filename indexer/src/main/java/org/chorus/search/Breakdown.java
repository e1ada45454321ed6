package org.chorus.search;

import java.util.List;
import java.util.Map;

/**
 * The values of a keyword field among the posts a filter selects, each with its posts per time
 * bucket, on the same buckets as {@code totals}.
 *
 * @param values every value, most frequent first
 * @param series each value's counts, one per bucket of {@code totals}, in the order of values
 */
public record Breakdown(Timeline totals, List<Count> values, Map<String, List<TimeCount>> series) {
  public Breakdown {
    values = List.copyOf(values);
    series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
  }
}
