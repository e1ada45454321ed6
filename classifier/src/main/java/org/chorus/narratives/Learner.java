package org.chorus.narratives;

import java.util.List;

/**
 * How the linear weights are fitted. {@link #SGD} is the default: measured against Smile's
 * L-BFGS logistic regression it reaches the same F1 (see the report) and, unlike it, scales to
 * millions of posts in seconds and a fixed amount of memory.
 */
public enum Learner {
  /** Chorus's own SGD over sparse hashed features (softmax or one-vs-rest logistic loss). */
  SGD,
  /** Smile {@code SparseLogisticRegression} (L-BFGS, multinomial or binomial per label). */
  SMILE_LOGISTIC;

  LinearModel fit(List<SparseVector> x, int[][] y, int labels, int dimension, boolean multiLabel,
      TrainingOptions options) {
    return fit(x, y, null, null, labels, dimension, multiLabel, options);
  }

  /**
   * @param weights per post, scaling its loss; null for all 1 (SGD only otherwise)
   * @param scopes per post, the label indices it speaks for (null entries or array: all); a
   *     label outside a post's scope learns nothing from it (multi-label SGD only)
   */
  LinearModel fit(List<SparseVector> x, int[][] y, double[] weights, int[][] scopes, int labels,
      int dimension, boolean multiLabel, TrainingOptions options) {
    return switch (this) {
      case SGD -> new SgdLearner(options).fit(x, y, weights, scopes, labels, dimension,
          multiLabel);
      case SMILE_LOGISTIC -> {
        if (weights != null || scopes != null) {
          throw new TrainingDataException("weighted posts (weak labels) need the SGD learner");
        }
        yield SmileLogistic.fit(x, y, labels, dimension, multiLabel, options);
      }
    };
  }
}
