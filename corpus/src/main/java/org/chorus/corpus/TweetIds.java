package org.chorus.corpus;

import java.time.Instant;

/**
 * Twitter ids since November 2010 are "snowflakes": the top 41 bits count milliseconds since
 * 2010-11-04T01:42:54.657Z. Datasets that drop the time column (Chua's labelled sample) still
 * carry the time in the id.
 */
public final class TweetIds {
  private static final long TWITTER_EPOCH_MS = 1_288_834_974_657L;
  // Ids before snowflakes were sequential and stayed below 3e10; snowflakes start near 3e16.
  private static final long FIRST_SNOWFLAKE = 10_000_000_000_000L;

  private TweetIds() {}

  /** The time encoded in a snowflake id, or null when the id is not one. */
  public static Instant time(String id) {
    if (id == null || id.isEmpty() || id.length() > 19) return null;
    long v = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') return null;
      v = v * 10 + (c - '0');
    }
    if (v < FIRST_SNOWFLAKE) return null;
    return Instant.ofEpochMilli((v >>> 22) + TWITTER_EPOCH_MS);
  }
}
