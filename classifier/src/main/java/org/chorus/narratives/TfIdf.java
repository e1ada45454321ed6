package org.chorus.narratives;

import java.util.List;

/**
 * TF-IDF weighting of hashed counts: optional sublinear tf ({@code 1 + ln tf}), smoothed idf
 * {@code ln((1 + N) / (1 + df)) + 1} (as scikit-learn computes it), L2 normalisation. The idf
 * table is part of the model.
 */
final class TfIdf {
  private final float[] idf;
  private final boolean sublinear;

  TfIdf(float[] idf, boolean sublinear) {
    this.idf = idf;
    this.sublinear = sublinear;
  }

  static TfIdf fit(List<SparseVector> counts, int dimension, boolean sublinear) {
    int[] df = new int[dimension];
    for (SparseVector v : counts) {
      for (int i : v.index) df[i]++;
    }
    float[] idf = new float[dimension];
    double n = counts.size();
    for (int i = 0; i < dimension; i++) idf[i] = (float) (Math.log((1 + n) / (1 + df[i])) + 1);
    return new TfIdf(idf, sublinear);
  }

  float[] idf() {
    return idf;
  }

  boolean sublinear() {
    return sublinear;
  }

  /** Weighted, unit-length copy (or the empty vector). */
  SparseVector apply(SparseVector counts) {
    float[] v = new float[counts.size()];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      float c = counts.value[i];
      float tf = sublinear ? Math.signum(c) * (1f + (float) Math.log(Math.abs(c))) : c;
      v[i] = tf * idf[counts.index[i]];
      norm += (double) v[i] * v[i];
    }
    if (norm == 0) return SparseVector.EMPTY;
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) v[i] *= scale;
    return new SparseVector(counts.index, v);
  }
}
