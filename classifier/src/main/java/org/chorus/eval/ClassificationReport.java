package org.chorus.eval;

import java.util.Collection;
import java.util.List;

/**
 * How well predicted labels match true ones: per-class precision, recall and F1, their macro
 * average, micro-F1 and accuracy. Build one with {@link Outcomes#report()}.
 *
 * <p>Macro averages run over the classes that occur in the truth or the predictions of the
 * items scored; {@link Outcomes#NONE} ("no label") only when some item truly has no label,
 * since otherwise predicting none is already scored as the true labels it missed. Micro-F1 pools true/false positives over classes; for single-label outcomes where
 * every item gets a label it equals accuracy. For multi-label outcomes accuracy is the share of items whose predicted set
 * equals the true set exactly, and there is no confusion matrix ({@code confusion} is null).
 */
public record ClassificationReport(
    int items,
    boolean multiLabel,
    List<ClassMetrics> classes,
    double macroPrecision,
    double macroRecall,
    double macroF1,
    double microF1,
    double accuracy,
    ConfusionMatrix confusion) {

  public ClassificationReport {
    classes = List.copyOf(classes);
  }

  public List<String> labels() {
    return classes.stream().map(ClassMetrics::label).toList();
  }

  /** The metrics of one class; throws if the class never occurs in truth or predictions. */
  public ClassMetrics metrics(String label) {
    for (ClassMetrics c : classes) {
      if (c.label().equals(label)) return c;
    }
    throw new IllegalArgumentException("no class '" + label + "' in this report; classes: "
        + labels());
  }

  /**
   * Macro-F1 over chosen classes only, e.g. FAVOR and AGAINST of a stance task whose NONE class
   * is not scored. A chosen class absent from the report counts as F1 0.
   */
  public double macroF1Over(Collection<String> labels) {
    if (labels.isEmpty()) throw new IllegalArgumentException("no classes to average over");
    double sum = 0;
    for (String label : labels) {
      for (ClassMetrics c : classes) {
        if (c.label().equals(label)) sum += c.f1();
      }
    }
    return sum / labels.size();
  }
}
