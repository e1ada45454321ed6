package org.chorus.narratives;

import java.time.Instant;

/**
 * Everything that decides what {@link Trainer} produces. With the same options and the same
 * posts in the same order, training gives the same model file byte for byte, provided
 * {@code created} is fixed.
 *
 * @param multiLabel one-vs-rest with per-label thresholds (a post may get several labels or
 *     none) instead of one label per post
 * @param epochs passes over the data; 0 = automatic: {@code clamp(200,000 / posts, 5, 50)},
 *     so small sets get enough updates and large ones stay fast
 * @param minScore multi-class only: below this top probability the outcome is "none"
 * @param created creation time written into the model; null means now
 * @param stacked a stacked model ({@link StackTrainer}): a character n-gram model beside the
 *     configured one, combined by gradient-boosted trees; one label per post
 */
public record TrainingOptions(
    boolean multiLabel,
    FeatureSettings features,
    Learner learner,
    int epochs,
    double learningRate,
    double lambda,
    long seed,
    double minScore,
    Instant created,
    boolean stacked) {

  public TrainingOptions {
    if (features == null) features = FeatureSettings.defaults();
    if (learner == null) learner = Learner.SGD;
    if (epochs < 0) throw new IllegalArgumentException("epochs must be >= 0 (0 = automatic)");
    if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate must be > 0");
    if (!(lambda >= 0)) throw new IllegalArgumentException("lambda must be >= 0");
    if (!(minScore >= 0 && minScore < 1)) throw new IllegalArgumentException("minScore in [0,1)");
    if (stacked && multiLabel) {
      throw new IllegalArgumentException("a stacked model gives one label per post: it cannot"
          + " be multi-label");
    }
  }

  /** The measured defaults: multi-class, SGD, automatic epochs. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(false, FeatureSettings.defaults(), Learner.SGD, 0, 0.5, 1e-6, 42,
        0, null, false);
  }

  /** The epochs to run over {@code posts} training posts. */
  public int epochsFor(int posts) {
    if (epochs > 0) return epochs;
    return (int) Math.max(5, Math.min(50, Math.ceil(200_000.0 / Math.max(1, posts))));
  }

  public TrainingOptions withMultiLabel(boolean on) {
    return new TrainingOptions(on, features, learner, epochs, learningRate, lambda, seed, minScore,
        created, stacked);
  }

  public TrainingOptions withFeatures(FeatureSettings f) {
    return new TrainingOptions(multiLabel, f, learner, epochs, learningRate, lambda, seed,
        minScore, created, stacked);
  }

  public TrainingOptions withLearner(Learner l) {
    return new TrainingOptions(multiLabel, features, l, epochs, learningRate, lambda, seed,
        minScore, created, stacked);
  }

  public TrainingOptions withEpochs(int e) {
    return new TrainingOptions(multiLabel, features, learner, e, learningRate, lambda, seed,
        minScore, created, stacked);
  }

  public TrainingOptions withLearningRate(double r) {
    return new TrainingOptions(multiLabel, features, learner, epochs, r, lambda, seed, minScore,
        created, stacked);
  }

  public TrainingOptions withLambda(double l) {
    return new TrainingOptions(multiLabel, features, learner, epochs, learningRate, l, seed,
        minScore, created, stacked);
  }

  public TrainingOptions withMinScore(double s) {
    return new TrainingOptions(multiLabel, features, learner, epochs, learningRate, lambda, seed,
        s, created, stacked);
  }

  public TrainingOptions withStacked(boolean on) {
    return new TrainingOptions(multiLabel, features, learner, epochs, learningRate, lambda, seed,
        minScore, created, on);
  }

  public TrainingOptions withCreated(Instant t) {
    return new TrainingOptions(multiLabel, features, learner, epochs, learningRate, lambda, seed,
        minScore, t, stacked);
  }
}
