package org.chorus.bench;

import java.util.List;

/**
 * What an external baseline produced: predictions in test order and wall-clock seconds of its
 * training and prediction processes (tool start-up and file reading included), or why it was
 * skipped.
 *
 * @param predictStartupSeconds of {@code predictSeconds}, the time a prediction run on a single
 *     line takes (process start, model load): subtract it for the labelling rate proper
 *
 * @param skipped null when the baseline ran; otherwise the reason, and predictions are empty
 * @param note how the run deviated from the plain setting (e.g. a sampled training set), or null
 */
public record BaselineResult(String system, List<String> predictions, double trainSeconds,
    double predictSeconds, double predictStartupSeconds, String skipped, String note) {

  public BaselineResult {
    predictions = List.copyOf(predictions);
  }

  static BaselineResult skipped(String system, String reason) {
    return new BaselineResult(system, List.of(), 0, 0, 0, reason, null);
  }

  /** Posts per second of prediction, start-up and model load excluded. */
  public double predictRate() {
    double seconds = predictSeconds - predictStartupSeconds;
    return seconds > 0 ? predictions.size() / seconds : Double.NaN;
  }

  public boolean ran() {
    return skipped == null;
  }
}
