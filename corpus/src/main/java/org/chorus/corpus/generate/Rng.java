package org.chorus.corpus.generate;

import java.util.List;

/**
 * A small seeded random source (SplitMix64). The generator's output must be byte-identical
 * for the same seed on every JVM, so it avoids {@code SplittableRandom}, whose algorithm is an
 * implementation detail; {@link #fork} gives independent streams so that adding draws in one
 * part of the generator does not shift every other part.
 */
final class Rng {
  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** An independent stream derived from this one's seed and a salt; does not advance this one. */
  Rng fork(long salt) {
    return new Rng(mix(state ^ mix(salt + 0x9E3779B97F4A7C15L)));
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound " + bound);
    return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
  }

  /** Uniform in [from, to] inclusive. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** An index drawn with probability proportional to its weight. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Heavy-tailed positive value (Pareto, shape alpha, minimum 1): a few large, many small. */
  double pareto(double alpha) {
    return Math.pow(1 - nextDouble(), -1 / alpha);
  }
}
