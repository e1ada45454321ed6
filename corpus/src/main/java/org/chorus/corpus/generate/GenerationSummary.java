package org.chorus.corpus.generate;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation run produced. {@code labels} counts every label a post carries (mixed
 * posts count twice); {@code unlabelled} counts off-topic filler.
 */
public record GenerationSummary(
    long posts,
    int accounts,
    int activeAccounts,
    int campaigns,
    long campaignPosts,
    long retweets,
    long replies,
    long unlabelled,
    Map<String, Long> labels,
    Map<String, Long> langs,
    Instant first,
    Instant last,
    double seconds) {

  public GenerationSummary {
    // sorted, so summaries print the same way every run
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    langs = Collections.unmodifiableMap(new TreeMap<>(langs));
  }

  public double postsPerSecond() {
    return seconds > 0 ? posts / seconds : 0;
  }
}
