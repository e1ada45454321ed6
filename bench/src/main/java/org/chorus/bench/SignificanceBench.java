package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.corpus.Post;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.network.CoordinationNetwork;
import org.chorus.network.Network;
import org.chorus.network.NullModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench significance}: campaigns planted among organic accounts built from real
 * tweets ({@link PlantedWorld}), and how well each edge score separates the planted edges (two
 * members of one campaign) from the organic ones (all others): ROC AUC of the z-score and
 * p-value, under each null model asked for, and of the raw edge weight; per edge type, over
 * several seeds (median and range).
 */
@Command(name = "significance", mixinStandardHelpOptions = true,
    description = "ROC AUC of edge z-score, p-value and raw weight at finding planted"
        + " coordinated campaigns among organic accounts made from real IRA tweets.")
public final class SignificanceBench implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Shared data folder"
      + " (default: the nearest shared/data).")
  Path data;

  @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the index.")
  Path work;

  @Option(names = "--every", defaultValue = "4", description = "Take every N-th IRA tweet.")
  int every;

  @Option(names = "--max", defaultValue = "500000", description = "At most this many tweets.")
  int max;

  @Option(names = "--campaigns", defaultValue = "40", description = "Campaigns to plant.")
  int campaigns;

  @Option(names = "--jitter", defaultValue = "1d", description = "Each real post moves by its own"
      + " random offset of up to this either way, breaking the lockstep of the real operation"
      + " (default: ${DEFAULT-VALUE}).")
  String jitter;

  @Option(names = "--null-runs", defaultValue = "20", description = "Null model runs.")
  int nullRuns;

  @Option(names = "--null-shifts", defaultValue = "span,1d", split = ",",
      description = "Null models compared in the same run, by their max shift (span: anywhere"
          + " in the data's span; default: ${DEFAULT-VALUE}).")
  List<String> nullShifts;

  @Option(names = "--window", defaultValue = "1h", description = "Network window.")
  String window;

  @Option(names = "--seeds", defaultValue = "1,2,3", split = ",",
      description = "One world per seed (default: ${DEFAULT-VALUE}).")
  List<Long> seeds;

  @Option(names = "--json", description = "One JSON object per measurement.")
  boolean json;

  private static final List<String> TYPES = List.of("all", "copy", "co-retweet", "co-link");
  private static final String[] SCORES = {"z", "p", "weight"};

  /** One (null model, edge type) measurement of one seed. */
  private record Result(String nulls, String type, int edges, int planted, double aucZ,
      double aucP, double aucWeight, double organicHeavier, double plantedWeight,
      double organicWeightP99, double organicWeightMax, double seconds) {
    double auc(String score) {
      return switch (score) {
        case "z" -> aucZ;
        case "p" -> aucP;
        default -> aucWeight;
      };
    }
  }

  @Override
  public Integer call() throws IOException {
    Path shared = data != null ? data : Path.of("/work/shared/data");
    Path ira = shared.resolve("ira/ira-tweets.dev.csv.gz");
    if (!Files.isRegularFile(ira)) {
      System.err.println("bench significance: no " + ira);
      return 2;
    }
    Duration w = org.chorus.app.TimeWindows.parse(window);
    Duration j = org.chorus.app.TimeWindows.parse(jitter);
    Map<String, Duration> shifts = new LinkedHashMap<>();
    for (String s : nullShifts) {
      shifts.put(s.strip(), s.strip().equals("span") ? null
          : org.chorus.app.TimeWindows.parse(s));
    }
    Path scratch = work != null ? work : Files.createTempDirectory("chorus-bench-signif");
    List<Result> results = new ArrayList<>();
    try {
      List<Post> sample = Samples.sample(ira, every, max);
      for (long seed : seeds) {
        PlantedWorld world = PlantedWorld.build(sample, seed, j == null ? Duration.ZERO : j,
            campaigns);
        try (DirectoryReader r = Samples.index(scratch.resolve("planted-" + seed),
            world.posts())) {
          long t0 = System.nanoTime();
          Network plain = new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(),
              List.of(w), null);
          double plainS = (System.nanoTime() - t0) / 1e9;
          for (Map.Entry<String, Duration> shift : shifts.entrySet()) {
            t0 = System.nanoTime();
            Network net = new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(),
                List.of(w), new NullModel(nullRuns, seed, shift.getValue()));
            double scoredS = (System.nanoTime() - t0) / 1e9;
            if (plain.edges().size() != net.edges().size()) {
              throw new IllegalStateException("scoring changed the edges");
            }
            for (String type : TYPES) {
              List<Network.Edge> edges = type.equals("all") ? net.edges()
                  : net.edges().stream().filter(e -> e.type().equals(type)).toList();
              Result res = measure(shift.getKey(), type, edges, world, scoredS);
              results.add(res);
              if (json) perSeed(res, world, seed, plainS);
            }
          }
        }
      }
    } finally {
      if (work == null) Scratch.delete(scratch);
    }
    summary(results);
    return 0;
  }

  private static Result measure(String nulls, String type, List<Network.Edge> edges,
      PlantedWorld world, double seconds) {
    boolean[] positive = new boolean[edges.size()];
    int positives = 0;
    for (int e = 0; e < edges.size(); e++) {
      positive[e] = world.planted(edges.get(e).source(), edges.get(e).target());
      if (positive[e]) positives++;
    }
    // How often weight alone is fooled: organic edges at least as heavy as the median planted.
    double heavier = Double.NaN, median = Double.NaN, p99 = Double.NaN, most = Double.NaN;
    if (positives > 0 && positives < edges.size()) {
      double[] w = new double[positives];
      double[] o = new double[edges.size() - positives];
      int k = 0, m = 0;
      for (int e = 0; e < edges.size(); e++) {
        if (positive[e]) w[k++] = edges.get(e).weight(); else o[m++] = edges.get(e).weight();
      }
      median = Percentiles.median(w);
      p99 = Percentiles.percentile(o, 99);
      most = Arrays.stream(o).max().orElse(Double.NaN);
      long n = 0;
      for (int e = 0; e < edges.size(); e++) {
        if (!positive[e] && edges.get(e).weight() >= median) n++;
      }
      heavier = n / (double) (edges.size() - positives);
    }
    return new Result(nulls, type, edges.size(), positives,
        auc(edges, positive, e -> e.significance().z()),
        auc(edges, positive, e -> -e.significance().p()),
        auc(edges, positive, e -> e.weight()), heavier, median, p99, most, seconds);
  }

  private void perSeed(Result r, PlantedWorld world, long seed, double plainS) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bench", "significance/" + r.type());
    m.put("seed", seed);
    m.put("null_shift", r.nulls());
    m.put("background_posts", world.backgroundPosts());
    m.put("planted_posts", world.plantedPosts());
    m.put("campaigns", campaigns);
    m.put("jitter", jitter);
    m.put("window", window);
    m.put("null_runs", nullRuns);
    m.put("edges", r.edges());
    m.put("planted_edges", r.planted());
    m.put("auc_z", round(r.aucZ()));
    m.put("auc_p", round(r.aucP()));
    m.put("auc_weight", round(r.aucWeight()));
    m.put("organic_at_least_median_planted_weight", round(r.organicHeavier()));
    m.put("planted_weight_median", r.plantedWeight());
    m.put("organic_weight_p99", r.organicWeightP99());
    m.put("organic_weight_max", r.organicWeightMax());
    m.put("network_s", round(plainS));
    m.put("network_scored_s", round(r.seconds()));
    Report.json(System.out, m);
  }

  /** Median and range over the seeds of each (null model, type). */
  private void summary(List<Result> results) {
    Map<String, List<Result>> groups = new LinkedHashMap<>();
    for (Result r : results) {
      groups.computeIfAbsent(r.nulls() + '\u0000' + r.type(), k -> new ArrayList<>()).add(r);
    }
    for (List<Result> g : groups.values()) {
      Result first = g.get(0);
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", "significance/summary/" + first.type());
        m.put("null_shift", first.nulls());
        m.put("seeds", g.size());
        m.put("jitter", jitter);
        m.put("window", window);
        m.put("median_edges", Percentiles.median(g.stream().mapToDouble(Result::edges).toArray()));
        m.put("median_planted_edges",
            Percentiles.median(g.stream().mapToDouble(Result::planted).toArray()));
        for (String score : SCORES) {
          double[] v = g.stream().mapToDouble(r -> r.auc(score)).toArray();
          m.put("auc_" + score + "_median", round(Percentiles.median(v)));
          m.put("auc_" + score + "_min", round(Arrays.stream(v).min().orElse(Double.NaN)));
          m.put("auc_" + score + "_max", round(Arrays.stream(v).max().orElse(Double.NaN)));
        }
        m.put("organic_at_least_median_planted_weight_median", round(Percentiles.median(
            g.stream().mapToDouble(Result::organicHeavier).toArray())));
        m.put("planted_weight_median", Percentiles.median(
            g.stream().mapToDouble(Result::plantedWeight).toArray()));
        m.put("organic_weight_p99_median", Percentiles.median(
            g.stream().mapToDouble(Result::organicWeightP99).toArray()));
        m.put("organic_weight_max_median", Percentiles.median(
            g.stream().mapToDouble(Result::organicWeightMax).toArray()));
        m.put("network_scored_s_median",
            round(Percentiles.median(g.stream().mapToDouble(Result::seconds).toArray())));
        Report.json(System.out, m);
      } else {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
            "null shift %-5s %-10s %,8.0f edges, %,7.0f planted:", first.nulls(), first.type(),
            Percentiles.median(g.stream().mapToDouble(Result::edges).toArray()),
            Percentiles.median(g.stream().mapToDouble(Result::planted).toArray())));
        for (String score : SCORES) {
          double[] v = g.stream().mapToDouble(r -> r.auc(score)).toArray();
          line.append(String.format(Locale.ROOT, "  AUC %s %.3f (%.3f-%.3f)", score,
              Percentiles.median(v), Arrays.stream(v).min().orElse(Double.NaN),
              Arrays.stream(v).max().orElse(Double.NaN)));
        }
        line.append(String.format(Locale.ROOT, "  weight: planted median %.0f, organic p99 %.0f"
            + " max %.0f, organic >= planted median %.3f",
            Percentiles.median(g.stream().mapToDouble(Result::plantedWeight).toArray()),
            Percentiles.median(g.stream().mapToDouble(Result::organicWeightP99).toArray()),
            Percentiles.median(g.stream().mapToDouble(Result::organicWeightMax).toArray()),
            Percentiles.median(g.stream().mapToDouble(Result::organicHeavier).toArray())));
        System.out.println(line);
      }
    }
    if (!json) {
      System.out.printf(Locale.ROOT, "(median and range over seeds %s; every %d-th IRA tweet,"
          + " at most %,d; jitter %s; %d campaigns; window %s; %d null runs)%n", seeds, every,
          max, jitter, campaigns, window, nullRuns);
    }
  }

  /** ROC AUC: the chance a random planted edge outscores a random other one (ties: half). */
  static double auc(List<Network.Edge> edges, boolean[] positive,
      ToDoubleFunction<Network.Edge> score) {
    int n = edges.size();
    double[] s = new double[n];
    Integer[] order = new Integer[n];
    long pos = 0;
    for (int i = 0; i < n; i++) {
      s[i] = score.applyAsDouble(edges.get(i));
      order[i] = i;
      if (positive[i]) pos++;
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) return Double.NaN;
    Arrays.sort(order, (x, y) -> Double.compare(s[x], s[y]));
    double rankSum = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && s[order[j]] == s[order[i]]) j++;
      double rank = (i + 1 + j) / 2.0; // mean of ranks i+1..j
      for (int k = i; k < j; k++) if (positive[order[k]]) rankSum += rank;
      i = j;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  private static double round(double x) {
    return Double.isNaN(x) ? x : Math.round(x * 10000) / 10000.0;
  }
}
