package org.chorus.narratives;

/** Picks a decision threshold for one label. */
final class Thresholds {
  private Thresholds() {}

  /**
   * The probability threshold in [0.05, 0.95] (steps of 0.01) with the best F1 on these
   * examples; ties go to the threshold closest to 0.5, so thin evidence stays near the default.
   */
  static double bestF1(double[] p, int[] y) {
    double best = 0.5, bestF1 = -1;
    for (int step = 5; step <= 95; step++) {
      double t = step / 100.0;
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < p.length; i++) {
        boolean predicted = p[i] >= t;
        if (predicted && y[i] > 0) tp++;
        else if (predicted) fp++;
        else if (y[i] > 0) fn++;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1 + 1e-12
          || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
        best = t;
        bestF1 = f1;
      }
    }
    return best;
  }
}
