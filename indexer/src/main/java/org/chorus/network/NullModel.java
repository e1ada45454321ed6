package org.chorus.network;

import java.time.Duration;

/**
 * How edges are tested against chance: {@code runs} times, the accounts' post times are turned
 * by random offsets around the dataset's time span (a circular shift), which keeps each
 * account's activity and bursts but breaks the timing between accounts. The same seed gives
 * the same offsets, so the same scores.
 *
 * <p>{@code maxShift} bounds the offsets to within that much either way, one offset per account and
 * shared item (its posts on one link, retweeted post or copy cluster move together); null (or a
 * bound past half the span): one offset per account, anywhere in the span. Shared things have
 * lifetimes: a link or a retweeted post is shared over days, not years, so accounts that share the
 * same things in the same days meet far more often than shifts over the whole span (years for an
 * archive) predict, coordinated or not, and every edge looks significant. Shifts of about an item's
 * lifetime keep that and test only the timing within it. They are drawn per item, as one bounded
 * offset per account would keep a pair in lockstep on all its items whenever the two offsets fall
 * within a window of each other (about one run in {@link #MIN_WINDOWS}), which caps the
 * significance of any lockstep pair however many items it shares. A shift must also reach well past
 * the window, or shifted posts stay within it: the bound is never less than {@link #MIN_WINDOWS}
 * windows. {@code chorus bench significance} measures both on planted campaigns
 * (docs/benchmarks.md).
 */
public record NullModel(int runs, long seed, Duration maxShift) {
  public static final int DEFAULT_RUNS = 20;
  public static final long DEFAULT_SEED = 14;
  public static final Duration DEFAULT_MAX_SHIFT = Duration.ofDays(1);
  public static final int MIN_WINDOWS = 24;

  public NullModel {
    if (runs < 1 || runs > 10_000) {
      throw new IllegalArgumentException("null runs must be between 1 and 10000: " + runs);
    }
    if (maxShift != null && maxShift.toSeconds() < 1) {
      throw new IllegalArgumentException("the null model's max shift must be at least a second: "
          + maxShift);
    }
  }

  /** Shifts of up to {@link #DEFAULT_MAX_SHIFT}. */
  public NullModel(int runs, long seed) {
    this(runs, seed, DEFAULT_MAX_SHIFT);
  }

  public static NullModel defaults() {
    return new NullModel(DEFAULT_RUNS, DEFAULT_SEED);
  }

  /** The largest offset, in seconds, for edges of this window; MAX_VALUE: the whole span. */
  long boundSeconds(long windowSeconds) {
    if (maxShift == null) return Long.MAX_VALUE;
    return Math.max(maxShift.toSeconds(), Math.min(Long.MAX_VALUE / 4 / MIN_WINDOWS,
        windowSeconds) * MIN_WINDOWS);
  }
}
