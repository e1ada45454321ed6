package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.chorus.eval.CrossValidation.FoldResult;
import org.chorus.eval.Evaluation;
import org.chorus.eval.Slice;

/**
 * A cross-validation: the pooled out-of-fold evaluation, each fold's figures, and the slices
 * the {@link Scoring} asked for.
 *
 * @param groupBy what splits and resamples kept together, as reports name it
 * @param learner how weights were fitted ("sgd", "smile_logistic")
 */
public record CvResult(
    int folds,
    @JsonProperty("group_by") String groupBy,
    @JsonProperty("multi_label") boolean multiLabel,
    String learner,
    boolean stacked,
    Evaluation evaluation,
    @JsonProperty("per_fold") List<FoldResult> perFold,
    List<Slice> slices,
    @JsonIgnore ReadSummary read) {

  public CvResult {
    perFold = List.copyOf(perFold);
    slices = List.copyOf(slices);
  }

  /** Mean of the folds' macro-F1 (the pooled figure is usually the one to quote). */
  @JsonIgnore
  public double meanFoldMacroF1() {
    return perFold.stream().mapToDouble(FoldResult::macroF1).average().orElse(0);
  }
}
