package org.chorus.app;

import java.nio.file.Path;
import org.chorus.narratives.TrainingOptions;

/**
 * Train a narrative model on labelled datasets and write it to a file, with the figures of a
 * grouped cross-validation of the same settings in its header.
 *
 * @param folds cross-validation folds, grouped by account; 0 skips it
 * @param createdFromData record the latest post's time as the model's creation time, which
 *     makes the file reproducible byte for byte; otherwise {@code options.created()} (null: now)
 */
public record TrainRequest(DatasetFiles data, Path model, TrainingOptions options, int folds,
    boolean createdFromData) {

  public TrainRequest {
    if (folds == 1 || folds < 0) throw new RequestException("folds must be 0 or at least 2");
  }
}
