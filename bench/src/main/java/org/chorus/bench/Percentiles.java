package org.chorus.bench;

import java.util.Arrays;

/** Order statistics of measured values. */
final class Percentiles {
  private Percentiles() {}

  /** The median; of an even count, the mean of the middle two. */
  static double median(double... values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The nearest-rank percentile {@code p} (0-100). */
  static double percentile(double[] values, int p) {
    double[] v = values.clone();
    Arrays.sort(v);
    int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }
}
