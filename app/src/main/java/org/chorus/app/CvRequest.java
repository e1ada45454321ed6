package org.chorus.app;

import org.chorus.narratives.TrainingOptions;

/**
 * Cross-validate narrative models trained with {@code options} on labelled datasets: each fold
 * trains on the other folds' groups only, and the pooled out-of-fold predictions are scored.
 */
public record CvRequest(DatasetFiles data, TrainingOptions options, int folds,
    Scoring scoring) {

  public CvRequest {
    if (folds < 2) throw new RequestException("folds must be at least 2");
  }
}
