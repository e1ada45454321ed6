package org.chorus.narratives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second stage of a stacked model ({@code --stack}): more linear models over other
 * features (the base models), and gradient-boosted trees that turn every base model's label
 * probabilities, the post's common shape tokens and its length into the final probabilities.
 * The trees see interactions a linear model cannot (this headline shape with that score).
 * Immutable and thread-safe.
 */
final class Stack {
  /** One more linear model of the stack, over its own features. */
  record Base(FeatureSettings settings, TfIdf tfidf, LinearModel linear) {}

  private final List<Base> bases;
  private final List<Featurizer> featurizers;
  private final List<String> shapeTokens;
  private final Map<String, Integer> shapeColumn;
  private final Trees trees;

  Stack(List<Base> bases, List<String> shapeTokens, Trees trees) {
    this.bases = List.copyOf(bases);
    this.featurizers = bases.stream().map(b -> new Featurizer(b.settings())).toList();
    this.shapeTokens = List.copyOf(shapeTokens);
    this.shapeColumn = columns(shapeTokens);
    if (shapeColumn.size() != this.shapeTokens.size()) {
      throw new IllegalArgumentException("the stack lists a shape token twice");
    }
    this.trees = trees;
    int labels = trees.labels;
    for (Base b : bases) {
      if (b.linear().labels != labels || b.linear().dimension != b.settings().dimension()) {
        throw new IllegalArgumentException("a base model does not match the stack's labels");
      }
    }
    if (trees.inputs() > inputs(bases.size() + 1, labels, shapeTokens.size())) {
      throw new IllegalArgumentException("the trees read inputs the stack does not make");
    }
  }

  List<Base> bases() {
    return bases;
  }

  List<String> shapeTokens() {
    return shapeTokens;
  }

  Trees trees() {
    return trees;
  }

  /**
   * Final probabilities of a post, given the first model's margins (the stacked model's own
   * linear model) and the post itself for the other base models and the shape.
   */
  double[] probabilities(double[] firstMargins, String text, String lang, Instant time) {
    int labels = trees.labels;
    List<double[]> probabilities = new ArrayList<>(bases.size() + 1);
    probabilities.add(softmax(firstMargins));
    double[] z = new double[labels];
    for (int b = 0; b < bases.size(); b++) {
      Base base = bases.get(b);
      base.linear().margins(base.tfidf().apply(featurizers.get(b).counts(text, lang, time)), z);
      probabilities.add(softmax(z));
    }
    return trees.probabilities(inputs(probabilities, text, shapeColumn));
  }

  private static double[] softmax(double[] z) {
    double[] p = new double[z.length];
    Probabilities.softmax(z, p);
    return p;
  }

  /** How many inputs the trees get: log-probabilities per model and label, shape, length. */
  static int inputs(int models, int labels, int shapeTokens) {
    return models * labels + shapeTokens + 1;
  }

  /**
   * The trees' inputs: each model's log-probability of each label (floored at 1e-12, since a
   * model trained without some label gives it 0), a 0/1 column per known shape token, and the
   * text's length.
   */
  static double[] inputs(List<double[]> probabilities, String text,
      Map<String, Integer> shapeColumn) {
    int labels = probabilities.get(0).length;
    double[] x = new double[inputs(probabilities.size(), labels, shapeColumn.size())];
    int at = 0;
    for (double[] p : probabilities) {
      for (double v : p) x[at++] = Math.log(Math.max(v, 1e-12));
    }
    List<String> shape = new ArrayList<>(32);
    PostShape.tokens(text, shape);
    for (String t : shape) {
      Integer c = shapeColumn.get(t);
      if (c != null) x[at + c] = 1;
    }
    x[x.length - 1] = text.length();
    return x;
  }

  /** Column of each shape token among the shape inputs, in list order. */
  static Map<String, Integer> columns(List<String> shapeTokens) {
    Map<String, Integer> column = new HashMap<>();
    for (String t : shapeTokens) column.put(t, column.size());
    return Map.copyOf(column);
  }
}
