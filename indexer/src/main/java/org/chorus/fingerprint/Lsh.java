package org.chorus.fingerprint;


/**
 * Locality-sensitive hashing of MinHash signatures: {@link #BANDS} bands of {@link #ROWS} rows
 * each; two posts become candidates when all rows of at least one band agree. A pair with
 * Jaccard similarity J is a candidate with probability 1 - (1 - J^r)^b. For b = 32, r = 4:
 *
 * <pre>
 *   J     0.2    0.3    0.4    0.5    0.6    0.7    0.8
 *   P     0.05   0.23   0.56   0.873  0.988  0.9998 1.0000
 * </pre>
 *
 * so pairs at the default threshold 0.6 are found 98.8% of the time and above 0.7 practically
 * always, while unrelated pairs (J below 0.2) rarely cost a verification. Each band becomes one
 * 32-bit hash of its rows, kept in the index's doc values (see {@code
 * org.chorus.index.FingerprintFields}).
 */
public final class Lsh {
  public static final int BANDS = 32;
  static final int ROWS = MinHash.K / BANDS;

  private Lsh() {}

  /** The probability that a pair of similarity {@code j} shares at least one band. */
  static double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, ROWS), BANDS);
  }

  /**
   * The band keys of a signature, one per band. A key is a hash of the band's rows; two posts
   * share a bucket when they have the same key in the same band.
   */
  public static int[] bandKeys(int[] signature) {
    int[] keys = new int[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 0x2545F4914F6CDD1DL + b;
      for (int r = 0; r < ROWS; r++) h = (h ^ signature[b * ROWS + r]) * 0x9E3779B97F4A7C15L;
      keys[b] = (int) (Hash.mix(h) >>> 32);
    }
    return keys;
  }
}
