package org.chorus.narratives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chorus.corpus.Post;

/**
 * A trained narrative classifier: CoreNLP features, TF-IDF, one linear scorer, calibration;
 * optionally a {@link Stack} second stage. Immutable and thread-safe; {@link #predict} may be
 * called from any number of threads. Made by {@link Trainer}, saved and loaded by
 * {@link ModelFile}.
 */
public final class NarrativeModel {
  private final ModelInfo info;
  private final Featurizer featurizer;
  private final TfIdf tfidf;
  private final LinearModel linear;
  private final double[] plattA;
  private final double[] plattB;
  private final double[] thresholds;
  private final Stack stack;

  NarrativeModel(ModelInfo info, TfIdf tfidf, LinearModel linear) {
    this(info, tfidf, linear, null);
  }

  NarrativeModel(ModelInfo info, TfIdf tfidf, LinearModel linear, Stack stack) {
    this.info = info;
    this.stack = stack;
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
    if ((stack == null) != (info.stack() == null) || (stack != null && (info.multiLabel()
        || stack.trees().labels != k))) {
      throw new IllegalArgumentException("the model's stack does not match its header");
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
    return new NarrativeModel(info.withMetrics(metrics), tfidf, linear, stack);
  }

  /** This model as the first stage of {@code s}. */
  NarrativeModel withStack(Stack s) {
    int nodes = s.trees().feature.length;
    ModelInfo.StackInfo header = new ModelInfo.StackInfo(
        s.bases().stream().map(Stack.Base::settings).toList(), s.shapeTokens(),
        s.trees().root.length, nodes);
    return new NarrativeModel(info.withStack(header), tfidf, linear, s);
  }

  public Prediction predict(Post post) {
    return predict(post.text(), post.lang(), post.time());
  }

  /** The prediction for a text alone, as if its post had no language field. */
  public Prediction predict(String text) {
    return predict(text, null, null);
  }

  private Prediction predict(String text, String lang, Instant time) {
    SparseVector x = tfidf.apply(featurizer.counts(text, lang, time));
    if (stack == null) return fromFeatures(x);
    double[] z = new double[linear.labels];
    linear.margins(x, z);
    return oneLabel(stack.probabilities(z, text, lang, time));
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

  private Prediction fromFeatures(SparseVector x) {
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
      return oneLabel(p);
    }
    return prediction(assigned, p);
  }

  /** The top label, unless its probability is below the model's minimum score. */
  private Prediction oneLabel(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
    List<String> assigned = p[best] >= info.calibration().minScore()
        ? List.of(info.labels().get(best))
        : List.of();
    return prediction(assigned, p);
  }

  private Prediction prediction(List<String> assigned, double[] p) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int c = 0; c < p.length; c++) scores.put(info.labels().get(c), p[c]);
    return new Prediction(assigned, scores);
  }

  Stack stack() {
    return stack;
  }

  private static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) a[i] = values.get(i);
    return a;
  }
}
