package org.chorus.eval;

/**
 * Two models scored on the same items and the same bootstrap resamples.
 *
 * @param a the statistic of model A on all items
 * @param b the statistic of model B on all items
 * @param difference B minus A, with its percentile interval over the paired resamples
 * @param shareBAtLeastA share of resamples in which B scored at least A; near 1 means B is
 *     reliably no worse, near 0 reliably worse. {@code 1 - shareBAtLeastA} reads like a one-sided
 *     p-value for "B is better than A".
 */
public record PairedComparison(
    double a, double b, ConfidenceInterval difference, double shareBAtLeastA) {}
