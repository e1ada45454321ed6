package org.chorus.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chorus.corpus.Post;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Fold;
import org.chorus.eval.GroupedKFold;

/**
 * Cross-validates {@link Trainer} with the eval package's grouped folds: by default every
 * account stays inside one fold, so no account is on both sides of a split. Unlabelled posts
 * are left out (training would skip them anyway).
 */
public final class NarrativeCv {
  private NarrativeCv() {}

  /** Grouped by account. */
  public static CrossValidation.Result run(List<Post> posts, TrainingOptions options, int folds,
      long seed, int resamples) throws Exception {
    return run(posts, options, folds, seed, resamples, p -> p.account().id());
  }

  /** Grouped by any key of a post (an account, a claim's item, ...). */
  public static CrossValidation.Result run(List<Post> posts, TrainingOptions options, int folds,
      long seed, int resamples, Function<Post, String> groupOf) throws Exception {
    List<Post> labelled = posts.stream().filter(p -> !p.labels().isEmpty()).toList();
    List<List<String>> truth = new ArrayList<>(labelled.size());
    List<String> groups = new ArrayList<>(labelled.size());
    for (Post p : labelled) {
      truth.add(options.multiLabel() ? p.labels() : p.labels().subList(0, 1));
      groups.add(groupOf.apply(p));
    }
    List<Fold> split = folds(truth, groups, folds, seed);
    return run(labelled, truth, groups, split, options, resamples, seed, () -> {});
  }

  /**
   * Grouped folds stratified by label set, so every fold sees the labels in about the same
   * shares.
   *
   * @throws IllegalArgumentException when there are fewer groups than folds
   */
  public static List<Fold> folds(List<List<String>> truth, List<String> groups, int folds,
      long seed) {
    List<String> strata = truth.stream().map(t -> String.join("+", t)).toList();
    return new GroupedKFold(folds, seed).split(groups, strata);
  }

  /**
   * Over given folds of labelled posts.
   *
   * @param truth the labels scored for each post (the first only for single-label options)
   * @param foldDone runs after each fold, e.g. to report progress
   */
  public static CrossValidation.Result run(List<Post> posts, List<List<String>> truth,
      List<String> groups, List<Fold> split, TrainingOptions options, int resamples, long seed,
      Runnable foldDone) throws Exception {
    return CrossValidation.run(split, truth, groups, options.multiLabel(), (train, test) -> {
      NarrativeModel model = Trainer.train(select(posts, train), options);
      List<List<String>> out = model.predictBatch(select(posts, test)).stream()
          .map(Prediction::labels).toList();
      foldDone.run();
      return out;
    }, resamples, seed);
  }

  /** The posts at {@code items}, in that order. */
  static List<Post> select(List<Post> posts, int[] items) {
    List<Post> out = new ArrayList<>(items.length);
    for (int i : items) out.add(posts.get(i));
    return out;
  }
}
