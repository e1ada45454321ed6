package org.chorus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a learner over grouped folds and scores the pooled out-of-fold predictions, so every
 * item is predicted by a model that never saw its group. The learner is any function from
 * (train items, test items) to predictions, which keeps this class free of model details.
 */
public final class CrossValidation {

  /** Trains on {@code train} item indices and returns label lists for {@code test}, in order. */
  @FunctionalInterface
  public interface Learner {
    List<List<String>> fitAndPredict(int[] train, int[] test) throws Exception;
  }

  /** What one fold did: its sizes, its own macro-F1 and the seconds spent fitting+predicting. */
  public record FoldResult(int fold, int trainItems, int testItems, double macroF1,
      double seconds) {}

  /**
   * Pooled out-of-fold evaluation plus the per-fold figures.
   *
   * @param predicted the out-of-fold prediction of every input item, in input order (null for
   *     an item no fold tested)
   */
  public record Result(Evaluation pooled, List<FoldResult> folds, List<List<String>> predicted) {
    public Result {
      folds = List.copyOf(folds);
      predicted = java.util.Collections.unmodifiableList(new ArrayList<>(predicted));
    }

    /** Mean of per-fold macro-F1 (the pooled figure is usually the one to quote). */
    public double meanFoldMacroF1() {
      return folds.stream().mapToDouble(FoldResult::macroF1).average().orElse(0);
    }
  }

  private CrossValidation() {}

  /**
   * @param truth true labels per item; with {@code multiLabel == false} exactly one each
   * @param groups group key per item, for the bootstrap (the folds must respect the same groups)
   */
  public static Result run(List<Fold> folds, List<List<String>> truth, List<String> groups,
      boolean multiLabel, Learner learner, int resamples, long seed) throws Exception {
    List<List<String>> predicted = new ArrayList<>(java.util.Collections.nCopies(truth.size(),
        (List<String>) null));
    List<FoldResult> results = new ArrayList<>();
    for (Fold fold : folds) {
      int[] test = fold.test();
      long start = System.nanoTime();
      List<List<String>> out = learner.fitAndPredict(fold.train(), test);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (out.size() != test.length) {
        throw new IllegalStateException("learner returned " + out.size() + " predictions for "
            + test.length + " test items");
      }
      for (int i = 0; i < test.length; i++) predicted.set(test[i], out.get(i));
      Outcomes foldOutcomes = outcomes(select(truth, test), out, multiLabel);
      results.add(new FoldResult(fold.index(), fold.train().length, test.length,
          foldOutcomes.report().macroF1(), seconds));
    }
    int[] scored = folds.stream().flatMapToInt(f -> Arrays.stream(f.test())).sorted().toArray();
    Outcomes pooled = outcomes(select(truth, scored), select(predicted, scored), multiLabel);
    List<String> pooledGroups = groups == null ? null : select(groups, scored);
    return new Result(Evaluation.of(pooled, pooledGroups, resamples, seed), results, predicted);
  }

  /** Single-label outcomes take the first label of each list; multi-label ones the sets. */
  public static Outcomes outcomes(List<List<String>> truth, List<List<String>> predicted,
      boolean multiLabel) {
    if (multiLabel) return Outcomes.multiLabel(truth, predicted);
    return Outcomes.singleLabel(first(truth), first(predicted));
  }

  private static List<String> first(List<List<String>> lists) {
    return lists.stream().map(l -> l.isEmpty() ? Outcomes.NONE : l.get(0)).toList();
  }

  private static <T> List<T> select(List<T> list, int[] items) {
    List<T> out = new ArrayList<>(items.length);
    for (int i : items) out.add(list.get(i));
    return out;
  }
}
