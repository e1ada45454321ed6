package org.chorus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.corpus.Post;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Fold;
import org.chorus.eval.GroupedKFold;
import org.chorus.eval.Outcomes;
import org.chorus.eval.Slice;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
import org.chorus.narratives.Trainer;
import org.chorus.narratives.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus cv}: grouped K-fold cross-validation of the narrative model. Each fold trains on
 * the other folds' accounts only; the report scores the pooled out-of-fold predictions.
 */
@Command(name = "cv", mixinStandardHelpOptions = true,
    description = "Cross-validate the narrative model with folds grouped by account (no account "
        + "on both sides): per-class P/R/F1, macro/micro F1, confusion matrix, bootstrap CI.")
public final class CvCommand implements Callable<Integer> {
  @Mixin private InputOptions input;
  @Mixin private EvalOptions options;
  @Mixin private TrainingChoices training;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
      description = "Number of folds (default: ${DEFAULT-VALUE}).")
  private int folds;

  @Override
  public Integer call() throws Exception {
    if (folds < 2) throw new UsageException("--folds must be at least 2");
    LabelledPosts data = LabelledPosts.read(input, options.label,
        RejectsFile.beside(Path.of("chorus-cv")), options.quiet, System.err);
    TrainingOptions trainOptions = training.options();
    List<List<String>> truth = data.truth(trainOptions.multiLabel());
    List<String> groups = data.groups(options.groupBy);
    List<String> strata = truth.stream().map(t -> String.join("+", t)).toList();
    List<Fold> split;
    try {
      split = new GroupedKFold(folds, options.seed).split(groups, strata);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " (grouped by " + options.groupBy.noun() + ")");
    }
    List<Post> posts = data.posts();
    CrossValidation.Result result;
    try (ConsoleProgress progress = ConsoleProgress.start("cv folds", folds, options.quiet)) {
      result = CrossValidation.run(split, truth, groups, trainOptions.multiLabel(),
          (train, test) -> {
            NarrativeModel model = Trainer.train(select(posts, train), trainOptions);
            List<List<String>> out = model.predictBatch(select(posts, test)).stream()
                .map(Prediction::labels).toList();
            progress.advance(1);
            return out;
          }, options.resamples, options.seed);
    }
    Outcomes pooled = CrossValidation.outcomes(truth, result.predicted(),
        trainOptions.multiLabel());
    List<Slice> slices = EvalCommand.slices(pooled, data, groups, options);
    if (options.json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("folds", folds);
      out.put("group_by", options.groupBy.noun());
      out.put("multi_label", trainOptions.multiLabel());
      out.put("learner", trainOptions.learner().name().toLowerCase(Locale.ROOT));
      out.put("stacked", trainOptions.stacked());
      out.put("evaluation", result.pooled());
      out.put("per_fold", result.folds());
      out.put("slices", slices);
      JsonLines.print(System.out, out);
    } else {
      printFolds(System.out, result);
      EvaluationPrinter.print(System.out, result.pooled(), options.groupBy.noun());
      EvaluationPrinter.printSlices(System.out, slices, options.groupBy.noun());
    }
    return ExitCode.OK;
  }

  private static void printFolds(PrintStream out, CrossValidation.Result result) {
    Table table = new Table("fold", "train", "test", "macro-F1", "train+predict s")
        .alignRight(0, 1, 2, 3, 4);
    for (CrossValidation.FoldResult f : result.folds()) {
      table.row(f.fold() + 1, f.trainItems(), f.testItems(), EvaluationPrinter.f3(f.macroF1()),
          String.format(Locale.ROOT, "%.1f", f.seconds()));
    }
    table.print(out);
    out.printf(Locale.ROOT, "mean of folds: macro-F1 %.3f; pooled out-of-fold predictions:%n%n",
        result.meanFoldMacroF1());
  }

  private static List<Post> select(List<Post> posts, int[] items) {
    List<Post> out = new ArrayList<>(items.length);
    for (int i : items) out.add(posts.get(i));
    return out;
  }
}
