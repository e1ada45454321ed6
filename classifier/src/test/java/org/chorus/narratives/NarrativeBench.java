package org.chorus.narratives;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.eval.ClassMetrics;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Outcomes;

/**
 * Benchmarks for the narrative classifier (not a unit test). Input: Chorus JSON Lines made by
 * {@code bench/narratives/prepare.py}. Modes:
 *
 * <pre>
 * cv FILE FOLDS [key=value...]          grouped-by-account k-fold CV: macro-F1, per class, time
 * holdout TRAIN TEST [key=value...]     train, test: macro-F1, train seconds, peak heap
 * speed MODEL FILE [threads]            tokenize / featurize / predict rates
 * </pre>
 *
 * Options: learner=sgd|smile_logistic epochs= lr= lambda= bits= ngrams= char=min-max stem=true
 * multi=true group=account|item.
 */
public final class NarrativeBench {
  public static void main(String[] args) throws Exception {
    ARGS = args;
    switch (args[0]) {
      case "cv" -> cv(Path.of(args[1]), Integer.parseInt(args[2]), options(args, 3));
      case "holdout" -> holdout(Path.of(args[1]), Path.of(args[2]), options(args, 3));
      case "speed" -> speed(Path.of(args[1]), Path.of(args[2]),
          args.length > 3 ? Integer.parseInt(args[3]) : 2);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static TrainingOptions options(String[] args, int from) {
    TrainingOptions o = TrainingOptions.defaults();
    FeatureSettings f = o.features();
    for (int i = from; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      switch (kv[0]) {
        case "learner" -> o = o.withLearner(Learner.valueOf(kv[1].toUpperCase(Locale.ROOT)));
        case "epochs" -> o = o.withEpochs(Integer.parseInt(kv[1]));
        case "lr" -> o = o.withLearningRate(Double.parseDouble(kv[1]));
        case "lambda" -> o = o.withLambda(Double.parseDouble(kv[1]));
        case "multi" -> o = o.withMultiLabel(Boolean.parseBoolean(kv[1]));
        case "bits" -> f = f.withHashBits(Integer.parseInt(kv[1]));
        case "ngrams" -> f = f.withWordNgrams(Integer.parseInt(kv[1]));
        case "text" -> f = f.withCharNgramsOverText(Boolean.parseBoolean(kv[1]));
        case "stem" -> f = f.withStem(Boolean.parseBoolean(kv[1]));
        case "char" -> {
          String[] mm = kv[1].split("-");
          f = f.withCharNgrams(Integer.parseInt(mm[0]), Integer.parseInt(mm[1]));
        }
        case "lang", "scored", "save" -> { }
        default -> throw new IllegalArgumentException(kv[0]);
      }
    }
    return o.withFeatures(f);
  }

  static String opt(String[] args, String key, String dflt) {
    for (String a : args) if (a.startsWith(key + "=")) return a.substring(key.length() + 1);
    return dflt;
  }

  static List<Post> read(Path file) throws IOException {
    List<Post> posts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      long skipped = 0;
      while ((line = r.readLine()) != null) {
        try {
          posts.add(PostJson.read(line, file.toString(), ++n));
        } catch (org.chorus.corpus.InvalidInputException e) {
          skipped++; // e.g. tweets with empty text: the readers reject them too
        }
      }
      if (skipped > 0) System.err.println(file + ": skipped " + skipped + " unreadable rows");
    }
    return posts;
  }

  static void cv(Path file, int folds, TrainingOptions o) throws Exception {
    List<Post> posts = read(file);
    String[] args = ARGS;
    String lang = opt(args, "lang", null);
    if (lang != null) posts = posts.stream().filter(p -> lang.equals(p.lang())).toList();
    long start = System.nanoTime();
    CrossValidation.Result r = NarrativeCv.run(posts, o, folds, 7, 200);
    double secs = (System.nanoTime() - start) / 1e9;
    var rep = r.pooled().report();
    System.out.printf(Locale.ROOT, "%s %s lang=%s posts=%d macroF1=%.4f [%.4f,%.4f] micro=%.4f"
            + " cv-seconds=%.1f%n", file.getFileName(), describe(o), lang, posts.size(),
        rep.macroF1(), r.pooled().macroF1().low(), r.pooled().macroF1().high(), rep.microF1(),
        secs);
    for (ClassMetrics c : rep.classes()) {
      System.out.printf(Locale.ROOT, "  %-40s P=%.3f R=%.3f F1=%.4f n=%d%n", c.label(),
          c.precision(), c.recall(), c.f1(), c.support());
    }
    String scored = opt(args, "scored", null);
    if (scored != null) {
      System.out.printf(Locale.ROOT, "  macroF1 over %s = %.4f%n", scored,
          rep.macroF1Over(Arrays.asList(scored.split(","))));
    }
  }

  static void holdout(Path trainFile, Path testFile, TrainingOptions o) throws Exception {
    List<Post> train = read(trainFile);
    System.gc();
    long start = System.nanoTime();
    NarrativeModel m = Trainer.train(train, o);
    double trainSecs = (System.nanoTime() - start) / 1e9;
    train = null;
    List<Post> test = read(testFile);
    start = System.nanoTime();
    List<Prediction> pred = m.predictBatch(test);
    double predSecs = (System.nanoTime() - start) / 1e9;
    var out = CrossValidation.outcomes(test.stream().map(Post::labels).toList(),
        pred.stream().map(Prediction::labels).toList(), o.multiLabel());
    var rep = out.report();
    System.out.printf(Locale.ROOT, "%s %s train-seconds=%.1f predict=%.0f posts/s"
            + " macroF1=%.4f micro=%.4f peak-heap-MB=%d ece=%.4f%n",
        trainFile.getFileName(), describe(o), trainSecs, test.size() / predSecs, rep.macroF1(),
        rep.microF1(), peakHeapMb(), ece(pred, test));
    for (ClassMetrics c : rep.classes()) {
      System.out.printf(Locale.ROOT, "  %-20s P=%.3f R=%.3f F1=%.4f n=%d%n", c.label(),
          c.precision(), c.recall(), c.f1(), c.support());
    }
    String save = opt(ARGS, "save", null);
    if (save != null) ModelFile.write(m, Path.of(save));
  }

  /** Expected calibration error of the top probability, 10 equal-width bins. */
  static double ece(List<Prediction> pred, List<Post> truth) {
    double[] conf = new double[10], acc = new double[10];
    int[] n = new int[10];
    for (int i = 0; i < pred.size(); i++) {
      String top = pred.get(i).top();
      double p = pred.get(i).score(top);
      int b = Math.min(9, (int) (p * 10));
      conf[b] += p;
      acc[b] += truth.get(i).labels().contains(top) ? 1 : 0;
      n[b]++;
    }
    double e = 0;
    for (int b = 0; b < 10; b++) if (n[b] > 0) e += Math.abs(acc[b] - conf[b]) / pred.size();
    return e;
  }

  static void speed(Path model, Path file, int threads) throws Exception {
    NarrativeModel m = ModelFile.read(model);
    List<String> texts = read(file).stream().map(Post::text).toList();
    Tokenizer tok = new Tokenizer();
    Featurizer feat = new Featurizer(m.info().features());
    for (int round = 0; round < 3; round++) {
      // CPU time of one thread: what a core does per second whatever else runs on the machine.
      double c1 = cpuRate(texts, s -> tok.words(s).size());
      double c2 = cpuRate(texts, s -> feat.counts(s).size());
      double c3 = cpuRate(texts, s -> m.predict(s).labels().size());
      System.out.printf(Locale.ROOT, "round %d per CPU-second of one thread: tokenize=%.0f"
          + " featurize=%.0f predict(all)=%.0f posts%n", round, c1, c2, c3);
    }
    for (int round = 0; round < 3; round++) {
      double t1 = rate(texts, threads, s -> tok.words(s).size());
      double t2 = rate(texts, threads, s -> feat.counts(s).size());
      double t3 = rate(texts, threads, s -> m.predict(s).labels().size());
      System.out.printf(Locale.ROOT, "round %d threads=%d tokenize=%.0f/s featurize=%.0f/s"
          + " predict(all)=%.0f/s%n", round, threads, t1, t2, t3);
    }
  }

  static double cpuRate(List<String> texts, java.util.function.ToIntFunction<String> f) {
    var bean = ManagementFactory.getThreadMXBean();
    long start = bean.getCurrentThreadCpuTime();
    long sum = 0;
    for (String t : texts) sum += f.applyAsInt(t);
    if (sum < 0) System.out.print("");
    return texts.size() / ((bean.getCurrentThreadCpuTime() - start) / 1e9);
  }

  static double rate(List<String> texts, int threads,
      java.util.function.ToIntFunction<String> f) throws Exception {
    var pool = new java.util.concurrent.ForkJoinPool(threads);
    long start = System.nanoTime();
    pool.submit(() -> java.util.stream.IntStream.range(0, texts.size()).parallel()
        .map(i -> f.applyAsInt(texts.get(i))).sum()).get();
    pool.shutdown();
    return texts.size() / ((System.nanoTime() - start) / 1e9);
  }

  static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      if (b.getType() == MemoryType.HEAP) sum += b.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }

  static String describe(TrainingOptions o) {
    FeatureSettings f = o.features();
    return String.format(Locale.ROOT, "learner=%s epochs=%s lr=%s lambda=%s bits=%d ngrams=%d"
            + " char=%d-%d text=%s stem=%s multi=%s", o.learner(), o.epochs() == 0 ? "auto" : o.epochs(), o.learningRate(),
        o.lambda(), f.hashBits(), f.wordNgrams(), f.charNgramMin(), f.charNgramMax(),
        f.charNgramsOverText(), f.stem(),
        o.multiLabel());
  }

  private static String[] ARGS = new String[0];
}
