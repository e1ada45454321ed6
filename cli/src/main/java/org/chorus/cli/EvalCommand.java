package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.corpus.Post;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Evaluation;
import org.chorus.eval.GroupBootstrap;
import org.chorus.eval.Outcomes;
import org.chorus.eval.PairedComparison;
import org.chorus.eval.Slice;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
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
  private static final int BATCH = 10_000;

  @Mixin private InputOptions input;
  @Mixin private EvalOptions options;

  @Option(names = "--model", paramLabel = "MODEL", description = "The model file to score.")
  private Path model;

  @Option(names = "--compare", arity = "2", paramLabel = "MODEL",
      description = "Two model files A B: B minus A on the same posts and resamples.")
  private List<Path> compare;

  @Override
  public Integer call() throws IOException {
    if ((model == null) == (compare == null)) {
      throw new UsageException("give either --model MODEL or --compare MODEL_A MODEL_B");
    }
    List<NarrativeModel> models = new ArrayList<>();
    for (Path p : model != null ? List.of(model) : compare) models.add(ModelFile.read(p));
    boolean multiLabel = models.get(0).multiLabel();
    if (models.stream().anyMatch(m -> m.multiLabel() != multiLabel)) {
      throw new UsageException("cannot compare a multi-label model with a single-label one");
    }
    LabelledPosts data = LabelledPosts.read(input, options.label,
        RejectsFile.beside(Path.of("chorus-eval")), options.quiet, System.err);
    List<List<String>> truth = data.truth(multiLabel);
    List<String> groups = data.groups(options.groupBy);
    List<Outcomes> outcomes = new ArrayList<>();
    for (NarrativeModel m : models) {
      outcomes.add(CrossValidation.outcomes(truth, predict(m, data.posts()), multiLabel));
    }
    if (model != null) {
      Evaluation e = Evaluation.of(outcomes.get(0), groups, options.resamples, options.seed);
      List<Slice> slices = slices(outcomes.get(0), data, groups, options);
      if (options.json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model.toString());
        out.put("group_by", options.groupBy.noun());
        out.put("evaluation", e);
        out.put("slices", slices);
        JsonLines.print(System.out, out);
      } else {
        EvaluationPrinter.print(System.out, e, options.groupBy.noun());
        EvaluationPrinter.printSlices(System.out, slices, options.groupBy.noun());
      }
      return ExitCode.OK;
    }
    PairedComparison c = GroupBootstrap.byGroup(groups, options.resamples, options.seed)
        .compareMacroF1(outcomes.get(0), outcomes.get(1));
    if (options.json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("a", compare.get(0).toString());
      out.put("b", compare.get(1).toString());
      out.put("group_by", options.groupBy.noun());
      out.put("comparison", c);
      JsonLines.print(System.out, out);
    } else {
      EvaluationPrinter.printComparison(System.out, compare.get(0).toString(),
          compare.get(1).toString(), c, options.groupBy.noun());
    }
    return ExitCode.OK;
  }

  /** Per-language and chosen-class slices, as the options ask. */
  static List<Slice> slices(Outcomes outcomes, LabelledPosts data, List<String> groups,
      EvalOptions options) {
    List<Slice> slices = new ArrayList<>();
    if (!options.averageOver.isEmpty()) {
      slices.add(Slice.overClasses(outcomes, options.averageOver, groups, options.resamples,
          options.seed));
    }
    if (options.perLang) {
      slices.addAll(Slice.byKey(outcomes, data.languages(), groups, options.resamples,
          options.seed));
    }
    return slices;
  }

  private List<List<String>> predict(NarrativeModel m, List<Post> posts) {
    List<List<String>> out = new ArrayList<>(posts.size());
    try (ConsoleProgress progress = ConsoleProgress.start("label", posts.size(), options.quiet)) {
      for (int from = 0; from < posts.size(); from += BATCH) {
        List<Post> batch = posts.subList(from, Math.min(posts.size(), from + BATCH));
        for (Prediction p : m.predictBatch(batch)) out.add(p.labels());
        progress.advance(batch.size());
      }
    }
    return out;
  }
}
