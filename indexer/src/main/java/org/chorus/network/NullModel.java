package org.chorus.network;

/**
 * How edges are tested against chance: {@code runs} times, every account's post times are
 * turned by its own random offset around the dataset's time span (a circular shift), which
 * keeps each account's activity, rhythm and bursts but breaks the timing between accounts.
 * The same seed gives the same offsets, so the same scores.
 */
public record NullModel(int runs, long seed) {
  public static final int DEFAULT_RUNS = 20;
  public static final long DEFAULT_SEED = 14;

  public NullModel {
    if (runs < 1 || runs > 10_000) {
      throw new IllegalArgumentException("null runs must be between 1 and 10000: " + runs);
    }
  }

  public static NullModel defaults() {
    return new NullModel(DEFAULT_RUNS, DEFAULT_SEED);
  }
}
