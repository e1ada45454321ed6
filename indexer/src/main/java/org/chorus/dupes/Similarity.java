package org.chorus.dupes;

import java.util.Locale;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.StopShingles;

/**
 * How near-duplicates are measured against the threshold.
 *
 * <ul>
 *   <li>{@link #JACCARD}: shared words over all words of the two posts. Symmetric and strict:
 *       an opener, a line of commentary or a truncation pushes a copy under any useful
 *       threshold.
 *   <li>{@link #CONTAINMENT}: shared words over the words of the shorter post, after function
 *       words and particles are set aside ({@link org.chorus.fingerprint.StopShingles}), and
 *       only when the two share at least {@link ContainmentPairs#MIN_SHARED} such words and
 *       {@link ContainmentPairs#MIN_JACCARD} of all their words. Finds copies wrapped in
 *       commentary or cut short; the guard keeps a common phrase (a slogan, "breaking news", a
 *       hashtag chain) from joining unrelated posts.
 * </ul>
 */
public enum Similarity {
  JACCARD,
  CONTAINMENT;

  /** "jaccard" or "containment", any case. */
  public static Similarity parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("similarity must be jaccard or containment: " + s);
    }
  }

  /** The measured default threshold of this measure (docs/benchmarks.md). */
  public double defaultThreshold() {
    return this == CONTAINMENT ? DuplicateFinder.DEFAULT_CONTAINMENT
        : DuplicateFinder.DEFAULT_THRESHOLD;
  }

  /**
   * Two posts' similarity as {@code dupes} measures it, or 0 where containment's guard refuses
   * the pair at {@code threshold}: what one pair must reach to be found.
   */
  public double between(Fingerprint a, Fingerprint b, double threshold) {
    if (this == JACCARD) return a.similarity(b);
    return ContainmentPairs.containment(StopShingles.remove(a.shingles()),
        StopShingles.remove(b.shingles()), threshold);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
