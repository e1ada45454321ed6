package org.chorus.network;

import java.time.Duration;

/**
 * How edges are tested against chance: {@code runs} times, every account's post times are
 * turned by its own random offset around the dataset's time span (a circular shift), which
 * keeps each account's activity, rhythm and bursts but breaks the timing between accounts.
 * The same seed gives the same offsets, so the same scores.
 *
 * <p>{@code maxShift} bounds the offsets to within that much either way (null: anywhere in the
 * span). Shared things have lifetimes: a link or a retweeted post is shared over days, not
 * years, so accounts that share the same things in the same weeks meet far more often than
 * shifts over the whole span (years for an archive) predict, coordinated or not. Shifts of
 * about an item's lifetime keep that and test only the timing within it.
 */
public record NullModel(int runs, long seed, Duration maxShift) {
  public static final int DEFAULT_RUNS = 20;
  public static final long DEFAULT_SEED = 14;

  public NullModel {
    if (runs < 1 || runs > 10_000) {
      throw new IllegalArgumentException("null runs must be between 1 and 10000: " + runs);
    }
    if (maxShift != null && maxShift.toSeconds() < 1) {
      throw new IllegalArgumentException("the null model's max shift must be at least a second: "
          + maxShift);
    }
  }

  /** Shifts anywhere in the span. */
  public NullModel(int runs, long seed) {
    this(runs, seed, null);
  }

  public static NullModel defaults() {
    return new NullModel(DEFAULT_RUNS, DEFAULT_SEED);
  }
}
