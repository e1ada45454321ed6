package org.chorus.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chorus.corpus.Post;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Fold;
import org.chorus.narratives.NarrativeCv;
import org.chorus.narratives.Example;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Trainer;
import org.chorus.narratives.TrainingOptions;

/**
 * A model from a {@link LabelSet}: people's decisions count 1, seed guesses {@code weakWeight}.
 * Multi-class when every decision names exactly one label (then "none" is never an answer);
 * multi-label otherwise, each label learnt against every post that lacks it.
 */
public final class LabelTraining {
  /** What a seed guess counts against a person's decision (measured in the annotate bench). */
  public static final double WEAK_WEIGHT = 0.3;
  /**
   * What a person's decision carried to a near-duplicate copy counts: nearly a decision, but
   * under 1 so that only people's own decisions set thresholds (a copy's twin trains the model
   * that would be scored on it). Measured in the annotate bench. Holding each copy out with the
   * post it copies when thresholds are fitted was tried and dropped: the cross-validated
   * macro-F1 of AnnotateCommandsTest's loop fell from 0.72 to 0.43 and the bundled bench moved
   * within its interval (0.703 to 0.694); when a campaign is labelled, its posts' copies are in
   * the training data too, so thresholds fitted with the twin present match that use.
   */
  public static final double COPY_WEIGHT = 0.9;

  private LabelTraining() {}

  /** The decisions about posts that {@code posts} holds (by id), as training examples. */
  public static List<Example> examples(List<LabelSet.Target> targets, Map<String, Post> posts,
      double weakWeight) {
    List<Example> out = new ArrayList<>(targets.size());
    for (LabelSet.Target t : targets) {
      Post p = posts.get(t.id());
      if (p != null) {
        double w = t.human() ? 1 : t.copy() ? COPY_WEIGHT : weakWeight;
        out.add(new Example(p, t.labels(), w, t.scope()));
      }
    }
    return out;
  }

  /**
   * Whether these examples need a multi-label model: some say none or several labels apply,
   * or speak for some labels only.
   */
  public static boolean needsMultiLabel(List<Example> examples) {
    return examples.stream().anyMatch(e -> e.labels().size() != 1 || e.scope() != null);
  }

  /** @throws org.chorus.narratives.TrainingDataException when the examples cannot train */
  public static NarrativeModel train(List<Example> examples, TrainingOptions base) {
    TrainingOptions o = base.withMultiLabel(needsMultiLabel(examples));
    boolean weighted = examples.stream().anyMatch(e -> e.weight() < 1);
    return Trainer.train(examples, o, weighted);
  }

  /**
   * Grouped cross-validation by account, scored on people's decisions only: each fold trains
   * on every seed guess plus the people's decisions about the other folds' accounts.
   *
   * @throws IllegalArgumentException when fewer accounts than folds carry human decisions
   */
  public static CrossValidation.Result crossValidate(List<Example> examples,
      TrainingOptions base, int folds, long seed, int resamples) throws Exception {
    boolean multi = needsMultiLabel(examples);
    List<Example> human = new ArrayList<>();
    List<Example> weak = new ArrayList<>();
    for (Example e : examples) (e.weight() < 1 ? weak : human).add(e);
    List<List<String>> truth = human.stream().map(Example::labels).toList();
    List<String> groups = human.stream().map(e -> e.post().account().id()).toList();
    List<Fold> split = NarrativeCv.folds(truth, groups, folds, seed);
    TrainingOptions o = base.withMultiLabel(multi);
    return CrossValidation.run(split, truth, groups, multi, (train, test) -> {
      List<Example> fit = new ArrayList<>(weak);
      for (int i : train) fit.add(human.get(i));
      NarrativeModel m = Trainer.train(fit, o, !weak.isEmpty());
      List<List<String>> out = new ArrayList<>(test.length);
      for (int i : test) out.add(m.predict(human.get(i).post()).labels());
      return out;
    }, resamples, seed);
  }
}
