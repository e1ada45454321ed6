package org.chorus.eval;

/**
 * Precision, recall and F1 of one class. A ratio with a zero denominator is 0 (as in
 * scikit-learn's {@code zero_division=0}): a class never predicted has precision 0, a class
 * never present has recall 0.
 *
 * @param support items whose true labels include this class
 * @param predicted items whose predicted labels include this class
 */
public record ClassMetrics(
    String label, double precision, double recall, double f1, int support, int predicted) {

  static ClassMetrics of(String label, long tp, long fp, long fn) {
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    double f1 = ratio(2 * tp, 2 * tp + fp + fn);
    return new ClassMetrics(label, precision, recall, f1, (int) (tp + fn), (int) (tp + fp));
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
