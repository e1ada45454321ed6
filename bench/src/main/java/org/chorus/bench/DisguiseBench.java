package org.chorus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.corpus.text.Scripts;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.Similarity;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.MinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench disguise}: campaigns of disguised copies (issue 13) planted into real
 * tweets (a sample of the IRA dev file) and real Chinese Weibo posts (NLPCC 2016 stance), each
 * copy with three to five of {@link DisguiseEditor}'s edits; {@code dupes} in Jaccard and in
 * containment mode over each; pair recall and precision per language.
 *
 * <p>A campaign is its source post (a real post, left in the background) and its copies; its
 * pairs are the truth. A predicted pair (two posts in one cluster) outside the truth counts
 * wrong unless the two texts share most of their words (Jaccard of word sets at least 0.5: a
 * real copy in the background). Sources are drawn among posts that have no such near copy in
 * the background, so a campaign is not merged with real copies of its source.
 */
@Command(name = "disguise", mixinStandardHelpOptions = true,
    description = "Disguised copies (opener, commentary, first half, synonyms, numbers,"
        + " traditional characters and particles) planted into real English and Chinese posts:"
        + " pair recall and precision of dupes in jaccard and containment mode.")
public final class DisguiseBench implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Shared data folder (default: the nearest shared/data above the working dir).")
  Path data;

  @Option(names = "--background", defaultValue = "50000",
      description = "IRA posts in the English background (default: ${DEFAULT-VALUE}).")
  int background;

  @Option(names = "--campaigns", defaultValue = "40",
      description = "Campaigns per language (default: ${DEFAULT-VALUE}).")
  int campaigns;

  @Option(names = "--seed", defaultValue = "13") long seed;

  @Option(names = "--thresholds", split = ",", defaultValue = "0.5,0.6,0.7",
      description = "Containment thresholds to measure (default: ${DEFAULT-VALUE}).")
  List<Double> thresholds;

  @Option(names = "--json", description = "One JSON object per measurement.")
  boolean json;

  /** Two texts "share most of their words": a pair outside the truth that is still right. */
  static final double MOST_WORDS = 0.5;

  @Override
  public Integer call() throws IOException {
    Path shared = data != null ? data : DupesBench.findShared();
    if (shared == null) {
      System.err.println("bench disguise: no shared/data folder (give --data)");
      return 2;
    }
    Path ira = shared.resolve("ira/ira-tweets.dev.csv.gz");
    Path zh = shared.resolve("stance-zh/nlpcc2016-train.tsv");
    Path scratch = Files.createTempDirectory("chorus-bench-disguise");
    try {
      if (Files.isRegularFile(ira)) {
        List<Post> bg = Samples.sample(ira, Math.max(1, 2_026_003 / background), background);
        run("english", bg, false, scratch.resolve("en"));
      } else {
        System.err.println("bench disguise: no " + ira + "; English skipped");
      }
      if (Files.isRegularFile(zh)) {
        run("chinese", nlpcc(zh), true, scratch.resolve("zh"));
      } else {
        System.err.println("bench disguise: no " + zh + "; Chinese skipped");
      }
    } finally {
      Scratch.delete(scratch);
    }
    return 0;
  }

  private void run(String language, List<Post> bg, boolean chinese, Path dir) throws IOException {
    Map<String, Integer> campaignOf = new HashMap<>();
    List<Post> posts = plant(bg, chinese, campaignOf);
    Map<String, int[]> words = new HashMap<>();
    for (Post p : posts) words.put(p.id(), Fingerprint.of(p.text()).shingles());
    try (DirectoryReader r = Samples.index(dir, posts)) {
      List<DuplicateFinder.Options> runs = new ArrayList<>();
      runs.add(DuplicateFinder.Options.defaults());
      for (double t : thresholds) {
        runs.add(DuplicateFinder.Options.defaults().withSimilarity(Similarity.CONTAINMENT, t));
      }
      for (DuplicateFinder.Options o : runs) {
        long t0 = System.nanoTime();
        List<Cluster> clusters = new DuplicateFinder(r).find(o);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Score s = score(clusters, campaignOf, words);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", "disguise");
        m.put("language", language);
        m.put("posts", posts.size());
        m.put("campaigns", campaigns);
        m.put("planted_copies", campaignOf.size() - campaigns);
        m.put("similarity", o.similarity().label());
        m.put("threshold", o.threshold());
        m.put("true_pairs", s.truePairs);
        m.put("found_true_pairs", s.found);
        m.put("recall", r4(s.recall()));
        m.put("predicted_pairs", s.predicted);
        m.put("wrong_pairs", s.wrong);
        m.put("precision", r4(s.precision()));
        m.put("planted_predicted_pairs", s.plantedPredicted);
        m.put("planted_wrong_pairs", s.plantedWrong);
        m.put("planted_precision", r4(s.plantedPrecision()));
        m.put("dupes_s", Math.round(seconds * 100) / 100.0);
        if (json) {
          Report.json(System.out, m);
        } else {
          System.out.printf(Locale.ROOT, "%-7s %-11s >= %.2f: pair recall %.4f (%,d/%,d),"
                  + " precision %.4f (%,d wrong of %,d pairs; with a planted post %.4f, %,d of"
                  + " %,d), dupes %.2fs over %,d posts%n", language, o.similarity().label(),
              o.threshold(), s.recall(), s.found, s.truePairs, s.precision(), s.wrong,
              s.predicted, s.plantedPrecision(), s.plantedWrong, s.plantedPredicted, seconds,
              posts.size());
        }
        System.out.flush();
      }
    }
  }

  /** The background with {@link #campaigns} disguised campaigns planted into it. */
  private List<Post> plant(List<Post> bg, boolean chinese, Map<String, Integer> campaignOf) {
    Random rnd = new Random(seed + (chinese ? 1 : 0));
    List<String> donors = bg.stream().map(Post::text).toList();
    DisguiseEditor editor = new DisguiseEditor(rnd, donors);
    int[][] sets = new int[bg.size()][];
    for (int i = 0; i < bg.size(); i++) sets[i] = Fingerprint.of(bg.get(i).text()).shingles();
    List<Post> out = new ArrayList<>(bg);
    java.util.Set<Integer> used = new java.util.HashSet<>();
    for (int c = 0; c < campaigns; c++) {
      int s = source(bg, sets, chinese, rnd, used);
      Post source = bg.get(s);
      campaignOf.put(source.id(), c);
      int copies = 5 + rnd.nextInt(16);
      for (int i = 0; i < copies; i++) {
        String id = "disguised-" + (chinese ? "zh-" : "en-") + c + "-" + i;
        campaignOf.put(id, c);
        out.add(Post.builder(id, Account.of("disguise-acct-" + c + "-" + i),
                source.time().plusSeconds(60L + rnd.nextInt(3600)),
                editor.disguise(source.text(), chinese ? DisguiseEditor.CHINESE
                    : DisguiseEditor.ENGLISH, chinese))
            .build());
      }
    }
    return out;
  }

  /**
   * A post to copy: not a retweet, long enough that its half is still a message (16 or more
   * distinct words, 40 or more distinct Chinese characters), in the language, and with no near copy in the
   * background (no other post sharing half of its words).
   */
  private static int source(List<Post> bg, int[][] sets, boolean chinese, Random rnd,
      java.util.Set<Integer> used) {
    while (true) {
      int i = rnd.nextInt(bg.size());
      Post p = bg.get(i);
      if (used.contains(i) || p.retweet() || sets[i].length < (chinese ? 40 : 16)) continue;
      long cjk = p.text().codePoints().filter(Scripts::isCjk).count();
      if (chinese != (cjk > p.text().length() / 3)) continue;
      if (!chinese && !p.text().matches("(?s)[\\p{ASCII}’‘“”…—–]*")) continue;
      boolean alone = true;
      for (int j = 0; j < sets.length && alone; j++) {
        if (j != i && MinHash.jaccard(sets[i], sets[j]) >= MOST_WORDS * 0.6) alone = false;
      }
      if (!alone) continue;
      used.add(i);
      return i;
    }
  }

  static final class Score {
    long truePairs, found, predicted, wrong, plantedPredicted, plantedWrong;

    double recall() {
      return truePairs == 0 ? 1 : found / (double) truePairs;
    }

    double precision() {
      return predicted == 0 ? 1 : 1 - wrong / (double) predicted;
    }

    double plantedPrecision() {
      return plantedPredicted == 0 ? 1 : 1 - plantedWrong / (double) plantedPredicted;
    }
  }

  static Score score(List<Cluster> clusters, Map<String, Integer> campaignOf,
      Map<String, int[]> words) {
    Score s = new Score();
    Map<Integer, Long> size = new HashMap<>();
    for (int c : campaignOf.values()) size.merge(c, 1L, Long::sum);
    for (long n : size.values()) s.truePairs += n * (n - 1) / 2;
    for (Cluster cl : clusters) {
      List<Cluster.Member> ms = cl.members();
      for (int i = 0; i < ms.size(); i++) {
        String a = ms.get(i).postId();
        Integer ca = campaignOf.get(a);
        for (int j = i + 1; j < ms.size(); j++) {
          String b = ms.get(j).postId();
          Integer cb = campaignOf.get(b);
          boolean planted = ca != null || cb != null;
          s.predicted++;
          if (planted) s.plantedPredicted++;
          if (ca != null && ca.equals(cb)) {
            s.found++;
          } else if (MinHash.jaccard(words.get(a), words.get(b)) < MOST_WORDS) {
            s.wrong++;
            if (planted) s.plantedWrong++;
          }
        }
      }
    }
    return s;
  }

  /** The NLPCC 2016 stance posts (ID, TARGET, TEXT, ...), spread over a month. */
  private static List<Post> nlpcc(Path tsv) throws IOException {
    List<Post> out = new ArrayList<>();
    Instant t0 = Instant.parse("2016-03-01T00:00:00Z");
    int n = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (n++ == 0 || f.length < 3 || f[2].isBlank()) continue;
      out.add(Post.builder("nlpcc-" + f[0].strip(), Account.of("weibo-" + n),
          t0.plus(Duration.ofMinutes(n * 13L % 43_200)), f[2]).build());
    }
    return out;
  }

  private static double r4(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
