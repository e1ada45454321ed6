package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.app.TimeWindows;
import org.chorus.corpus.Post;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import org.chorus.dupes.Similarity;
import org.chorus.index.PostIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench dupes}: the near-duplicate detector's measurements, repeatable. Real data
 * comes from {@code ../shared/data} (or --data); full-size runs need an index of the IRA dev
 * file built by {@code chorus index} (--index) and, for the scaling ratio, one of its first half
 * (--half-index).
 */
@Command(name = "dupes", mixinStandardHelpOptions = true,
    description = "Measure the near-duplicate detector: recall vs brute force, planted campaigns,"
        + " real copy-paste texts, dupes speed and heap, similar latency, index-time cost.")
public final class DupesBench implements Callable<Integer> {
  @Spec private CommandSpec spec;

  static final Set<String> ALL =
      Set.of("corpus", "cost", "brute", "planted", "copypaste", "speed", "similar");

  @Option(names = "--data", paramLabel = "DIR",
      description = "Shared data folder (default: the nearest shared/data above the working dir).")
  Path data;

  @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for sample indexes.")
  Path work;

  @Option(names = "--index", paramLabel = "DIR",
      description = "chorus index of ira-tweets.dev.csv.gz (speed, similar, copypaste).")
  Path index;

  @Option(names = "--half-index", paramLabel = "DIR",
      description = "chorus index of about half as many posts, for the cost ratio.")
  Path halfIndex;

  @Option(names = "--only", split = ",", paramLabel = "WHAT",
      description = "Any of corpus,cost,brute,planted,copypaste,speed,similar (default: all that the"
          + " given folders allow).")
  Set<String> only;

  @Option(names = "--sample", defaultValue = "50000", description = "Brute-force sample size.")
  int sample;

  @Option(names = "--campaigns", defaultValue = "50", description = "Campaigns to plant.")
  int campaigns;

  @Option(names = "--seed", defaultValue = "1") long seed;

  @Option(names = "--similarity", defaultValue = "jaccard", paramLabel = "jaccard|containment",
      converter = SimilarityConverter.class,
      description = "What speed and brute measure: Jaccard (default) or containment, each at its"
          + " default threshold.")
  Similarity similarity;

  @Option(names = "--runs", defaultValue = "3", description = "Timed dupes runs (median).")
  int runs;

  @Option(names = "--json", description = "One JSON object per measurement.")
  boolean json;

  private static final int IRA_ROWS = 2_026_003;

  @Override
  public Integer call() throws IOException {
    Set<String> what = only == null ? ALL : only;
    for (String w : what) {
      if (!ALL.contains(w)) throw new ParameterException(spec.commandLine(), "unknown --only: " + w);
    }
    if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be 1 or more");
    Path scratch = work != null ? work : Files.createTempDirectory("chorus-bench-dupes");
    try {
      Files.createDirectories(scratch);
      measure(what, scratch);
    } finally {
      // A --work folder is the user's, kept for a look at its sample indexes; ours is not.
      if (work == null) Scratch.delete(scratch);
    }
    return 0;
  }

  private void measure(Set<String> what, Path scratch) throws IOException {
    Path shared = data != null ? data : findShared();
    Path ira = shared == null ? null : shared.resolve("ira/ira-tweets.dev.csv.gz");
    boolean haveIra = ira != null && Files.isRegularFile(ira);
    if (!haveIra) System.err.println("bench dupes: no ira-tweets.dev.csv.gz; skipping real-data runs");

    Path bundled = findUp("corpus/hk2019");
    if (what.contains("corpus") && bundled != null) {
      Map<String, Integer> truth = PlantedCampaigns.read(bundled.resolve("campaigns.jsonl"));
      List<Post> posts = Samples.read(bundled.resolve("posts.jsonl"));
      try (DirectoryReader r = Samples.index(scratch.resolve("corpus"), posts)) {
        for (Duration w : new Duration[] {null, Duration.ofHours(1)}) {
          var p = PlantedCampaigns.measure(r, truth, DuplicateFinder.Options.defaults().withWindow(w));
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("posts", posts.size());
          m.put("window", TimeWindows.format(w));
          m.put("campaigns", p.campaigns());
          m.put("campaign_posts", p.plantedPosts());
          m.put("precision", r4(p.precision()));
          m.put("recall", r4(p.recall()));
          m.put("campaigns_95pct_in_one_cluster", p.campaignsWhole());
          m.put("min_share_in_one_cluster", r3(p.minShareInOneCluster()));
          report("corpus", m, String.format(Locale.ROOT, "bundled corpus (%,d posts, %d"
                  + " campaigns, %,d campaign posts, window %s): pair precision %.4f, recall"
                  + " %.4f; %d/%d campaigns with >= 95%% in one cluster (worst %.2f)",
              posts.size(), p.campaigns(), p.plantedPosts(), TimeWindows.format(w),
              p.precision(), p.recall(), p.campaignsWhole(), p.campaigns(),
              p.minShareInOneCluster()));
        }
      }
    }
    if (what.contains("cost") && haveIra) {
      List<Post> posts = Samples.sample(ira, 20, 100_000);
      var c = IndexCost.measure(posts);
      report("cost", Map.of("posts", c.posts(), "fingerprint_cpu_us", r2(c.fingerprintMicros()),
          "document_cpu_us", r2(c.documentMicros()),
          "fingerprint_share", r3(c.fingerprintMicros() / c.documentMicros())),
          String.format(Locale.ROOT, "index-time cost: FingerprintFields.addTo %.2f us CPU per post,"
              + " whole document %.2f us (%.0f%%), %,d IRA posts", c.fingerprintMicros(),
              c.documentMicros(), 100 * c.fingerprintMicros() / c.documentMicros(), c.posts()));
    }
    if (what.contains("brute") && haveIra) {
      List<Post> posts = Samples.sample(ira, Math.max(1, IRA_ROWS / sample), sample);
      try (DirectoryReader r = Samples.index(scratch.resolve("brute"), posts)) {
        double threshold = similarity.defaultThreshold();
        var b = BruteForceRecall.measure(posts, r, similarity, threshold);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("similarity", similarity.label());
        m.put("threshold", threshold);
        m.put("sample", posts.size());
        m.put("posts_compared", b.posts());
        m.put("distinct_sets", b.distinctSets());
        m.put("true_pairs", b.truePairs());
        m.put("found_pairs", b.foundPairs());
        m.put("pair_recall", r4(b.recall()));
        m.put("true_set_pairs", b.trueSetPairs());
        m.put("found_set_pairs", b.foundSetPairs());
        m.put("set_pair_recall", r4(b.setRecall()));
        m.put("verified_set_pairs", b.verifiedSetPairs());
        m.put("verified_set_pair_recall",
            r4(b.verifiedSetPairs() / (double) Math.max(1, b.trueSetPairs())));
        m.put("dupes_s", r3(b.dupesSeconds()));
        m.put("brute_s", r3(b.bruteSeconds()));
        m.put("speed_ratio", r2(b.speedRatio()));
        report("brute", m, String.format(Locale.ROOT, "vs brute force (%,d-tweet sample, %,d"
                + " non-retweet posts, %,d distinct sets): recall of post pairs with %s >= %.2f:"
                + " %.4f (%,d/%,d); of distinct-set pairs, in one cluster: %.4f (%,d/%,d),"
                + " verified: %,d; dupes %.2fs vs brute force %.1fs: %.0fx", posts.size(),
            b.posts(), b.distinctSets(), similarity.label(), threshold, b.recall(),
            b.foundPairs(), b.truePairs(), b.setRecall(), b.foundSetPairs(), b.trueSetPairs(),
            b.verifiedSetPairs(), b.dupesSeconds(), b.bruteSeconds(), b.speedRatio()));
      }
    }
    if (what.contains("planted") && haveIra) {
      List<Post> background = Samples.sample(ira, 20, 100_000);
      Map<String, Integer> campaignOf = new HashMap<>();
      List<Post> posts = PlantedCampaigns.plant(background, campaigns, seed, campaignOf);
      try (DirectoryReader r = Samples.index(scratch.resolve("planted"), posts)) {
        var o = new DuplicateFinder.Options(DuplicateFinder.DEFAULT_THRESHOLD, 2,
            Duration.ofHours(1), null, RetweetMode.EXCLUDE, DuplicateFinder.DEFAULT_MIN_WORDS);
        var p = PlantedCampaigns.measure(r, campaignOf, o);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("background", background.size());
        m.put("campaigns", p.campaigns());
        m.put("planted_posts", p.plantedPosts());
        m.put("true_pairs", p.truePairs());
        m.put("predicted_pairs", p.predictedPairs());
        m.put("true_positives", p.truePositives());
        m.put("precision", r4(p.precision()));
        m.put("recall", r4(p.recall()));
        m.put("campaigns_95pct_in_one_cluster", p.campaignsWhole());
        report("planted", m, String.format(Locale.ROOT, "planted campaigns (%d campaigns, %,d"
                + " copies, in %,d IRA posts, window 1h): pair precision %.4f, recall %.4f;"
                + " %d/%d campaigns with >= 95%% of copies in one cluster", p.campaigns(),
            p.plantedPosts(), background.size(), p.precision(), p.recall(), p.campaignsWhole(),
            p.campaigns()));
      }
    }
    if (index != null) {
      try (PostIndex idx = PostIndex.open(index)) {
        if (what.contains("speed")) {
          DupesSpeed.Result s;
          Map<String, Object> m;
          if (halfIndex == null) {
            s = DupesSpeed.measure(runs, speedOptions(), idx.reader()).get(0);
            m = speedJson(s);
            m.put("similarity", similarity.label());
          } else {
            try (PostIndex half = PostIndex.open(halfIndex)) {
              var both = DupesSpeed.measure(runs, speedOptions(), idx.reader(), half.reader());
              s = both.get(0);
              var h = both.get(1);
              m = speedJson(s);
              m.put("similarity", similarity.label());
              m.put("half", speedJson(h));
              m.put("cost_ratio", r3(s.medianSeconds() / h.medianSeconds()));
              m.put("cpu_cost_ratio", r3(s.medianCpuSeconds() / h.medianCpuSeconds()));
              m.put("size_ratio", r3(s.posts() / (double) h.posts()));
            }
          }
          report("speed", m, String.format(Locale.ROOT, "dupes over %s: %,d posts selected,"
                  + " median %.1fs wall (%.1fs CPU) of %d runs, phases %s, peak heap %,d MB, %,d"
                  + " candidate pairs, %,d verified, %,d clusters%s", index, s.posts(),
              s.medianSeconds(), s.medianCpuSeconds(), runs, s.stats().phaseSeconds(),
              s.peakHeapBytes() >> 20, s.stats().candidatePairs(), s.stats().verifiedPairs(),
              s.stats().clusters(), m.containsKey("cost_ratio") ? String.format(Locale.ROOT,
                  "; vs half index: %.2fx wall, %.2fx CPU for %.2fx posts", m.get("cost_ratio"),
                  m.get("cpu_cost_ratio"), m.get("size_ratio")) : ""));
        }
        if (what.contains("similar")) {
          var l = SimilarLatency.measure(idx.reader(), 200, seed);
          report("similar", Map.of("queries", l.queries(), "median_ms", r2(l.medianMs()),
              "p90_ms", r2(l.p90Ms()), "mean_hits", r2(l.meanHits())),
              String.format(Locale.ROOT, "similar: median %.2f ms, p90 %.2f ms over %d texts"
                  + " drawn from the index (%.1f hits on average)", l.medianMs(), l.p90Ms(),
                  l.queries(), l.meanHits()));
        }
        if (what.contains("copypaste")) {
          var c = CopyPasteRecall.measure(idx, 10);
          report("copypaste", Map.of("texts_10plus_accounts", c.texts(), "found", c.found(),
              "under_min_words", c.tooShort(), "dupes_s", r2(c.dupesSeconds())),
              String.format(Locale.ROOT, "real copy-paste: %,d normalised texts posted (not"
                  + " retweeted) by 10+ accounts; %,d found as one cluster with 10+ of those"
                  + " accounts (%.1f%%); %,d are under %d words", c.texts(), c.found(),
                  100.0 * c.found() / Math.max(1, c.texts()), c.tooShort(),
                  DuplicateFinder.DEFAULT_MIN_WORDS));
        }
      }
    }
  }

  private DuplicateFinder.Options speedOptions() {
    return DuplicateFinder.Options.defaults()
        .withSimilarity(similarity, similarity.defaultThreshold());
  }

  /** picocli converter: a usage error names the option, not a Java class. */
  static final class SimilarityConverter implements picocli.CommandLine.ITypeConverter<Similarity> {
    @Override
    public Similarity convert(String value) {
      try {
        return Similarity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  private static Map<String, Object> speedJson(DupesSpeed.Result s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("posts", s.posts());
    m.put("median_s", r3(s.medianSeconds()));
    m.put("runs_s", s.runs());
    m.put("median_cpu_s", r3(s.medianCpuSeconds()));
    m.put("phases_s_last_run", s.stats().phaseSeconds());
    m.put("peak_heap_mb", s.peakHeapBytes() >> 20);
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    m.put("candidate_pairs", s.stats().candidatePairs());
    m.put("verified_pairs", s.stats().verifiedPairs());
    m.put("clusters", s.stats().clusters());
    m.put("processors", Runtime.getRuntime().availableProcessors());
    return m;
  }

  private void report(String name, Map<String, ?> figures, String line) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("bench", "dupes/" + name);
      m.putAll(figures);
      Report.json(System.out, m);
    } else {
      System.out.println(line);
    }
    System.out.flush();
  }

  static Path findShared() {
    Path p = findUp("shared/data");
    return p != null ? p : findUp("../shared/data");
  }

  /** The nearest folder {@code rel} at or above the working directory, or null. */
  private static Path findUp(String rel) {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
      Path p = dir.resolve(rel).normalize();
      if (Files.isDirectory(p)) return p;
    }
    return null;
  }

  private static double r2(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static double r3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static double r4(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
