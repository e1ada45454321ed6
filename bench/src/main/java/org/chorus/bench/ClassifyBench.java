package org.chorus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chorus.app.LabelledPosts;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.eval.ClassMetrics;
import org.chorus.eval.Evaluation;
import org.chorus.eval.Fold;
import org.chorus.eval.GroupBootstrap;
import org.chorus.eval.GroupedHoldout;
import org.chorus.eval.Outcomes;
import org.chorus.eval.PairedComparison;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
import org.chorus.narratives.Trainer;
import org.chorus.narratives.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench classify}: Chorus against fastText and scikit-learn on one grouped split
 * (no account on both sides), in one run: macro-F1 with grouped CIs, a paired bootstrap of
 * Chorus against fastText, training time, labelling rate and Chorus's peak heap. The split is
 * written to files the external tools read, so every system sees the identical posts.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Benchmark the narrative model against fastText and scikit-learn TF-IDF+LR on "
        + "the identical grouped train/test split (single-label).")
public final class ClassifyBench implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private InputFiles input;

  @Option(names = "--group-by", defaultValue = "account", paramLabel = "account|post",
      description = "Keep each account's posts on one side of the split and together in "
          + "bootstrap resamples (default), or each post on its own.")
  private String groupBy;

  @Option(names = "--resamples", defaultValue = "1000",
      description = "Bootstrap resamples for the 95%% CI (default: ${DEFAULT-VALUE}).")
  private int resamples;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of the split and the resamples (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--time-features", description = "Train Chorus with month and hour features.")
  private boolean timeFeatures;

  @Option(names = "--stack", description = "Train Chorus's stacked model (chorus train --stack).")
  private boolean stack;

  @Option(names = "--json", description = "One JSON object instead of tables.")
  private boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Option(names = "--test-fraction", defaultValue = "0.2",
      description = "Share of each label's posts held out, whole groups at a time "
          + "(default: ${DEFAULT-VALUE}).")
  private double testFraction;

  @Option(names = "--baselines", split = ",", defaultValue = "fasttext,sklearn",
      paramLabel = "fasttext|sklearn|none",
      description = "External systems to run (default: ${DEFAULT-VALUE}); each is skipped with "
          + "a message when not installed.")
  private List<String> baselines;

  @Option(names = "--sklearn-max-train", defaultValue = "200000", paramLabel = "N",
      description = "Train scikit-learn on a random sample of at most N posts (0 = all; "
          + "default: ${DEFAULT-VALUE}): on millions of posts it needs far more time and memory.")
  private int sklearnMaxTrain;

  @Option(names = "--fasttext", defaultValue = "fasttext", paramLabel = "PATH",
      description = "The fastText executable (default: ${DEFAULT-VALUE}).")
  private String fasttext;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where to write the split files and baseline models (default: a temporary "
          + "directory, deleted afterwards).")
  private Path workDir;

  /** One system's outcome on the test posts. */
  record SystemResult(String system, Evaluation evaluation, double trainSeconds,
      double predictSeconds, double postsPerSecond, String note) {}

  @Override
  public Integer call() throws Exception {
    boolean byAccount = switch (groupBy) {
      case "account" -> true;
      case "post" -> false;
      default -> throw new ParameterException(spec.commandLine(), "--group-by: account or post");
    };
    try (HeapSampler heap = new HeapSampler()) {
      List<Post> posts = labelled();
      List<String> truth = posts.stream().map(p -> p.labels().get(0)).toList();
      List<String> groups = posts.stream()
          .map(p -> byAccount ? p.account().id() : p.id()).toList();
      Fold fold;
      try {
        fold = GroupedHoldout.split(groups, truth, testFraction, seed);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      List<Post> train = select(posts, fold.train());
      List<Post> test = select(posts, fold.test());
      List<String> testTruth = select(truth, fold.test());
      List<String> testGroups = select(groups, fold.test());
      System.err.printf(Locale.ROOT, "split: %,d train / %,d test posts, grouped by %s%n",
          train.size(), test.size(), noun());

      List<SystemResult> results = new ArrayList<>();
      List<Outcomes> outcomes = new ArrayList<>();
      TrainingOptions trainOptions = TrainingOptions.defaults();
      trainOptions = trainOptions.withFeatures(trainOptions.features().withTime(timeFeatures))
          .withStacked(stack);
      long t0 = System.nanoTime();
      NarrativeModel model = Trainer.train(train, trainOptions);
      double trainSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      List<String> predicted = model.predictBatch(test).stream().map(ClassifyBench::top)
          .toList();
      double predictSeconds = (System.nanoTime() - t1) / 1e9;
      Outcomes chorus = Outcomes.singleLabel(testTruth, predicted);
      outcomes.add(chorus);
      results.add(new SystemResult("Chorus (" + trainOptions.learner().name()
          .toLowerCase(Locale.ROOT) + ")", evaluate(chorus, testGroups), trainSeconds,
          predictSeconds, test.size() / predictSeconds,
          Runtime.getRuntime().availableProcessors() + " threads, in-process"));
      interim(results.get(0));
      long peakHeap = heap.peakBytes();
      List<String> skipped = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      runBaselines(train, truth, fold, test, testTruth, testGroups, results, outcomes, skipped);

      PairedComparison vsFastText = null;
      if (outcomes.size() > 1 && results.get(1).system().startsWith("fastText")) {
        vsFastText = GroupBootstrap.byGroup(testGroups, resamples, seed)
            .compareMacroF1(outcomes.get(1), chorus);
      }
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("train_posts", train.size());
        out.put("test_posts", test.size());
        out.put("group_by", noun());
        out.put("systems", results);
        out.put("chorus_minus_fasttext", vsFastText);
        out.put("chorus_peak_heap_bytes", peakHeap);
        out.put("skipped", skipped);
        Report.json(System.out, out);
      } else {
        print(System.out, results, outcomes, vsFastText, peakHeap, heap.maxBytes(), skipped);
      }
      return 0;
    }
  }

  private void runBaselines(List<Post> train, List<String> truth, Fold fold, List<Post> test,
      List<String> testTruth, List<String> testGroups, List<SystemResult> results,
      List<Outcomes> outcomes, List<String> skipped) throws IOException, InterruptedException {
    List<Baseline> chosen = new ArrayList<>();
    for (String b : baselines) {
      switch (b.strip().toLowerCase(Locale.ROOT)) {
        case "fasttext" -> chosen.add(new FastTextBaseline(fasttext));
        case "sklearn" -> chosen.add(new SklearnBaseline(SklearnBaseline.defaultPython(),
            SklearnBaseline.findScript(Path.of("")), sklearnMaxTrain));
        case "none" -> { }
        default -> throw new ParameterException(spec.commandLine(), "unknown baseline '" + b
            + "': expected fasttext, sklearn or none");
      }
    }
    if (chosen.isEmpty()) return;
    boolean temporary = workDir == null;
    Path dir = temporary ? Files.createTempDirectory("chorus-bench") : workDir;
    Files.createDirectories(dir);
    try {
      List<String> trainLabels = select(truth, fold.train());
      List<String> trainTexts = train.stream().map(Post::text).toList();
      List<String> testTexts = test.stream().map(Post::text).toList();
      for (Baseline b : chosen) {
        if (!quiet) System.err.println("running " + b.name() + "...");
        BaselineResult r = b.run(trainLabels, trainTexts, testTexts, dir);
        if (!r.ran()) {
          System.err.println("skipped " + b.name() + ": " + r.skipped());
          skipped.add(b.name() + ": " + r.skipped());
          continue;
        }
        Outcomes o = Outcomes.singleLabel(testTruth, r.predictions());
        outcomes.add(o);
        results.add(new SystemResult(r.system(), evaluate(o, testGroups), r.trainSeconds(),
            r.predictSeconds(), r.predictRate(), r.note()));
        interim(results.get(results.size() - 1));
      }
    } finally {
      if (temporary) Scratch.delete(dir);
    }
  }

  // A long run should not lose finished systems if a later one is stopped: say each at once.
  private void interim(SystemResult r) {
    if (quiet) return;
    System.err.printf(Locale.ROOT, "%s: macro-F1 %.3f, train %.1f s, predict %.1f s%n",
        r.system(), r.evaluation().report().macroF1(), r.trainSeconds(), r.predictSeconds());
  }

  private Evaluation evaluate(Outcomes o, List<String> groups) {
    return Evaluation.of(o, groups, resamples, seed);
  }

  private static String top(Prediction p) {
    return p.labels().isEmpty() ? Outcomes.NONE : p.labels().get(0);
  }

  private void print(PrintStream out, List<SystemResult> results, List<Outcomes> outcomes,
      PairedComparison vsFastText, long peakHeap, long maxHeap, List<String> skipped) {
    Report.Table table = new Report.Table("system", "macro-F1", "95% CI", "train s",
        "predict s", "posts/s", "note");
    for (SystemResult r : results) {
      var ci = r.evaluation().macroF1();
      table.row(r.system(), f3(ci.estimate()), f3(ci.low()) + "-" + f3(ci.high()),
          String.format(Locale.ROOT, "%.1f", r.trainSeconds()),
          String.format(Locale.ROOT, "%.1f", r.predictSeconds()),
          String.format(Locale.ROOT, "%,.0f", r.postsPerSecond()), r.note());
    }
    table.print(out);
    out.println();
    List<String> labels = outcomes.get(0).report().labels();
    String[] headers = Stream.concat(Stream.of("class (F1)", "support"),
        results.stream().map(SystemResult::system)).toArray(String[]::new);
    Report.Table perClass = new Report.Table(headers);
    for (String label : labels) {
      Object[] row = new Object[headers.length];
      row[0] = label;
      row[1] = results.get(0).evaluation().report().metrics(label).support();
      for (int s = 0; s < results.size(); s++) {
        ClassificationReportLookup lookup = new ClassificationReportLookup(results.get(s));
        row[s + 2] = lookup.f1(label);
      }
      perClass.row(row);
    }
    perClass.print(out);
    out.println();
    if (vsFastText != null) {
      var d = vsFastText.difference();
      out.printf(Locale.ROOT, "Chorus - fastText macro-F1: %+.3f (95%% CI %+.3f to %+.3f, paired "
          + "bootstrap over %,d %s; Chorus >= fastText in %.1f%% of resamples)%n", d.estimate(),
          d.low(), d.high(), d.groups(), noun(), 100 * vsFastText.shareBAtLeastA());
      SystemResult c = results.get(0);
      SystemResult f = results.get(1);
      out.printf(Locale.ROOT, "training time Chorus/fastText: %.2fx; labelling rate Chorus/"
          + "fastText: %.2fx%n", c.trainSeconds() / f.trainSeconds(),
          c.postsPerSecond() / f.postsPerSecond());
    }
    out.printf(Locale.ROOT, "Chorus peak heap (sampled, data included): %,d MB of %,d MB max%n",
        peakHeap >> 20, maxHeap >> 20);
    for (String s : skipped) out.println("skipped " + s);
  }

  /** F1 of a class in one system's report, 0 when the class never occurs there. */
  private record ClassificationReportLookup(SystemResult result) {
    String f1(String label) {
      return result.evaluation().report().classes().stream()
          .filter(c -> c.label().equals(label)).map(ClassMetrics::f1).findFirst()
          .map(ClassifyBench::f3).orElse("0.000");
    }
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private String noun() {
    return groupBy.equals("account") ? "accounts" : "posts";
  }

  /** The posts of the inputs that carry a label; the others are counted and left out. */
  private List<Post> labelled() throws IOException {
    List<Post> posts = new ArrayList<>();
    long unlabelled = 0;
    long[] rejected = {0};
    try (PostReader reader = input.input().open(r -> rejected[0]++)) {
      for (Post p = reader.next(); p != null; p = reader.next()) {
        if (p.labels().isEmpty()) unlabelled++;
        else posts.add(p);
      }
    }
    if (!quiet) {
      System.err.printf(Locale.ROOT, "read %,d labelled posts, skipped %,d unlabelled, %,d"
          + " rejected%n", posts.size(), unlabelled, rejected[0]);
    }
    if (posts.isEmpty()) throw new ParameterException(spec.commandLine(), "no labelled posts");
    return posts;
  }

  private static <T> List<T> select(List<T> list, int[] items) {
    List<T> out = new ArrayList<>(items.length);
    for (int i : items) out.add(list.get(i));
    return out;
  }

}
