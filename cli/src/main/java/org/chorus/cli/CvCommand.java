package org.chorus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.CvRequest;
import org.chorus.app.CvResult;
import org.chorus.app.Narratives;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.CrossValidation;
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
    CvRequest request = new CvRequest(input.datasets(options.labelColumn(),
        RejectsFile.beside(Path.of("chorus-cv"))), training.options(), folds, options.scoring());
    CvResult result;
    try (ConsoleProgress progress = ConsoleProgress.start("cv folds", folds, options.quiet)) {
      result = Narratives.cv(request, progress);
    }
    EvaluationPrinter.printRead(System.err, result.read(), options.quiet);
    if (options.json) {
      JsonLines.print(System.out, result);
    } else {
      printFolds(System.out, result);
      EvaluationPrinter.print(System.out, result.evaluation(), result.groupBy());
      EvaluationPrinter.printSlices(System.out, result.slices(), result.groupBy());
    }
    return ExitCode.OK;
  }

  private static void printFolds(PrintStream out, CvResult result) {
    Table table = new Table("fold", "train", "test", "macro-F1", "train+predict s")
        .alignRight(0, 1, 2, 3, 4);
    for (CrossValidation.FoldResult f : result.perFold()) {
      table.row(f.fold() + 1, f.trainItems(), f.testItems(), EvaluationPrinter.f3(f.macroF1()),
          String.format(Locale.ROOT, "%.1f", f.seconds()));
    }
    table.print(out);
    out.printf(Locale.ROOT, "mean of folds: macro-F1 %.3f; pooled out-of-fold predictions:%n%n",
        result.meanFoldMacroF1());
  }
}
