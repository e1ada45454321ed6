package org.chorus.narratives;

import java.util.List;
import java.util.Random;

/**
 * L2-regularised logistic regression by plain SGD with a linearly decaying step (as fastText
 * does): softmax loss for one label per post, independent sigmoid losses (one-vs-rest) for
 * multi-label. Regularisation shrinks all weights through one shared scale factor, so a step
 * costs only the post's non-zeros times the label count. Single-threaded with a seeded shuffle,
 * so the same data and options give the same weights, bit for bit.
 */
final class SgdLearner {
  private final TrainingOptions options;
  private final double learningRate;
  private final double lambda;
  private final long seed;

  SgdLearner(TrainingOptions o) {
    this.options = o;
    this.learningRate = o.learningRate();
    this.lambda = o.lambda();
    this.seed = o.seed();
  }

  LinearModel fit(List<SparseVector> x, int[][] y, int k, int dimension, boolean multiLabel) {
    return fit(x, y, null, null, k, dimension, multiLabel);
  }

  /** @param weights per post, scaling its gradient (weak labels count less); null for all 1 */
  LinearModel fit(List<SparseVector> x, int[][] y, double[] weights, int[][] scopes, int k,
      int dimension, boolean multiLabel) {
    int n = x.size();
    int epochs = options.epochsFor(n);
    float[] v = new float[k * dimension];
    double[] bias = new double[k];
    double scale = 1;
    double[] z = new double[k];
    double[] g = new double[k];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Random random = new Random(seed);
    long total = (long) epochs * n;
    long t = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        double eta = learningRate * (1 - (double) t++ / total);
        SparseVector xi = x.get(i);
        for (int c = 0; c < k; c++) z[c] = 0;
        for (int j = 0; j < xi.index.length; j++) {
          int base = xi.index[j] * k;
          double val = xi.value[j];
          for (int c = 0; c < k; c++) z[c] += val * v[base + c];
        }
        for (int c = 0; c < k; c++) z[c] = z[c] * scale + bias[c];
        gradient(z, y[i], multiLabel, g);
        if (weights != null) {
          for (int c = 0; c < k; c++) g[c] *= weights[i];
        }
        if (multiLabel && scopes != null && scopes[i] != null) {
          int[] in = scopes[i];
          for (int c = 0, j = 0; c < k; c++) {
            while (j < in.length && in[j] < c) j++;
            if (j == in.length || in[j] != c) g[c] = 0;
          }
        }
        scale *= 1 - eta * lambda;
        if (scale < 1e-6) {
          for (int f = 0; f < v.length; f++) v[f] *= (float) scale;
          scale = 1;
        }
        double step = eta / scale;
        for (int j = 0; j < xi.index.length; j++) {
          int base = xi.index[j] * k;
          double val = xi.value[j] * step;
          for (int c = 0; c < k; c++) v[base + c] -= (float) (val * g[c]);
        }
        for (int c = 0; c < k; c++) bias[c] -= eta * g[c];
      }
    }
    float[] b = new float[k];
    for (int c = 0; c < k; c++) b[c] = (float) bias[c];
    if (scale != 1) {
      for (int f = 0; f < v.length; f++) v[f] *= (float) scale;
    }
    return new LinearModel(k, dimension, v, b);
  }

  /** d(loss)/d(margin) per label: probability minus target. */
  private static void gradient(double[] z, int[] labels, boolean multiLabel, double[] g) {
    int k = z.length;
    if (multiLabel) {
      for (int c = 0; c < k; c++) g[c] = Probabilities.sigmoid(z[c]);
    } else {
      Probabilities.softmax(z, g);
    }
    for (int c : labels) g[c] -= 1;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }
}
