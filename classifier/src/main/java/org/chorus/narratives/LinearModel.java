package org.chorus.narratives;

/**
 * One weight per (feature bucket, label) plus a bias per label. Weights are stored feature-major
 * ({@code w[f * k + c]}) so scoring a sparse post reads a few contiguous runs of memory.
 */
final class LinearModel {
  final int labels;
  final int dimension;
  final float[] weights;
  final float[] bias;

  LinearModel(int labels, int dimension, float[] weights, float[] bias) {
    if (weights.length != (long) labels * dimension || bias.length != labels) {
      throw new IllegalArgumentException("weights do not match " + labels + " x " + dimension);
    }
    this.labels = labels;
    this.dimension = dimension;
    this.weights = weights;
    this.bias = bias;
  }

  /** Raw margins, one per label. */
  void margins(SparseVector x, double[] out) {
    int k = labels;
    for (int c = 0; c < k; c++) out[c] = bias[c];
    for (int j = 0; j < x.index.length; j++) {
      int base = x.index[j] * k;
      double v = x.value[j];
      for (int c = 0; c < k; c++) out[c] += v * weights[base + c];
    }
  }
}
