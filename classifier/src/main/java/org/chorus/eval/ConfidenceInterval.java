package org.chorus.eval;

/**
 * A statistic measured on all items with a percentile bootstrap interval around it.
 *
 * @param estimate the statistic on the full data
 * @param low the {@code (1 - level) / 2} quantile of the resampled statistic
 * @param high the {@code (1 + level) / 2} quantile
 * @param level e.g. 0.95
 * @param resamples how many bootstrap resamples the bounds come from
 * @param groups how many groups (e.g. accounts) were resampled
 */
public record ConfidenceInterval(
    double estimate, double low, double high, double level, int resamples, int groups) {

  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  public double width() {
    return high - low;
  }
}
