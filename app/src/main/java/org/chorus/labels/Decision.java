package org.chorus.labels;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One line of a labels file. A {@code human} line gives a post's complete label set (empty:
 * none applies); a {@code seed} line is a query's guess about one {@code narrative}: labels
 * {@code [narrative]} for a hit, empty for a sampled non-hit. For one post and annotator, a
 * later line replaces an earlier one.
 *
 * @param annotator who decided; for seeds, the query
 * @param narrative the narrative a seed line speaks for; null for human lines
 * @param time ISO-8601 instant, or null
 */
@JsonPropertyOrder({"id", "labels", "source", "annotator", "narrative", "time"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision(String id, List<String> labels, String source, String annotator,
    String narrative, String time) {
  public static final String HUMAN = "human";
  public static final String SEED = "seed";

  public Decision {
    Objects.requireNonNull(id, "id");
    labels = List.copyOf(labels);
    if (!HUMAN.equals(source) && !SEED.equals(source)) {
      throw new IllegalArgumentException("source must be human or seed");
    }
    annotator = annotator == null || annotator.isBlank() ? "?" : annotator;
  }

  public boolean human() {
    return HUMAN.equals(source);
  }
}
