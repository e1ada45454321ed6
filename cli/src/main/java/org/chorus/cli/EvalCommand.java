package org.chorus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chorus.app.CompareRequest;
import org.chorus.app.CompareResult;
import org.chorus.app.DatasetFiles;
import org.chorus.app.EvalRequest;
import org.chorus.app.EvalResult;
import org.chorus.app.Narratives;
import org.chorus.corpus.RejectsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus eval}: scores a model on labelled data (per-class precision, recall, F1, macro
 * and micro F1, confusion matrix, grouped bootstrap CI), or compares two models on the same
 * data with a paired bootstrap.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score a model on labelled posts, or compare two (--compare A B) with a paired "
        + "bootstrap that resamples accounts.")
public final class EvalCommand implements Callable<Integer> {
  @Mixin private InputOptions input;
  @Mixin private EvalOptions options;

  @Option(names = "--model", paramLabel = "MODEL", description = "The model file to score.")
  private Path model;

  @Option(names = "--compare", arity = "2", paramLabel = "MODEL",
      description = "Two model files A B: B minus A on the same posts and resamples.")
  private List<Path> compare;

  @Override
  public Integer call() throws Exception {
    if ((model == null) == (compare == null)) {
      throw new UsageException("give either --model MODEL or --compare MODEL_A MODEL_B");
    }
    DatasetFiles data = input.datasets(options.labelColumn(),
        RejectsFile.beside(Path.of("chorus-eval")));
    String noun = options.groupBy.noun();
    try (ConsoleProgress progress = ConsoleProgress.start("label", -1, options.quiet)) {
      if (model != null) {
        EvalResult r = Narratives.eval(new EvalRequest(model, data, options.scoring()), progress);
        EvaluationPrinter.printRead(System.err, r.read(), options.quiet);
        if (options.json) {
          JsonLines.print(System.out, r);
        } else {
          EvaluationPrinter.print(System.out, r.evaluation(), noun);
          EvaluationPrinter.printSlices(System.out, r.slices(), noun);
        }
      } else {
        CompareResult r = Narratives.compare(new CompareRequest(compare.get(0), compare.get(1),
            data, options.scoring()), progress);
        EvaluationPrinter.printRead(System.err, r.read(), options.quiet);
        if (options.json) {
          JsonLines.print(System.out, r);
        } else {
          EvaluationPrinter.printComparison(System.out, r.a(), r.b(), r.comparison(), noun);
        }
      }
    }
    return ExitCode.OK;
  }
}
