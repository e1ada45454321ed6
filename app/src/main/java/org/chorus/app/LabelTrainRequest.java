package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;
import org.chorus.narratives.TrainingOptions;

/**
 * Train a model from a labels file about an index's posts: people's decisions count 1, seed
 * guesses {@code weakWeight}; then a grouped cross-validation on the people's decisions.
 *
 * @param folds 0 skips cross-validation
 * @param copies people's decisions also train as the near-duplicate copies of their posts
 *     ({@link org.chorus.labels.CopyLabels}); cross-validation scores without them
 */
public record LabelTrainRequest(Path labels, Path model, TrainingOptions options,
    double weakWeight, int folds, boolean copies) {
  /** What a seed guess counts against a person's decision by default. */
  public static final double DEFAULT_WEAK_WEIGHT = org.chorus.labels.LabelTraining.WEAK_WEIGHT;

  public LabelTrainRequest {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(model, "model");
    if (options == null) options = TrainingOptions.defaults();
    if (!(weakWeight > 0 && weakWeight <= 1)) {
      throw new IllegalArgumentException("weak weight must be in (0, 1]");
    }
    if (folds == 1 || folds < 0) throw new RequestException("folds must be 0 or at least 2");
  }

  /** Decisions carried to copies, as by default. */
  public LabelTrainRequest(Path labels, Path model, TrainingOptions options, double weakWeight,
      int folds) {
    this(labels, model, options, weakWeight, folds, true);
  }
}
