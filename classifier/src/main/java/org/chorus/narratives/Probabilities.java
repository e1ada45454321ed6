package org.chorus.narratives;

/** Margins to probabilities. */
final class Probabilities {
  private Probabilities() {}

  static void softmax(double[] z, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      out[c] = Math.exp(z[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < z.length; c++) out[c] /= sum;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
