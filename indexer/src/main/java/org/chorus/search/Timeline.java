package org.chorus.search;

import java.util.List;

/**
 * Posts per time bucket, every bucket from the first post's to the last post's included, empty
 * or not, so a chart's axis is true time.
 *
 * @param total every post counted, dated or not
 * @param undated posts without a time, in no bucket: the counts sum to {@code total - undated}
 */
public record Timeline(TimeBucket bucket, long total, long undated, List<TimeCount> counts) {
  public Timeline {
    counts = List.copyOf(counts);
  }

  static Timeline empty(TimeBucket bucket, long total) {
    return new Timeline(bucket, total, total, List.of());
  }

  /** Bucket number of the first count; meaningless when there are none. */
  long firstIndex() {
    return bucket.index(counts.get(0).time().toEpochMilli());
  }

  /** Where {@code millis} falls in {@link #counts}, or -1 when outside them. */
  public int slot(long millis) {
    if (counts.isEmpty()) return -1;
    long at = bucket.index(millis) - firstIndex();
    return at < 0 || at >= counts.size() ? -1 : (int) at;
  }
}
