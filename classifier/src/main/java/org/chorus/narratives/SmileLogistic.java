package org.chorus.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Smile's {@code SparseLogisticRegression} (L-BFGS) as a {@link Learner}; its coefficients are
 * copied into a {@link LinearModel} so the model file and the prediction path are the same for
 * every learner. Smile keeps the intercept last ({@code w[p]}) and, for k classes, fits k-1
 * weight vectors against a last class fixed at margin 0.
 */
final class SmileLogistic {
  private SmileLogistic() {}

  static LinearModel fit(List<SparseVector> x, int[][] y, int k, int dimension,
      boolean multiLabel, TrainingOptions o) {
    SparseDataset data = toDataset(x, dimension);
    float[] w = new float[k * dimension];
    float[] b = new float[k];
    if (multiLabel || k == 2) {
      for (int c = multiLabel ? 0 : 1; c < k; c++) {
        int[] yc = new int[x.size()];
        for (int i = 0; i < yc.length; i++) yc[i] = contains(y[i], c) ? 1 : 0;
        double[] coef =
            SparseLogisticRegression.binomial(data, yc, props(o, yc.length)).coefficients();
        copy(coef, c, k, dimension, w, b);
      }
    } else {
      int[] yc = new int[x.size()];
      for (int i = 0; i < yc.length; i++) yc[i] = y[i][0];
      double[][] coef = SparseLogisticRegression.multinomial(data, yc, props(o, yc.length)).coefficients();
      for (int c = 0; c < coef.length; c++) copy(coef[c], c, k, dimension, w, b);
    }
    return new LinearModel(k, dimension, w, b);
  }

  private static Properties props(TrainingOptions o, int n) {
    Properties p = new Properties();
    // Smile penalises the summed log-likelihood, SGD the mean: scale lambda by n to match.
    p.setProperty("smile.logistic.lambda", Double.toString(o.lambda() * n));
    p.setProperty("smile.logistic.tolerance", "1E-5");
    p.setProperty("smile.logistic.iterations", "200");
    return p;
  }

  private static void copy(double[] coef, int c, int k, int dimension, float[] w, float[] b) {
    for (int f = 0; f < dimension && f < coef.length - 1; f++) w[f * k + c] = (float) coef[f];
    b[c] = (float) coef[coef.length - 1];
  }

  private static boolean contains(int[] labels, int c) {
    for (int l : labels) if (l == c) return true;
    return false;
  }

  private static SparseDataset toDataset(List<SparseVector> x, int dimension) {
    List<SparseArray> rows = new ArrayList<>(x.size());
    for (SparseVector v : x) {
      SparseArray a = new SparseArray(v.size());
      for (int j = 0; j < v.size(); j++) a.append(v.index[j], v.value[j]);
      rows.add(a);
    }
    return SparseDataset.of(rows, dimension);
  }
}
