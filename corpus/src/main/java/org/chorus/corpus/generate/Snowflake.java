package org.chorus.corpus.generate;

import java.time.Instant;

/**
 * Twitter-style ids: milliseconds since Twitter's epoch in the high bits, a sequence in the low
 * 22. Ids of posts written in time order therefore grow with time, as in the real archives, and
 * batch-created accounts get neighbouring ids, a tell analysts look for.
 */
final class Snowflake {
  private static final long TWITTER_EPOCH_MS = 1288834974657L;
  private long sequence;

  long next(Instant time) {
    long ms = time.toEpochMilli() - TWITTER_EPOCH_MS;
    return (ms << 22) | (sequence++ & 0x3FFFFF);
  }
}
