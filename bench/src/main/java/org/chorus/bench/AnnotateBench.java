package org.chorus.bench;

import java.awt.Color;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.chorus.app.Annotation;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Investigation;
import org.chorus.app.LabelTrainRequest;
import org.chorus.app.Progress;
import org.chorus.app.Proposal;
import org.chorus.app.ProposeRequest;
import org.chorus.app.SeedRequest;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.corpus.PostReader;
import org.chorus.eval.Fold;
import org.chorus.eval.GroupedHoldout;
import org.chorus.eval.Outcomes;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.labels.LabelTraining;
import org.chorus.labels.Proposals;
import org.chorus.narratives.Example;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
import org.chorus.narratives.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench annotate}: a simulated analyst, answering from gold labels, labels posts
 * chosen by active learning (the annotate loop's uncertainty sampling with one post per
 * near-duplicate group) or at random; macro-F1 on held-out accounts at each budget, over
 * several seeds (each its own grouped split), against the model trained on the whole pool.
 * On the bundled corpus it runs the product loop end to end: an index, seed queries, proposals
 * and answers through the labels file, training from it.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Learning curves of active learning against random sampling with a"
        + " simulated analyst (state-trolls, propaganda-diary), and seeds + 100 active labels"
        + " against full supervision on the bundled corpus.")
public final class AnnotateBench implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR",
      description = "The shared data folder (default: shared/data found above the working"
          + " directory).")
  private Path data;

  @Option(names = "--bundled", paramLabel = "FILE",
      description = "The bundled corpus (default: corpus/hk2019/posts.jsonl found above).")
  private Path bundled;

  @Option(names = "--datasets", split = ",", defaultValue = "state-trolls,diary,bundled",
      paramLabel = "NAME", description = "Which to run (default: ${DEFAULT-VALUE}).")
  private List<String> datasets;

  @Option(names = "--budgets", split = ",", defaultValue = "50,100,200,500,1000,2000",
      description = "Label budgets (default: ${DEFAULT-VALUE}).")
  private List<Integer> budgets;

  @Option(names = "--seeds", defaultValue = "5", description = "Repetitions (default: 5).")
  private int seeds;

  @Option(names = "--plot", paramLabel = "PNG", description = "Write the curves as a PNG.")
  private Path plot;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  private static final int COLD_START = 20;
  private static final Map<String, List<String>> SEED_QUERIES = new LinkedHashMap<>();

  /** Hits taken from each seed query: {@code chorus narratives seed}'s default. */
  private static final int SEED_HITS = 200;

  static {
    // What an analyst who has read a few posts would type: three queries a narrative, each a
    // few words or hashtags in one language (English, Mandarin, Cantonese), joined by OR.
    SEED_QUERIES.put("protesters_violent", List.of("暴徒 OR 暴乱 OR 暴力",
        "thugs OR rioters OR violence", "恐怖主义 OR 破壞 OR 止暴制乱"));
    SEED_QUERIES.put("foreign_interference", List.of("外国 OR 外部势力 OR 境外",
        "foreign OR meddling OR \"colour revolution\"", "干涉 OR 外國勢力 OR 美国"));
    SEED_QUERIES.put("support_police", List.of("警察 OR 撑警 OR 港警",
        "hkpolice OR \"support the police\" OR \"law enforcement\"", "致敬 OR 克制 OR 法治"));
    SEED_QUERIES.put("stability_economy", List.of("经济 OR 經濟 OR 繁荣",
        "economy OR businesses OR stability", "发展 OR 稳定 OR 穩定"));
    SEED_QUERIES.put("protest_support", List.of("反送中 OR 五大訴求 OR 加油",
        "freedom OR \"five demands\" OR \"tear gas\"", "團結 OR 手足 OR 人鏈"));
    SEED_QUERIES.put("neutral_news", List.of("\"live updates\" OR breaking OR arrested",
        "拘捕 OR 最新 OR 新聞", "timeline OR analysis OR \"what we know\""));
  }

  /** A labelled post set: gold label sets, the group each post belongs to. */
  record Dataset(String name, List<Post> posts, List<String> groups, TrainingOptions options) {}

  /** Figures at one budget: per seed. */
  record Point(int budget, double[] f1) {}

  @Override
  public Integer call() throws Exception {
    Path shared = data != null ? data : findUp("shared/data");
    PrintStream out = System.out;
    List<CurvePlot.Panel> panels = new ArrayList<>();
    out.println("## Few-label narratives: simulated analyst, " + seeds + " seeds\n");
    for (String name : datasets) {
      long start = System.nanoTime();
      if (name.equals("bundled")) {
        Path file = bundled != null ? bundled : findUp("corpus/hk2019/posts.jsonl");
        if (file == null) {
          out.println("bundled corpus not found: skipped");
          continue;
        }
        bundled(file, out);
      } else {
        Dataset d = load(name, shared);
        if (d == null) {
          out.println(name + ": data not found under " + shared + ": skipped");
          continue;
        }
        panels.add(curves(d, out));
      }
      out.printf(Locale.ROOT, "(%s: %.0f s)%n%n", name, (System.nanoTime() - start) / 1e9);
    }
    if (plot != null && !panels.isEmpty()) {
      CurvePlot.write(plot, panels);
      out.println("plot: " + plot);
    }
    return 0;
  }

  private Dataset load(String name, Path shared) throws Exception {
    if (shared == null) return null;
    DatasetFiles files;
    TrainingOptions options = TrainingOptions.defaults();
    if (name.equals("state-trolls")) {
      Path f = shared.resolve("state-trolls/china-russia-vs-verified.csv");
      if (!Files.exists(f)) return null;
      files = DatasetFiles.of(List.of(f));
    } else if (name.equals("diary")) {
      Path f = shared.resolve("narratives/propaganda-diary.jsonl");
      if (!Files.exists(f)) return null;
      files = new DatasetFiles(List.of(f), Format.AUTO,
          ColumnMap.parse("id=id,account=item,lang=lang,text=text,label=narrative"), null, null);
    } else {
      throw new IllegalArgumentException("unknown dataset " + name
          + " (state-trolls, diary, bundled)");
    }
    List<Post> posts = new ArrayList<>();
    try (PostReader r = files.open(x -> { })) {
      for (Post p = r.next(); p != null; p = r.next()) {
        if (!p.labels().isEmpty()) posts.add(p.toBuilder().labels(p.labels().subList(0, 1)).build());
      }
    }
    // state-trolls: the account; propaganda-diary: the claim ("item"), mapped to account.
    List<String> groups = posts.stream().map(p -> p.account().id()).toList();
    return new Dataset(name, posts, groups, options);
  }

  private CurvePlot.Panel curves(Dataset d, PrintStream out) throws Exception {
    List<String> truth = d.posts().stream().map(p -> p.labels().get(0)).toList();
    List<Integer> bs = new ArrayList<>();
    Map<Integer, double[]> active = new LinkedHashMap<>(), random = new LinkedHashMap<>();
    double[] full = new double[seeds];
    int poolSize = 0;
    for (int s = 0; s < seeds; s++) {
      Fold fold = GroupedHoldout.split(d.groups(), truth, 0.2, 1000 + s);
      List<Post> pool = select(d.posts(), fold.train());
      List<Post> test = select(d.posts(), fold.test());
      poolSize = pool.size();
      full[s] = f1(train(pool, d.options()), test);
      if (bs.isEmpty()) {
        for (int b : budgets) if (b < pool.size()) bs.add(b);
      }
      int[] order = shuffled(pool.size(), 2000 + s);
      int seed = s;
      for (int b : bs) {
        List<Post> first = new ArrayList<>();
        for (int i = 0; i < b; i++) first.add(pool.get(order[i]));
        random.computeIfAbsent(b, k -> new double[seeds])[seed] =
            f1(train(first, d.options()), test);
      }
      Map<Integer, Double> a = activeCurve(pool, test, order, bs, d.options());
      a.forEach((b, f) -> active.computeIfAbsent(b, k -> new double[seeds])[seed] = f);
      if (!quiet) {
        System.err.printf(Locale.ROOT, "%s seed %d: full %.3f, active %s%n", d.name(), s,
            full[s], a);
      }
    }
    double fullMean = mean(full);
    out.printf(Locale.ROOT, "### %s (pool %,d posts a split, test 20%% of groups)%n%n", d.name(),
        poolSize);
    out.printf(Locale.ROOT, "fully supervised (all %,d pool labels): macro-F1 %.3f (95%% CI"
        + " %.3f-%.3f)%n%n", poolSize, fullMean, ci(full)[0], ci(full)[1]);
    out.println("| labels | share of pool | active macro-F1 (95% CI) | random macro-F1 (95% CI)"
        + " | active − random |");
    out.println("|---:|---:|---|---|---:|");
    Integer reached = null;
    boolean beatsRandom = true;
    for (int b : bs) {
      double[] x = active.get(b), y = random.get(b);
      double[] cx = ci(x), cy = ci(y);
      out.printf(Locale.ROOT, "| %d | %.1f%% | %.3f (%.3f-%.3f) | %.3f (%.3f-%.3f) | %+.3f |%n",
          b, 100.0 * b / poolSize, mean(x), cx[0], cx[1], mean(y), cy[0], cy[1],
          mean(x) - mean(y));
      if (reached == null && mean(x) >= fullMean - 0.02) reached = b;
      if (b <= 500 && mean(x) <= mean(y)) beatsRandom = false;
    }
    out.println();
    out.printf(Locale.ROOT, "goal, full-data F1 − 0.02 (%.3f) with ≤ 20%% of the labels (%,d):"
        + " %s%n", fullMean - 0.02, (int) (0.2 * poolSize), reached == null
            ? "not reached within " + bs.get(bs.size() - 1) + " labels"
            : "reached at " + reached + " labels (" + String.format(Locale.ROOT, "%.1f%%",
                100.0 * reached / poolSize) + ")" + (reached <= 0.2 * poolSize ? ": yes" : ": no"));
    out.println("goal, active beats random at every budget up to 500: "
        + (beatsRandom ? "yes" : "no"));
    int[] x = bs.stream().mapToInt(Integer::intValue).toArray();
    return new CurvePlot.Panel(d.name(), List.of(
        curve("active learning", new Color(0xD62728), x, active),
        curve("random sampling", new Color(0x1F77B4), x, random)),
        List.of(new CurvePlot.Level(String.format(Locale.ROOT, "all %,d labels: %.3f", poolSize,
            fullMean), fullMean), new CurvePlot.Level("− 0.02", fullMean - 0.02)));
  }

  /**
   * Cold start with the random order's first posts, then rounds: train, score the unlabelled
   * pool, add the most uncertain posts (one per near-duplicate group, as {@code chorus
   * annotate} proposes), a batch of about a quarter of the labels so far.
   */
  private Map<Integer, Double> activeCurve(List<Post> pool, List<Post> test, int[] order,
      List<Integer> bs, TrainingOptions options) {
    Fingerprint[] prints = new Fingerprint[pool.size()];
    for (int i = 0; i < prints.length; i++) prints[i] = Fingerprint.of(pool.get(i).text());
    boolean[] taken = new boolean[pool.size()];
    List<Integer> labelled = new ArrayList<>();
    for (int i = 0; i < COLD_START; i++) {
      labelled.add(order[i]);
      taken[order[i]] = true;
    }
    Map<Integer, Double> out = new LinkedHashMap<>();
    int max = bs.get(bs.size() - 1);
    while (true) {
      NarrativeModel m = train(select(pool, labelled), options);
      if (bs.contains(labelled.size())) out.put(labelled.size(), f1(m, test));
      if (labelled.size() >= max) break;
      int target = bs.stream().filter(b -> b > labelled.size()).findFirst().orElseThrow();
      int batch = Math.min(target - labelled.size(), Math.max(10, labelled.size() / 4));
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < taken.length; i++) if (!taken[i]) open.add(i);
      List<Prediction> ps = m.predictBatch(select(pool, open));
      List<Proposals.Candidate> cs = new ArrayList<>(open.size());
      for (int j = 0; j < open.size(); j++) {
        cs.add(new Proposals.Candidate(open.get(j), Proposals.uncertainty(m, ps.get(j)),
            prints[open.get(j)]));
      }
      List<Fingerprint> done = labelled.stream().map(i -> prints[i]).toList();
      List<Integer> picked = new ArrayList<>(Proposals.pick(cs, batch, done,
          Proposals.NEAR_DUPLICATE));
      if (picked.size() < batch) {
        // Only copies of labelled texts are left: take them by uncertainty.
        cs.sort((p, q) -> Double.compare(q.uncertainty(), p.uncertainty()));
        Set<Integer> have = new HashSet<>(picked);
        for (Proposals.Candidate c : cs) {
          if (picked.size() == batch) break;
          if (have.add(c.item())) picked.add(c.item());
        }
      }
      for (int i : picked) {
        labelled.add(i);
        taken[i] = true;
      }
    }
    return out;
  }

  /** Seeds + 100 active labels through the product loop, against full supervision. */
  private void bundled(Path file, PrintStream out) throws Exception {
    List<Post> posts = new ArrayList<>();
    try (PostReader r = DatasetFiles.of(List.of(file)).open(x -> { })) {
      for (Post p = r.next(); p != null; p = r.next()) posts.add(p);
    }
    List<String> narratives = List.copyOf(SEED_QUERIES.keySet());
    List<String> strata = posts.stream().map(p -> p.labels().isEmpty() ? "none"
        : p.labels().get(0)).toList();
    List<String> groups = posts.stream().map(p -> p.account().id()).toList();
    String[] names = {"seeds only (3 queries a narrative, 200 hits each)", "seeds + 100 active labels",
        "seeds + 100 active labels, not carried to copies (before)",
        "seeds + 100 random labels", "100 active labels, no seeds",
        "fully supervised (all pool labels)"};
    double[][] f = new double[names.length][seeds];
    int poolSize = 0;
    Path work = Files.createTempDirectory("chorus-annotate-bench");
    try {
      for (int s = 0; s < seeds; s++) {
        Fold fold = GroupedHoldout.split(groups, strata, 0.2, 1000 + s);
        List<Post> pool = select(posts, fold.train());
        List<Post> test = select(posts, fold.test());
        poolSize = pool.size();
        Map<String, Post> byId = new LinkedHashMap<>();
        for (Post p : pool) byId.put(p.id(), p);
        Path dir = work.resolve("s" + s);
        Files.createDirectories(dir);
        Path jsonl = dir.resolve("pool.jsonl");
        Files.write(jsonl, pool.stream().map(PostJson::write).toList());
        Path index = dir.resolve("index");
        new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(jsonl)), index, 1, 64),
            Progress.NONE);
        try (Investigation inv = Investigation.open(index)) {
          Path seedsOnly = dir.resolve("seeds.jsonl");
          for (String n : narratives) {
            Annotation.seed(inv, new SeedRequest(seedsOnly, n, SEED_QUERIES.get(n), SEED_HITS,
                1, 3000 + s));
          }
          f[0][s] = f1Multi(trainFile(inv, seedsOnly, dir, true), test, narratives);
          for (int v = 0; v < 2; v++) {
            boolean copies = v == 0;
            Path active = copy(seedsOnly, dir.resolve("active" + v + ".jsonl"));
            for (int round = 0; round < 5; round++) {
              answer(inv, active, Annotation.propose(inv, new ProposeRequest(active, 20,
                  ProposeRequest.DEFAULT_POOL, 4000 + s * 10 + round, copies)).proposals(),
                  byId);
            }
            f[1 + v][s] = f1Multi(trainFile(inv, active, dir, copies), test, narratives);
          }
          Path randomFile = copy(seedsOnly, dir.resolve("random.jsonl"));
          int[] order = shuffled(pool.size(), 5000 + s);
          List<Proposal> sample = new ArrayList<>();
          for (int i = 0; i < 100; i++) {
            Post p = pool.get(order[i]);
            sample.add(new Proposal(p.id(), null, null, null, p.text(), 1, List.of(),
                Map.of()));
          }
          answer(inv, randomFile, sample, byId);
          f[3][s] = f1Multi(trainFile(inv, randomFile, dir, true), test, narratives);
          Path noSeeds = dir.resolve("noseeds.jsonl");
          for (int round = 0; round < 5; round++) {
            answer(inv, noSeeds, Annotation.propose(inv, new ProposeRequest(noSeeds, 20,
                ProposeRequest.DEFAULT_POOL, 6000 + s * 10 + round)).proposals(), byId);
          }
          f[4][s] = f1Multi(trainFile(inv, noSeeds, dir, true), test, narratives);
        }
        List<Example> all = new ArrayList<>();
        for (Post p : pool) all.add(new Example(p, p.labels(), 1));
        f[5][s] = f1Multi(LabelTraining.train(all, TrainingOptions.defaults()), test, narratives);
        int seed = s;
        if (!quiet) {
          System.err.printf(Locale.ROOT, "bundled seed %d: %s%n", s,
              Arrays.toString(Arrays.stream(f).mapToDouble(r -> r[seed]).toArray()));
        }
      }
    } finally {
      Scratch.delete(work);
    }
    out.printf(Locale.ROOT, "### bundled corpus hk2019 (pool %,d posts a split; macro-F1 over"
        + " its 6 narratives, multi-label)%n%n", poolSize);
    out.println("| labels | macro-F1 (95% CI) | vs fully supervised |");
    out.println("|---|---|---:|");
    double fullMean = mean(f[names.length - 1]);
    for (int i = 0; i < names.length; i++) {
      double[] c = ci(f[i]);
      out.printf(Locale.ROOT, "| %s | %.3f (%.3f-%.3f) | %+.3f |%n", names[i], mean(f[i]), c[0],
          c[1], mean(f[i]) - fullMean);
    }
    out.println();
    out.printf(Locale.ROOT, "goal, seeds + 100 active labels within 0.05 of full supervision:"
        + " %s (%.3f vs %.3f)%n", mean(f[1]) >= fullMean - 0.05 ? "yes" : "no", mean(f[1]),
        fullMean);
  }

  private static Path copy(Path from, Path to) throws java.io.IOException {
    return Files.copy(from, to);
  }

  private static void answer(Investigation inv, Path labels, List<Proposal> proposals,
      Map<String, Post> gold) throws Exception {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Proposal p : proposals) answers.put(p.id(), gold.get(p.id()).labels());
    Annotation.answer(inv, labels, "simulated", answers);
  }

  private static NarrativeModel trainFile(Investigation inv, Path labels, Path dir,
      boolean copies) throws Exception {
    Path model = dir.resolve("m.model");
    Annotation.train(inv, new LabelTrainRequest(labels, model, TrainingOptions.defaults(),
        LabelTraining.WEAK_WEIGHT, 0, copies), Progress.NONE);
    return ModelFile.read(model);
  }

  private static NarrativeModel train(List<Post> posts, TrainingOptions options) {
    List<Example> ex = new ArrayList<>(posts.size());
    for (Post p : posts) ex.add(new Example(p, p.labels(), 1));
    return LabelTraining.train(ex, options);
  }

  /** Single-label macro-F1: the model's label (or none) against the gold one. */
  private static double f1(NarrativeModel m, List<Post> test) {
    List<String> truth = new ArrayList<>(), predicted = new ArrayList<>();
    List<Prediction> ps = m.predictBatch(test);
    for (int i = 0; i < test.size(); i++) {
      truth.add(test.get(i).labels().get(0));
      predicted.add(ps.get(i).isNone() ? Outcomes.NONE : ps.get(i).labels().get(0));
    }
    return Outcomes.singleLabel(truth, predicted).report().macroF1();
  }

  /** Multi-label macro-F1 over the narratives, gold sets against predicted sets. */
  private static double f1Multi(NarrativeModel m, List<Post> test, List<String> narratives) {
    List<List<String>> truth = test.stream().map(Post::labels).toList();
    List<List<String>> predicted = m.predictBatch(test).stream().map(Prediction::labels).toList();
    var report = Outcomes.multiLabel(truth, predicted).report();
    return report.macroF1Over(narratives);
  }

  private static CurvePlot.Curve curve(String name, Color color, int[] x,
      Map<Integer, double[]> values) {
    double[] mean = new double[x.length], low = new double[x.length], high = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] v = values.get(x[i]);
      mean[i] = mean(v);
      double[] c = ci(v);
      low[i] = c[0];
      high[i] = c[1];
    }
    return new CurvePlot.Curve(name, color, x, mean, low, high);
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }

  /** Student-t 95% interval of the mean. */
  static double[] ci(double[] v) {
    int n = v.length;
    double m = mean(v);
    if (n < 2) return new double[] {m, m};
    double ss = 0;
    for (double x : v) ss += (x - m) * (x - m);
    double[] t = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262};
    double q = n - 1 <= t.length ? t[n - 2] : 1.96;
    double h = q * Math.sqrt(ss / (n - 1) / n);
    return new double[] {m - h, m + h};
  }

  private static int[] shuffled(int n, long seed) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) a[i] = i;
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static List<Post> select(List<Post> posts, int[] items) {
    List<Post> out = new ArrayList<>(items.length);
    for (int i : items) out.add(posts.get(i));
    return out;
  }

  private static List<Post> select(List<Post> posts, List<Integer> items) {
    List<Post> out = new ArrayList<>(items.size());
    for (int i : items) out.add(posts.get(i));
    return out;
  }

  private static Path findUp(String rel) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(rel))) return d.resolve(rel);
    }
    return null;
  }
}
