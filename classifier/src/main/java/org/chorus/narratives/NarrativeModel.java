package org.chorus.narratives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chorus.corpus.Post;

/**
 * A trained narrative classifier: CoreNLP features, TF-IDF, one linear scorer, calibration.
 * Immutable and thread-safe; {@link #predict} may be called from any number of threads.
 * Made by {@link Trainer}, saved and loaded by {@link ModelFile}.
 */
public final class NarrativeModel {
  private final ModelInfo info;
  private final Featurizer featurizer;
  private final TfIdf tfidf;
  private final LinearModel linear;
  private final double[] plattA;
  private final double[] plattB;
  private final double[] thresholds;

  NarrativeModel(ModelInfo info, TfIdf tfidf, LinearModel linear) {
    this.info = info;
    this.featurizer = new Featurizer(info.features());
    this.tfidf = tfidf;
    this.linear = linear;
    Calibration c = info.calibration();
    this.plattA = toArray(c.plattA());
    this.plattB = toArray(c.plattB());
    this.thresholds = toArray(c.thresholds());
    int k = info.labels().size();
    if (linear.labels != k || linear.dimension != info.features().dimension()
        || (info.multiLabel() && (plattA.length != k || plattB.length != k
            || thresholds.length != k))) {
      throw new IllegalArgumentException("model parts do not match its header");
    }
  }

  public ModelInfo info() {
    return info;
  }

  public List<String> labels() {
    return info.labels();
  }

  public boolean multiLabel() {
    return info.multiLabel();
  }

  /** The same model with other training metrics in its header (e.g. cross-validated ones). */
  public NarrativeModel withMetrics(Map<String, Object> metrics) {
    return new NarrativeModel(info.withMetrics(metrics), tfidf, linear);
  }

  public Prediction predict(Post post) {
    return fromFeatures(tfidf.apply(featurizer.counts(post)));
  }

  /** The prediction for a text alone, as if its post had no language field. */
  public Prediction predict(String text) {
    return fromFeatures(features(text));
  }

  /** Predictions in input order, computed on all cores. */
  public List<Prediction> predictBatch(List<Post> posts) {
    Prediction[] out = new Prediction[posts.size()];
    IntStream.range(0, out.length).parallel().forEach(i -> out[i] = predict(posts.get(i)));
    return List.of(out);
  }

  SparseVector features(String text) {
    return tfidf.apply(featurizer.counts(text));
  }

  TfIdf tfidf() {
    return tfidf;
  }

  LinearModel linear() {
    return linear;
  }

  Prediction fromFeatures(SparseVector x) {
    int k = linear.labels;
    double[] z = new double[k];
    linear.margins(x, z);
    double[] p = new double[k];
    List<String> names = info.labels();
    List<String> assigned = new ArrayList<>(1);
    if (info.multiLabel()) {
      for (int c = 0; c < k; c++) {
        p[c] = 1 / (1 + Math.exp(plattA[c] * z[c] + plattB[c]));
        if (p[c] >= thresholds[c]) assigned.add(names.get(c));
      }
    } else {
      Probabilities.softmax(z, p);
      int best = 0;
      for (int c = 1; c < k; c++) if (p[c] > p[best]) best = c;
      if (p[best] >= info.calibration().minScore()) assigned.add(names.get(best));
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int c = 0; c < k; c++) scores.put(names.get(c), p[c]);
    return new Prediction(assigned, scores);
  }

  private static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) a[i] = values.get(i);
    return a;
  }
}
