package org.chorus.narratives;

import java.util.List;

/**
 * How margins become the probabilities and labels of a {@link Prediction}.
 *
 * <p>Multi-class: softmax over the margins; the top label is assigned unless its probability is
 * below {@code minScore} (then "none"). Multi-label: per label, Platt scaling
 * {@code p = 1 / (1 + exp(a * margin + b))} fitted on held-out posts, and the label is assigned
 * when {@code p >= threshold}, a threshold chosen on those posts to maximise the label's F1.
 */
public record Calibration(
    double minScore, List<Double> plattA, List<Double> plattB, List<Double> thresholds) {

  public Calibration {
    plattA = plattA == null ? List.of() : List.copyOf(plattA);
    plattB = plattB == null ? List.of() : List.copyOf(plattB);
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
  }

  static Calibration multiClass(double minScore) {
    return new Calibration(minScore, List.of(), List.of(), List.of());
  }
}
