package org.chorus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * True and predicted labels of the same items, in the same order, encoded once so that metrics
 * over any subset of items (a bootstrap resample, a fold) are cheap to count.
 *
 * <p>Multi-label outcomes are sets; an empty set means the item carries no label and is counted
 * as the explicit class {@link #NONE}, so "predicted nothing" is scored like any other outcome.
 */
public final class Outcomes {
  /** The class of an item whose label set is empty. */
  public static final String NONE = "none";

  private final List<String> labels;
  private final int[][] truth;
  private final int[][] predicted;
  private final boolean multiLabel;

  private Outcomes(List<String> labels, int[][] truth, int[][] predicted, boolean multiLabel) {
    this.labels = labels;
    this.truth = truth;
    this.predicted = predicted;
    this.multiLabel = multiLabel;
  }

  /** One true and one predicted label per item. */
  public static Outcomes singleLabel(List<String> truth, List<String> predicted) {
    return multiLabelOrNot(
        truth.stream().map(t -> List.of(requireLabel(t))).toList(),
        predicted.stream().map(p -> List.of(requireLabel(p))).toList(),
        false);
  }

  /** A set of true and a set of predicted labels per item; empty sets mean {@link #NONE}. */
  public static Outcomes multiLabel(
      List<? extends Collection<String>> truth, List<? extends Collection<String>> predicted) {
    return multiLabelOrNot(truth, predicted, true);
  }

  private static Outcomes multiLabelOrNot(
      List<? extends Collection<String>> truth,
      List<? extends Collection<String>> predicted,
      boolean multiLabel) {
    if (truth.size() != predicted.size()) {
      throw new IllegalArgumentException(
          truth.size() + " true labels but " + predicted.size() + " predictions");
    }
    TreeSet<String> names = new TreeSet<>();
    for (Collection<String> t : truth) names.addAll(orNone(t));
    for (Collection<String> p : predicted) names.addAll(orNone(p));
    Map<String, Integer> codes = new TreeMap<>();
    for (String name : names) codes.put(name, codes.size());
    return new Outcomes(List.copyOf(names), encode(truth, codes), encode(predicted, codes),
        multiLabel);
  }

  private static String requireLabel(String label) {
    if (label == null || label.isEmpty()) {
      throw new IllegalArgumentException("a single-label outcome needs a non-empty label");
    }
    return label;
  }

  private static Collection<String> orNone(Collection<String> set) {
    return set.isEmpty() ? List.of(NONE) : set;
  }

  private static int[][] encode(List<? extends Collection<String>> sets, Map<String, Integer> codes) {
    int[][] encoded = new int[sets.size()][];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = new TreeSet<>(orNone(sets.get(i))).stream().mapToInt(codes::get).toArray();
    }
    return encoded;
  }

  public int size() {
    return truth.length;
  }

  public boolean multiLabel() {
    return multiLabel;
  }

  /** Every class seen in truth or predictions, sorted. */
  public List<String> labels() {
    return labels;
  }

  /** True when {@code other} scores the same items with the same true labels. */
  public boolean sameTruthAs(Outcomes other) {
    if (other.size() != size()) return false;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i].length != other.truth[i].length) return false;
      for (int j = 0; j < truth[i].length; j++) {
        if (!labels.get(truth[i][j]).equals(other.labels.get(other.truth[i][j]))) return false;
      }
    }
    return true;
  }

  /** The outcomes of some items only (e.g. one language), in the given order. */
  public Outcomes subset(int[] items) {
    int[][] t = new int[items.length][];
    int[][] p = new int[items.length][];
    for (int i = 0; i < items.length; i++) {
      t[i] = truth[items[i]];
      p[i] = predicted[items[i]];
    }
    return new Outcomes(labels, t, p, multiLabel);
  }

  public ClassificationReport report() {
    return report(allItems());
  }

  /** The report over some items (indices, repeats allowed), e.g. a bootstrap resample. */
  public ClassificationReport report(int[] items) {
    Counts counts = count(items);
    List<ClassMetrics> classes = new ArrayList<>();
    List<ClassMetrics> averaged = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      if (counts.occurs(c)) {
        ClassMetrics m = ClassMetrics.of(labels.get(c), counts.tp[c], counts.fp[c], counts.fn[c]);
        classes.add(m);
        if (counts.averaged(c)) averaged.add(m);
      }
    }
    double p = averaged.stream().mapToDouble(ClassMetrics::precision).average().orElse(0);
    double r = averaged.stream().mapToDouble(ClassMetrics::recall).average().orElse(0);
    double f = averaged.stream().mapToDouble(ClassMetrics::f1).average().orElse(0);
    return new ClassificationReport(items.length, multiLabel, classes, p, r, f,
        counts.microF1(), ClassMetrics.ratio(counts.exact, items.length),
        multiLabel ? null : confusion(items, counts));
  }

  /** Macro-F1 over some items, without building a report: the bootstrap's hot path. */
  public double macroF1(int[] items) {
    return count(items).macroF1(null);
  }

  /** A statistic for {@link GroupBootstrap}: macro-F1 over the chosen classes only. */
  public ToDoubleFunction<int[]> macroF1Over(Collection<String> classes) {
    if (classes.isEmpty()) throw new IllegalArgumentException("no classes to average over");
    int[] codes = classes.stream().mapToInt(labels::indexOf).toArray();
    return items -> count(items).macroF1(codes);
  }

  int[] allItems() {
    int[] all = new int[size()];
    Arrays.setAll(all, i -> i);
    return all;
  }

  private ConfusionMatrix confusion(int[] items, Counts counts) {
    // Only classes occurring in these items get a row, like the per-class table.
    int[] row = new int[labels.size()];
    List<String> present = new ArrayList<>();
    Arrays.fill(row, -1);
    for (int c = 0; c < labels.size(); c++) {
      if (counts.occurs(c)) {
        row[c] = present.size();
        present.add(labels.get(c));
      }
    }
    int[][] cells = new int[present.size()][present.size()];
    for (int i : items) cells[row[truth[i][0]]][row[predicted[i][0]]]++;
    return new ConfusionMatrix(present, cells);
  }

  private Counts count(int[] items) {
    Counts counts = new Counts(labels.size(), labels.indexOf(NONE));
    for (int i : items) {
      int[] t = truth[i];
      int[] p = predicted[i];
      if (Arrays.equals(t, p)) counts.exact++;
      for (int c : t) {
        if (contains(p, c)) counts.tp[c]++;
        else counts.fn[c]++;
      }
      for (int c : p) {
        if (!contains(t, c)) counts.fp[c]++;
      }
    }
    return counts;
  }

  private static boolean contains(int[] sortedSet, int c) {
    for (int x : sortedSet) {
      if (x == c) return true;
    }
    return false;
  }

  /** True positives, false positives and false negatives per class. */
  private static final class Counts {
    final long[] tp;
    final long[] fp;
    final long[] fn;
    final int none;
    long exact;

    Counts(int classes, int none) {
      tp = new long[classes];
      fp = new long[classes];
      fn = new long[classes];
      this.none = none;
    }

    boolean occurs(int c) {
      return tp[c] + fp[c] + fn[c] > 0;
    }

    /**
     * Whether a class enters the averages. "none" only does when some item truly has no label:
     * otherwise predicting none is already counted as the missed true labels, and a none class
     * with F1 0 would be counted twice.
     */
    boolean averaged(int c) {
      return occurs(c) && (c != none || tp[c] + fn[c] > 0);
    }

    double f1(int c) {
      return ClassMetrics.ratio(2 * tp[c], 2 * tp[c] + fp[c] + fn[c]);
    }

    /** Over the given classes (absent ones count 0), or all occurring ones when null. */
    double macroF1(int[] over) {
      double sum = 0;
      int n = 0;
      if (over == null) {
        for (int c = 0; c < tp.length; c++) {
          if (averaged(c)) {
            sum += f1(c);
            n++;
          }
        }
      } else {
        for (int c : over) {
          if (c >= 0) sum += f1(c);
          n++;
        }
      }
      return n == 0 ? 0 : sum / n;
    }

    double microF1() {
      long t = 0;
      long f = 0;
      for (int c = 0; c < tp.length; c++) {
        if (c == none && !averaged(c)) continue;
        t += tp[c];
        f += fp[c] + fn[c];
      }
      return ClassMetrics.ratio(2 * t, 2 * t + f);
    }
  }
}
