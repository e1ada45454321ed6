package org.chorus.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.narratives.Prediction;

/**
 * One line of a labelled file: a post's id, the labels the model gives it and every label's
 * score.
 */
public record PostLabels(String id, List<String> labels, Map<String, Double> scores) {

  public PostLabels {
    labels = List.copyOf(labels);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /** Scores rounded to six decimals: more would be noise, and files would double in size. */
  static PostLabels of(String id, Prediction p) {
    Map<String, Double> scores = new LinkedHashMap<>();
    p.scores().forEach((label, s) -> scores.put(label, Math.round(s * 1e6) / 1e6));
    return new PostLabels(id, p.labels(), scores);
  }
}
