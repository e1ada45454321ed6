package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.chorus.eval.Evaluation;
import org.chorus.eval.Slice;

/**
 * A model's scores on labelled posts.
 *
 * @param groupBy what the bootstrap resampled, as reports name it ("accounts", "posts")
 * @param slices the slices the {@link Scoring} asked for
 */
public record EvalResult(String model, @JsonProperty("group_by") String groupBy,
    Evaluation evaluation, List<Slice> slices, @JsonIgnore ReadSummary read) {

  public EvalResult {
    slices = List.copyOf(slices);
  }
}
