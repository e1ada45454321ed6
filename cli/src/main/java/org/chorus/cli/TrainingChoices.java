package org.chorus.cli;

import java.util.Locale;
import org.chorus.narratives.Learner;
import org.chorus.narratives.TrainingOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The model options {@code cv} and {@code bench-classify} train with; use as a mixin. */
final class TrainingChoices {
  @Option(names = "--multi-label",
      description = "Several labels (or none) per post, with per-label thresholds.")
  boolean multiLabel;

  @Option(names = "--learner", paramLabel = "sgd|smile_logistic", converter = LearnerConverter.class,
      description = "How weights are fitted (default: the model's default).")
  Learner learner;

  @Option(names = "--epochs", paramLabel = "N", description = "Training passes (default: the "
      + "model's default).")
  Integer epochs;

  TrainingOptions options() {
    TrainingOptions o = TrainingOptions.defaults().withMultiLabel(multiLabel);
    if (learner != null) o = o.withLearner(learner);
    if (epochs != null) o = o.withEpochs(epochs);
    return o;
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
