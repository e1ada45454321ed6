package org.chorus.narratives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's answer for one post: the labels it assigns (empty = "none": no label cleared its
 * threshold) and a calibrated probability for every label the model knows, in the model's label
 * order.
 */
public record Prediction(List<String> labels, Map<String, Double> scores) {
  public Prediction {
    labels = List.copyOf(labels);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /** No label was confident enough. */
  public boolean isNone() {
    return labels.isEmpty();
  }

  /** The highest-scoring label, whether or not it cleared its threshold. */
  public String top() {
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (var e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  public double score(String label) {
    return scores.getOrDefault(label, 0.0);
  }
}
