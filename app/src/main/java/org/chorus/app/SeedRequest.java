package org.chorus.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Seed a narrative from search queries: the top hits of each query become weak positives, a
 * random sample of the posts no query matched weak negatives, appended to a labels file.
 *
 * @param hits 1 to {@link #MAX_HITS}: the top hits taken from each query
 * @param negatives non-hits sampled per positive (0 for none)
 */
public record SeedRequest(Path labels, String narrative, List<String> queries, int hits,
    double negatives, long seed) {
  public static final int MAX_HITS = 10_000;

  public SeedRequest {
    Objects.requireNonNull(labels, "labels");
    if (narrative == null || narrative.isBlank()) {
      throw new IllegalArgumentException("a seed needs a narrative name");
    }
    narrative = narrative.strip();
    queries = List.copyOf(queries);
    if (queries.isEmpty()) throw new IllegalArgumentException("a seed needs at least one query");
    if (hits < 1 || hits > MAX_HITS) {
      throw new IllegalArgumentException("hits must be from 1 to " + MAX_HITS);
    }
    if (!(negatives >= 0 && negatives <= 20)) {
      throw new IllegalArgumentException("negatives per positive must be from 0 to 20");
    }
  }
}
