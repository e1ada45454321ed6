package org.chorus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.Annotation;
import org.chorus.app.Investigation;
import org.chorus.app.LabelTrainRequest;
import org.chorus.app.Narratives;
import org.chorus.app.OutputPath;
import org.chorus.app.TrainRequest;
import org.chorus.app.TrainResult;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.ClassMetrics;
import org.chorus.eval.CrossValidation;
import org.chorus.narratives.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus train}: a narrative model from labelled datasets, then grouped cross-validation
 * of the same settings, whose figures go into the model file's header and onto the screen.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a narrative classifier on labelled posts and report cross-validated"
        + " metrics (folds grouped by account).")
public final class TrainCommand implements Callable<Integer> {

  @Mixin
  private InputOptions input;

  @Option(names = "--label", defaultValue = "labels", paramLabel = "FIELD",
      description = "Where labels come from: 'labels' (default: the labels the reader gives,"
          + " e.g. JSON Lines 'labels' or a built-in layout's label column) or a CSV/TSV column"
          + " name, which replaces the label columns of --map.")
  private String label;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "Train from a labels file (chorus annotate, narratives seed) about the posts"
          + " of --index, instead of --input: people's decisions count 1, seed guesses less.")
  private Path labelsFile;

  @Option(names = "--index", paramLabel = "DIR",
      description = "The index the --labels file's post ids refer to.")
  private Path index;

  @Option(names = "--weak-weight", defaultValue = "0.3", paramLabel = "W",
      description = "With --labels: what a seed guess counts against a person's decision"
          + " (default: ${DEFAULT-VALUE}).")
  private double weakWeight;

  @Option(names = "--model", required = true, paramLabel = "OUT", description = "Model file to write.")
  private Path model;

  @Mixin
  private TrainingChoices training;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
      description = "Cross-validation folds, grouped by account; 0 skips (default: ${DEFAULT-VALUE}).")
  private int folds;

  @Option(names = "--created", paramLabel = "TIME|data",
      description = "Creation time to record (ISO-8601), or 'data' for the latest post's time:"
          + " makes the model file reproducible byte for byte. Default: now.")
  private String created;

  @Option(names = "--json", description = "Print the summary as JSON Lines.")
  private boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    OutputPath.file("--model", model);
    if (labelsFile != null || index != null) return fromLabels();
    TrainRequest request = new TrainRequest(
        input.datasets(InputOptions.labelColumn(label), RejectsFile.beside(model)), model,
        options(), folds, "data".equals(created));
    TrainResult result;
    try (ConsoleProgress progress = ConsoleProgress.start("read", -1, quiet)) {
      result = Narratives.train(request, progress);
    }
    if (json) {
      JsonLines.print(System.out, result);
    } else {
      print(System.out, result);
    }
    return ExitCode.OK;
  }

  private Integer fromLabels() throws Exception {
    if (labelsFile == null || index == null) {
      throw new UsageException("--labels and --index go together");
    }
    if (input.given()) throw new UsageException("--input or --labels, not both");
    LabelTrainRequest request = Requests.check(() -> new LabelTrainRequest(labelsFile, model,
        options(), weakWeight, folds));
    TrainResult result;
    try (Investigation inv = Requests.open(index);
        ConsoleProgress progress = ConsoleProgress.start("train", -1, quiet)) {
      result = Annotation.train(inv, request, progress);
    }
    if (json) {
      JsonLines.print(System.out, result);
    } else {
      print(System.out, result);
    }
    return ExitCode.OK;
  }

  private TrainingOptions options() {
    TrainingOptions o = training.options();
    if (created == null || "data".equals(created)) return o;
    try {
      return o.withCreated(Instant.parse(created));
    } catch (DateTimeParseException e) {
      throw new UsageException("--created must be an ISO-8601 instant"
          + " (2019-09-01T00:00:00Z) or 'data'");
    }
  }

  private static void print(PrintStream out, TrainResult r) {
    Table t = new Table("summary", "value").maxWidth(120);
    t.row("model", r.model() + String.format(Locale.ROOT, " (%,d bytes)", r.modelBytes()));
    t.row("labels", String.join(", ", r.labels()));
    t.row("posts trained on", Table.count(r.posts()));
    t.row("unlabelled, skipped", Table.count(r.unlabelledSkipped()));
    if (r.extraLabelsIgnored() > 0) {
      t.row("extra labels ignored", Table.count(r.extraLabelsIgnored())
          + " posts (use --multi-label)");
    }
    t.row("rejected records", Table.count(r.rejected()));
    t.row("training time", String.format(Locale.ROOT, "%.1f s", r.trainSeconds()));
    t.print(out);
    if (!r.singletonLabels().isEmpty()) {
      out.println("note: labels seen on one post only (too rare to learn): "
          + String.join(", ", r.singletonLabels()));
    }
    if (r.rejectsFile() != null) out.println("note: rejected records are in " + r.rejectsFile());
    if (r.note() != null) out.println("note: " + r.note());
    if (r.cv() != null) printCv(out, r, r.cv());
  }

  private static void printCv(PrintStream out, TrainResult t, CrossValidation.Result cv) {
    var r = cv.pooled().report();
    var ci = cv.pooled().macroF1();
    out.println();
    out.printf(Locale.ROOT, "%d-fold cross-validation grouped by account: macro-F1 %.3f"
            + " (95%% CI %.3f-%.3f), micro-F1 %.3f%n", cv.folds().size(), r.macroF1(), ci.low(),
        ci.high(), r.microF1());
    if (t.multiLabel()) {
      // "none" (no label predicted) counts as a class in the pooled macro-F1; say what the
      // model's own labels score.
      out.printf(Locale.ROOT, "macro-F1 over the model's %d labels (without 'none'): %.3f%n",
          t.labels().size(), r.macroF1Over(t.labels()));
    }
    Table c = new Table("label", "posts", "precision", "recall", "F1").alignRight(1, 2, 3, 4);
    for (ClassMetrics x : r.classes()) {
      c.row(x.label(), Table.count(x.support()), EvaluationPrinter.f3(x.precision()),
          EvaluationPrinter.f3(x.recall()), EvaluationPrinter.f3(x.f1()));
    }
    c.print(out);
  }
}
