package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.network.CoordinationNetwork;
import org.chorus.network.Network;
import org.chorus.network.NullModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench significance}: campaigns planted among real IRA accounts (real posts
 * around them), and how well each edge score separates the planted edges (two members of one
 * campaign) from all others: ROC AUC of the z-score and p-value against the circular-shift null,
 * and of the raw edge weight.
 */
@Command(name = "significance", mixinStandardHelpOptions = true,
    description = "ROC AUC of edge z-score, p-value and raw weight at finding planted"
        + " coordinated campaigns among real IRA tweets.")
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

  @Option(names = "--null-runs", defaultValue = "20", description = "Null model runs.")
  int nullRuns;

  @Option(names = "--window", defaultValue = "1h", description = "Network window.")
  String window;

  @Option(names = "--seed", defaultValue = "1") long seed;

  @Option(names = "--json", description = "One JSON object per measurement.")
  boolean json;

  private static final List<String> TYPES = List.of("copy", "co-retweet", "co-link");

  @Override
  public Integer call() throws IOException {
    Path shared = data != null ? data : Path.of("/work/shared/data");
    Path ira = shared.resolve("ira/ira-tweets.dev.csv.gz");
    if (!Files.isRegularFile(ira)) {
      System.err.println("bench significance: no " + ira);
      return 2;
    }
    Path scratch = work != null ? work : Files.createTempDirectory("chorus-bench-signif");
    try {
      List<Post> background = Samples.sample(ira, every, max);
      Map<String, Integer> campaignOf = new HashMap<>();
      List<Post> posts = plant(background, campaignOf);
      Duration w = org.chorus.app.TimeWindows.parse(window);
      try (DirectoryReader r = Samples.index(scratch.resolve("planted"), posts)) {
        long t0 = System.nanoTime();
        Network plain = new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(),
            List.of(w), null);
        double plainS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Network net = new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(),
            List.of(w), new NullModel(nullRuns, seed));
        double scoredS = (System.nanoTime() - t0) / 1e9;
        if (plain.edges().size() != net.edges().size()) {
          throw new IllegalStateException("scoring changed the edges");
        }
        List<Network.Edge> all = net.edges();
        report("all", all, campaignOf, background.size(), posts.size() - background.size(),
            plainS, scoredS);
        for (String type : TYPES) {
          report(type, all.stream().filter(e -> e.type().equals(type)).toList(), campaignOf,
              background.size(), posts.size() - background.size(), plainS, scoredS);
        }
      }
    } finally {
      if (work == null) Scratch.delete(scratch);
    }
    return 0;
  }

  /**
   * Each campaign: 5 to 30 real accounts (with at least 5 posts in the sample) that, 3 to 12
   * times at random moments, post within 10 minutes of each other a copy of one real post (with
   * realistic edits), a link no one else posts, or a retweet of one post; each member joins each
   * action with probability 0.7. Their own real posts stay.
   */
  private List<Post> plant(List<Post> background, Map<String, Integer> campaignOf) {
    Random rnd = new Random(seed);
    Map<String, Account> accounts = new LinkedHashMap<>();
    Map<String, Integer> postsBy = new HashMap<>();
    long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
    for (Post p : background) {
      postsBy.merge(p.account().id(), 1, Integer::sum);
      accounts.putIfAbsent(p.account().id(), p.account());
      lo = Math.min(lo, p.time().toEpochMilli());
      hi = Math.max(hi, p.time().toEpochMilli());
    }
    List<Account> active = accounts.values().stream()
        .filter(a -> postsBy.get(a.id()) >= 5).toList();
    List<String> donors = background.stream().map(Post::text).toList();
    CopyEditor editor = new CopyEditor(rnd, donors);
    List<Post> out = new ArrayList<>(background);
    int id = 0;
    for (int c = 0; c < campaigns; c++) {
      int size = 5 + rnd.nextInt(26);
      List<Account> members = new ArrayList<>();
      while (members.size() < size) {
        Account a = active.get(rnd.nextInt(active.size()));
        if (!campaignOf.containsKey(a.id())) {
          campaignOf.put(a.id(), c);
          members.add(a);
        }
      }
      int actions = 3 + rnd.nextInt(10);
      for (int k = 0; k < actions; k++) {
        long base = lo + (long) (rnd.nextDouble() * Math.max(1, hi - lo - 600_000));
        int kind = rnd.nextInt(3);
        Post source;
        do {
          source = background.get(rnd.nextInt(background.size()));
        } while (source.retweet() || Fingerprint.of(source.text()).shingles().length < 6);
        String link = "https://planted.example/" + c + "/" + k;
        for (Account a : members) {
          if (rnd.nextDouble() > 0.7) continue;
          Instant at = Instant.ofEpochMilli(base + rnd.nextInt(600_000));
          Post.Builder b = switch (kind) {
            case 0 -> Post.builder("planted-" + id++, a, at, editor.edit(source.text()));
            case 1 -> Post.builder("planted-" + id++, a, at, "read this " + link)
                .urls(List.of(link));
            default -> Post.builder("planted-" + id++, a, at, "RT " + source.text())
                .retweet(true).retweetOf("planted-source-" + c + "-" + k);
          };
          out.add(b.build());
        }
      }
    }
    return out;
  }

  private void report(String type, List<Network.Edge> edges, Map<String, Integer> campaignOf,
      int background, int planted, double plainS, double scoredS) {
    boolean[] positive = new boolean[edges.size()];
    int positives = 0;
    for (int e = 0; e < edges.size(); e++) {
      Integer a = campaignOf.get(edges.get(e).source());
      Integer b = campaignOf.get(edges.get(e).target());
      positive[e] = a != null && a.equals(b);
      if (positive[e]) positives++;
    }
    double aucZ = auc(edges, positive, e -> e.significance().z());
    double aucP = auc(edges, positive, e -> -e.significance().p());
    double aucW = auc(edges, positive, e -> e.weight());
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("bench", "significance/" + type);
      m.put("background_posts", background);
      m.put("planted_posts", planted);
      m.put("campaigns", campaigns);
      m.put("window", window);
      m.put("null_runs", nullRuns);
      m.put("edges", edges.size());
      m.put("planted_edges", positives);
      m.put("auc_z", round(aucZ));
      m.put("auc_p", round(aucP));
      m.put("auc_weight", round(aucW));
      m.put("network_s", round(plainS));
      m.put("network_scored_s", round(scoredS));
      Report.json(System.out, m);
    } else {
      System.out.printf(Locale.ROOT, "%-10s %,d edges, %,d planted: ROC AUC z %.4f, p %.4f,"
          + " weight %.4f (%,d real posts + %,d planted, %d campaigns, window %s, %d null runs;"
          + " network %.1fs, with scores %.1fs)%n", type, edges.size(), positives, aucZ, aucP,
          aucW, background, planted, campaigns, window, nullRuns, plainS, scoredS);
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
