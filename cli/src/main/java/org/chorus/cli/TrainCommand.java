package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.ClassMetrics;
import org.chorus.eval.CrossValidation;
import org.chorus.narratives.DataSummary;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeCv;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Trainer;
import org.chorus.narratives.TrainingDataException;
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
    TrainingOptions options = options();
    if (folds == 1 || folds < 0) throw new UsageException("--folds must be 0 or at least 2");
    List<Post> posts = new ArrayList<>();
    RejectsFile rejects = input.rejects(RejectsFile.beside(model));
    long start = System.nanoTime();
    try (rejects; ConsoleProgress progress = ConsoleProgress.start("read", -1, quiet);
        PostReader reader = open(rejects)) {
      for (Post p = reader.next(); p != null; p = reader.next()) {
        posts.add(p);
        progress.advance(1);
      }
    }
    if ("data".equals(created)) {
      options = options.withCreated(posts.stream().map(Post::time).max(Instant::compareTo)
          .orElse(Instant.EPOCH));
    }
    String where = String.join(", ", input.inputs().stream().map(Path::toString).toList());
    NarrativeModel trained;
    try {
      trained = Trainer.train(posts, options);
    } catch (TrainingDataException e) {
      throw new InvalidInputException(where, 0, label, e.getMessage());
    }
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    CrossValidation.Result cv = null;
    String cvNote = null;
    if (folds >= 2) {
      try {
        cv = NarrativeCv.run(posts, options, folds, 7, 1000);
      } catch (IllegalArgumentException | TrainingDataException e) {
        cvNote = "cross-validation skipped: " + e.getMessage();
      }
    }
    NarrativeModel out = cv == null ? trained : trained.withMetrics(metrics(cv, trained.labels()));
    ModelFile.write(out, model);
    print(System.out, out, cv, cvNote, trainSeconds, rejects);
    return ExitCode.OK;
  }

  private PostReader open(RejectsFile rejects) throws IOException {
    if ("labels".equals(label)) return input.open(rejects);
    ColumnMap map = input.columns();
    if (map == null) {
      throw new UsageException("--label " + label + " names a CSV/TSV column: give the other"
          + " columns with --map (e.g. --map id=ID,account=USER,text=TEXT," + "label=" + label
          + ") or leave --label at 'labels'");
    }
    String spec = map.toString().replaceAll("(^|,)label=[^,]*", "") + ",label=" + label;
    ColumnMap relabelled = ColumnMap.parse(spec.startsWith(",") ? spec.substring(1) : spec);
    return Datasets.open(input.inputs(), input.format(), relabelled, rejects);
  }

  private TrainingOptions options() {
    TrainingOptions o = training.options();
    if (created != null && !"data".equals(created)) {
      try {
        o = o.withCreated(Instant.parse(created));
      } catch (java.time.format.DateTimeParseException e) {
        throw new UsageException("--created must be an ISO-8601 instant"
            + " (2019-09-01T00:00:00Z) or 'data'");
      }
    }
    return o;
  }

  static Map<String, Object> metrics(CrossValidation.Result cv, List<String> labels) {
    var r = cv.pooled().report();
    var ci = cv.pooled().macroF1();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("validation", "grouped " + cv.folds().size() + "-fold cross-validation by account");
    m.put("macroF1", round(r.macroF1()));
    m.put("macroF1Low95", round(ci.low()));
    m.put("macroF1High95", round(ci.high()));
    m.put("microF1", round(r.microF1()));
    m.put("macroF1OverLabels", round(r.macroF1Over(labels)));
    Map<String, Object> perClass = new LinkedHashMap<>();
    for (ClassMetrics c : r.classes()) {
      // Ordered maps only: Map.of iterates in a per-JVM random order, which would make the
      // model file differ from run to run.
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("precision", round(c.precision()));
      one.put("recall", round(c.recall()));
      one.put("f1", round(c.f1()));
      one.put("support", c.support());
      perClass.put(c.label(), one);
    }
    m.put("classes", perClass);
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private void print(PrintStream out, NarrativeModel m, CrossValidation.Result cv, String cvNote,
      double seconds, RejectsFile rejects) throws IOException {
    DataSummary d = m.info().data();
    long bytes = Files.size(model);
    if (json) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("type", "summary");
      s.put("model", model.toString());
      s.put("model_bytes", bytes);
      s.put("posts", d.posts());
      s.put("unlabelled_skipped", d.unlabelledSkipped());
      s.put("extra_labels_ignored", d.extraLabelsIgnored());
      s.put("singleton_labels", d.singletonLabels());
      s.put("label_counts", d.labelCounts());
      s.put("rejected", rejects.count());
      s.put("train_seconds", round(seconds));
      s.put("cross_validation", cv == null ? null : metrics(cv, m.labels()));
      s.put("note", cvNote);
      JsonLines.print(out, s);
      return;
    }
    Table t = new Table("summary", "value").maxWidth(120);
    t.row("model", model + String.format(Locale.ROOT, " (%,d bytes)", bytes));
    t.row("labels", String.join(", ", m.labels()));
    t.row("posts trained on", IndexCommand.count(d.posts()));
    t.row("unlabelled, skipped", IndexCommand.count(d.unlabelledSkipped()));
    if (d.extraLabelsIgnored() > 0) {
      t.row("extra labels ignored", IndexCommand.count(d.extraLabelsIgnored())
          + " posts (use --multi-label)");
    }
    t.row("rejected records", IndexCommand.count(rejects.count()));
    t.row("training time", String.format(Locale.ROOT, "%.1f s", seconds));
    t.print(out);
    if (!d.singletonLabels().isEmpty()) {
      out.println("note: labels seen on one post only (too rare to learn): "
          + String.join(", ", d.singletonLabels()));
    }
    if (rejects.written()) out.println("note: rejected records are in " + rejects.path());
    if (cvNote != null) out.println("note: " + cvNote);
    if (cv == null) return;
    var r = cv.pooled().report();
    var ci = cv.pooled().macroF1();
    out.println();
    out.printf(Locale.ROOT, "%d-fold cross-validation grouped by account: macro-F1 %.3f"
            + " (95%% CI %.3f-%.3f), micro-F1 %.3f%n", cv.folds().size(), r.macroF1(), ci.low(),
        ci.high(), r.microF1());
    if (m.multiLabel()) {
      // "none" (no label predicted) counts as a class in the pooled macro-F1; say what the
      // model's own labels score.
      out.printf(Locale.ROOT, "macro-F1 over the model's %d labels (without 'none'): %.3f%n",
          m.labels().size(), r.macroF1Over(m.labels()));
    }
    Table c = new Table("label", "posts", "precision", "recall", "F1").alignRight(1, 2, 3, 4);
    for (ClassMetrics x : r.classes()) {
      c.row(x.label(), IndexCommand.count(x.support()), f3(x.precision()), f3(x.recall()),
          f3(x.f1()));
    }
    c.print(out);
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
