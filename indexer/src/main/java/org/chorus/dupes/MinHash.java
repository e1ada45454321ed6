package org.chorus.dupes;

/**
 * MinHash signatures: {@link #K} hash functions derived from one 32-bit shingle hash by cheap
 * multiply-add-shift permutations ({@code (a_i * x + b_i) >>> 33}, a_i odd), so a post costs K
 * multiply-adds per shingle. The constants come from a fixed seed: signatures are identical in
 * every JVM and run, which the index relies on.
 *
 * <p>The fraction of equal positions in two signatures estimates the Jaccard similarity of the
 * two shingle sets (standard error sqrt(J(1-J)/K), 0.043 at J = 0.6).
 */
public final class MinHash {
  public static final int K = 128;
  private static final long[] A = new long[K];
  private static final long[] B = new long[K];

  static {
    long seed = 0x43686F7275734D48L; // "ChorusMH"
    for (int i = 0; i < K; i++) {
      seed += 0x9E3779B97F4A7C15L;
      A[i] = Hash.mix(seed) | 1L;
      seed += 0x9E3779B97F4A7C15L;
      B[i] = Hash.mix(seed);
    }
  }

  private MinHash() {}

  /** The signature of a shingle set; all {@code Integer.MAX_VALUE} for an empty set. */
  public static int[] signature(int[] shingles) {
    int[] sig = new int[K];
    long[] min = new long[K];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int shingle : shingles) {
      long x = shingle & 0xFFFFFFFFL;
      for (int i = 0; i < K; i++) {
        long v = (A[i] * x + B[i]) >>> 33;
        if (v < min[i]) min[i] = v;
      }
    }
    for (int i = 0; i < K; i++) sig[i] = (int) Math.min(min[i], Integer.MAX_VALUE);
    return sig;
  }

  /** Estimated Jaccard similarity: the fraction of equal positions. */
  public static double estimate(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < K; i++) if (a[i] == b[i]) same++;
    return same / (double) K;
  }

  /** Exact Jaccard similarity of two sorted, distinct shingle sets (what MinHash estimates). */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) return 1.0;
    int i = 0, j = 0, common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (a.length + b.length - common);
  }
}
