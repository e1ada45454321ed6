package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A post proposed for labelling, with what the current model makes of it.
 *
 * @param uncertainty 0 (sure) to 1; NaN-free: 1 when no model could be trained yet
 * @param predicted the labels the current model gives; empty without a model
 */
public record Proposal(String id, String account,
    @JsonProperty("screen_name") String screenName, String lang, String text,
    double uncertainty, List<String> predicted, Map<String, Double> scores) {
  public Proposal {
    predicted = List.copyOf(predicted);
    scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
  }
}
