package org.chorus.narratives;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import smile.base.cart.InternalNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import smile.base.cart.RegressionNode;
import smile.classification.GradientTreeBoost;
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
   * Copies a fitted Smile model (numeric inputs only). Smile keeps split values, the intercept
   * and the shrinkage in non-public fields and saves models only by Java serialization, which
   * Chorus never reads; they are read here once, at training time, and a test checks that the
   * copy gives Smile's own probabilities.
   */
  static Trees from(GradientTreeBoost gbm, int labels) {
    try {
      double shrinkage = (double) field(GradientTreeBoost.class, "shrinkage").get(gbm);
      List<RegressionTree> trees = new ArrayList<>();
      List<Integer> treeLabel = new ArrayList<>();
      double intercept = 0;
      if (labels == 2) {
        intercept = (double) field(GradientTreeBoost.class, "b").get(gbm);
        for (RegressionTree t : gbm.trees()) {
          trees.add(t);
          treeLabel.add(0);
        }
      } else {
        RegressionTree[][] forest =
            (RegressionTree[][]) field(GradientTreeBoost.class, "forest").get(gbm);
        // Tree by tree in Smile's order within each label, so the sums round the same way.
        for (int c = 0; c < forest.length; c++) {
          for (RegressionTree t : forest[c]) {
            trees.add(t);
            treeLabel.add(c);
          }
        }
      }
      Field splitValue = field(OrdinalNode.class, "value");
      Builder b = new Builder(shrinkage, splitValue);
      int[] roots = new int[trees.size()];
      for (int t = 0; t < roots.length; t++) roots[t] = b.add(trees.get(t).root());
      return new Trees(labels, intercept, roots,
          treeLabel.stream().mapToInt(Integer::intValue).toArray(), b.feature(), b.split(),
          b.left(), b.right(), b.value());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this Smile version keeps its trees differently", e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** Flattens Smile's node objects, parents before children. */
  private static final class Builder {
    private final double shrinkage;
    private final Field splitValue;
    private int[] feature = new int[256];
    private double[] split = new double[256];
    private int[] left = new int[256];
    private int[] right = new int[256];
    private double[] value = new double[256];
    private int n;

    Builder(double shrinkage, Field splitValue) {
      this.shrinkage = shrinkage;
      this.splitValue = splitValue;
    }

    int add(Node node) throws IllegalAccessException {
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
      feature[at] = ((InternalNode) inner).feature();
      split[at] = (double) splitValue.get(inner);
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
