package org.chorus.narratives;

import java.util.Arrays;
import smile.base.cart.Loss;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import smile.base.cart.RegressionNode;
import smile.classification.ClassLabels;
import smile.classification.GradientTreeBoost;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

/**
 * Gradient-boosted regression trees as plain arrays, so a model file holds them as data. Node
 * {@code n} is a leaf when {@code feature[n] < 0}, with value {@code value[n]} (the shrinkage
 * already applied); otherwise {@code x[feature[n]] <= split[n]} leads to {@code left[n]}, else
 * to {@code right[n]}. Tree {@code t} starts at node {@code root[t]} and adds to the score of
 * label {@code label[t]}. Two labels, as Smile does it: one score {@code s = intercept + sum},
 * {@code p(first) = 1 / (1 + exp(2s))}; more: a score per label, softmax.
 */
final class Trees {
  final int labels;
  final double intercept;
  final int[] root;
  final int[] label;
  final int[] feature;
  final double[] split;
  final int[] left;
  final int[] right;
  final double[] value;

  Trees(int labels, double intercept, int[] root, int[] label, int[] feature, double[] split,
      int[] left, int[] right, double[] value) {
    int nodes = feature.length;
    if (labels < 2 || root.length != label.length || split.length != nodes
        || left.length != nodes || right.length != nodes || value.length != nodes) {
      throw new IllegalArgumentException("tree arrays do not match");
    }
    for (int t = 0; t < root.length; t++) {
      if (root[t] < 0 || root[t] >= nodes || label[t] < 0 || label[t] >= labels
          || (labels == 2 && label[t] != 0)) {
        throw new IllegalArgumentException("tree " + t + " points outside the model");
      }
    }
    // Children come after their parent, so no walk can loop; and every node has exactly one
    // parent or is one tree's root, so a prediction visits each node at most once.
    boolean[] owned = new boolean[nodes];
    for (int r : root) own(owned, r);
    for (int n = 0; n < nodes; n++) {
      if (feature[n] < 0) continue;
      if (left[n] <= n || left[n] >= nodes || right[n] <= n || right[n] >= nodes) {
        throw new IllegalArgumentException("tree node " + n + " has invalid children");
      }
      own(owned, left[n]);
      own(owned, right[n]);
    }
    for (int n = 0; n < nodes; n++) {
      if (!owned[n]) throw new IllegalArgumentException("tree node " + n + " is in no tree");
    }
    this.labels = labels;
    this.intercept = intercept;
    this.root = root;
    this.label = label;
    this.feature = feature;
    this.split = split;
    this.left = left;
    this.right = right;
    this.value = value;
  }

  private static void own(boolean[] owned, int n) {
    if (owned[n]) throw new IllegalArgumentException("tree node " + n + " is shared");
    owned[n] = true;
  }

  /** The probability of each label for the inputs {@code x}. */
  double[] probabilities(double[] x) {
    double[] p = new double[labels];
    if (labels == 2) {
      double s = intercept;
      for (int t = 0; t < root.length; t++) s += leaf(root[t], x);
      p[0] = 1 / (1 + Math.exp(2 * s));
      p[1] = 1 - p[0];
      return p;
    }
    for (int t = 0; t < root.length; t++) p[label[t]] += leaf(root[t], x);
    Probabilities.softmax(p, p);
    return p;
  }

  /** The largest input index the trees read, plus one. */
  int inputs() {
    int max = 0;
    for (int f : feature) max = Math.max(max, f + 1);
    return max;
  }

  private double leaf(int n, double[] x) {
    while (feature[n] >= 0) n = x[feature[n]] <= split[n] ? left[n] : right[n];
    return value[n];
  }

  /**
   * Copies a fitted Smile model (numeric inputs only) through Smile's public API. Smile saves
   * models only by Java serialization, which Chorus never reads, and does not expose three
   * numbers, so they come from what it does in public: the shrinkage is the one training
   * passed; the intercept of two labels is the logistic loss's intercept of the class indices,
   * as Smile computes it; a split value is the largest input its node still sends left. A test
   * checks that the copy gives Smile's own probabilities.
   *
   * @param y the training labels, as given to Smile
   */
  static Trees from(GradientTreeBoost gbm, int labels, int[] y, double shrinkage) {
    RegressionTree[] trees = gbm.trees(); // more labels: label by label, trees in Smile's order
    int[] treeLabel = new int[trees.length];
    double intercept = 0;
    if (labels == 2) {
      intercept = Loss.logistic(ClassLabels.fit(y).y).intercept(null);
    } else {
      int perLabel = trees.length / labels;
      for (int t = 0; t < trees.length; t++) treeLabel[t] = t / perLabel;
    }
    Builder b = new Builder(shrinkage, new SplitProbe(gbm.schema()));
    int[] roots = new int[trees.length];
    for (int t = 0; t < roots.length; t++) roots[t] = b.add(trees[t].root());
    return new Trees(labels, intercept, roots, treeLabel, b.feature(), b.split(), b.left(),
        b.right(), b.value());
  }

  /**
   * Finds a split's value from {@link OrdinalNode#branch}, which sends {@code x <= value} left:
   * a binary search over doubles in their order finds the largest such {@code x} exactly.
   */
  private static final class SplitProbe {
    private final StructType schema;
    private final double[] row;

    SplitProbe(StructType schema) {
      this.schema = schema;
      this.row = new double[schema.length()];
    }

    double value(OrdinalNode node) {
      int f = node.feature();
      long lo = key(Double.NEGATIVE_INFINITY), hi = key(Double.POSITIVE_INFINITY);
      if (!left(node, f, lo)) throw new IllegalStateException("split sends nothing left");
      while (lo < hi) { // left(lo) holds; find the last key that is still left
        long mid = lo + ((hi - lo + 1) >>> 1);
        if (left(node, f, mid)) lo = mid;
        else hi = mid - 1;
      }
      return Double.longBitsToDouble(unkey(lo));
    }

    private boolean left(OrdinalNode node, int f, long key) {
      row[f] = Double.longBitsToDouble(unkey(key));
      return node.branch(Tuple.of(row, schema));
    }

    /** Doubles as longs in the same order (negatives flipped below the positives). */
    private static long key(double d) {
      long bits = Double.doubleToLongBits(d);
      return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
    }

    private static long unkey(long key) {
      return key >= 0 ? key : key ^ Long.MAX_VALUE;
    }
  }

  /** Flattens Smile's node objects, parents before children. */
  private static final class Builder {
    private final double shrinkage;
    private final SplitProbe splits;
    private int[] feature = new int[256];
    private double[] split = new double[256];
    private int[] left = new int[256];
    private int[] right = new int[256];
    private double[] value = new double[256];
    private int n;

    Builder(double shrinkage, SplitProbe splits) {
      this.shrinkage = shrinkage;
      this.splits = splits;
    }

    int add(Node node) {
      int at = n++;
      if (at == feature.length) grow();
      if (node instanceof RegressionNode leaf) {
        feature[at] = -1;
        value[at] = shrinkage * leaf.output();
        return at;
      }
      if (!(node instanceof OrdinalNode inner)) {
        throw new IllegalStateException("unsupported tree node " + node.getClass().getName());
      }
      feature[at] = inner.feature();
      split[at] = splits.value(inner);
      int l = add(inner.trueChild());
      int r = add(inner.falseChild());
      left[at] = l;
      right[at] = r;
      return at;
    }

    private void grow() {
      int size = feature.length * 2;
      feature = Arrays.copyOf(feature, size);
      split = Arrays.copyOf(split, size);
      left = Arrays.copyOf(left, size);
      right = Arrays.copyOf(right, size);
      value = Arrays.copyOf(value, size);
    }

    int[] feature() {
      return Arrays.copyOf(feature, n);
    }

    double[] split() {
      return Arrays.copyOf(split, n);
    }

    int[] left() {
      return Arrays.copyOf(left, n);
    }

    int[] right() {
      return Arrays.copyOf(right, n);
    }

    double[] value() {
      return Arrays.copyOf(value, n);
    }
  }
}
