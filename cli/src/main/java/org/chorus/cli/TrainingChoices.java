package org.chorus.cli;

import java.util.Locale;
import org.chorus.narratives.FeatureSettings;
import org.chorus.narratives.Learner;
import org.chorus.narratives.TrainingOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The model options {@code train}, {@code cv} and {@code bench classify} train with; use as a mixin. */
final class TrainingChoices {
  @Option(names = "--multi-label",
      description = "Several labels (or none) per post, with per-label thresholds.")
  boolean multiLabel;

  @Option(names = "--learner", paramLabel = "sgd|smile_logistic", converter = LearnerConverter.class,
      description = "How weights are fitted (default: the model's default).")
  Learner learner;

  @Option(names = "--epochs", paramLabel = "N", description = "Training passes; 0 = automatic "
      + "(default).")
  Integer epochs;

  @Option(names = "--word-ngrams", paramLabel = "N",
      description = "Longest word n-gram, 1..3 (default: the model's default).")
  Integer wordNgrams;

  @Option(names = "--char-ngrams", paramLabel = "MIN-MAX",
      description = "Character n-grams inside words, e.g. 2-5; 0-0 for none (default: the "
          + "model's default).")
  String charNgrams;

  @Option(names = "--hash-bits", paramLabel = "BITS",
      description = "Features hash into 2^BITS buckets (default: the model's default).")
  Integer hashBits;

  @Option(names = "--post-shape", negatable = true, paramLabel = "on",
      description = "Features of how the post is written: length, links, truncation, case, "
          + "punctuation (default: on).")
  Boolean postShape;

  @Option(names = "--time-features", negatable = true, paramLabel = "on",
      description = "The post's month and hour of day as features (default: off).")
  Boolean timeFeatures;

  @Option(names = "--class-weighting", paramLabel = "SHARE",
      description = "Scale each feature's idf by how unevenly it spreads over the labels, 0..1 "
          + "(0 = plain TF-IDF; default: the model's default).")
  Double classWeighting;

  @Option(names = "--lambda", paramLabel = "L",
      description = "L2 regularisation strength (default: the model's default).")
  Double lambda;

  @Option(names = "--stack",
      description = "Stack a character 2-5-gram model beside this one and combine the two with "
          + "gradient-boosted trees over their out-of-account scores and the post's shape: "
          + "better on small datasets, about 20 times slower to train; one label per post.")
  boolean stack;

  TrainingOptions options() {
    TrainingOptions o = TrainingOptions.defaults().withMultiLabel(multiLabel);
    FeatureSettings f = o.features();
    try {
      if (learner != null) o = o.withLearner(learner);
      if (epochs != null) o = o.withEpochs(epochs);
      if (wordNgrams != null) f = f.withWordNgrams(wordNgrams);
      if (hashBits != null) f = f.withHashBits(hashBits);
      if (charNgrams != null) {
        String[] range = charNgrams.split("-");
        if (range.length != 2) throw new IllegalArgumentException("--char-ngrams wants MIN-MAX");
        f = f.withCharNgrams(Integer.parseInt(range[0].strip()), Integer.parseInt(range[1].strip()));
      }
      if (postShape != null) f = f.withPostShape(postShape);
      if (timeFeatures != null) f = f.withTime(timeFeatures);
      if (classWeighting != null) f = f.withClassWeighting(classWeighting);
      if (lambda != null) o = o.withLambda(lambda);
      return o.withFeatures(f).withStacked(stack);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static final class LearnerConverter implements ITypeConverter<Learner> {
    @Override
    public Learner convert(String value) {
      try {
        return Learner.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown learner '" + value + "'");
      }
    }
  }
}
