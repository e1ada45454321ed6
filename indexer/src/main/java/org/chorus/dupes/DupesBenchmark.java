package org.chorus.dupes;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.chorus.corpus.Account;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;
import org.chorus.fingerprint.Hash;
import org.chorus.fingerprint.Normalizer;
import org.chorus.fingerprint.Shingler;
import org.chorus.index.FingerprintFields;
import org.chorus.index.PostDocuments;

/**
 * The measurements behind {@code chorus bench dupes}: recall against exact brute force, planted
 * campaigns, real copy-paste texts, speed, memory, latency and index-time cost. Each method is
 * deterministic for a seed; timings are wall-clock medians unless named CPU.
 */
public final class DupesBenchmark {
  private DupesBenchmark() {}

  // ---------------------------------------------------------------- samples and indexes

  /** Every {@code every}-th post of a dataset (deterministic), at most {@code max}. */
  public static List<Post> sample(Path file, int every, int max) throws IOException {
    List<Post> out = new ArrayList<>();
    try (PostReader r = Datasets.open(file, Format.AUTO, null, rej -> { })) {
      Post p;
      long n = 0;
      while ((p = r.next()) != null && out.size() < max) {
        if (n++ % every == 0) out.add(p);
      }
    }
    return out;
  }

  /** A fresh index of {@code posts} built by the real document builder. */
  public static DirectoryReader index(Path dir, List<Post> posts) throws IOException {
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128))) {
      for (Post p : posts) w.addDocument(PostDocuments.toDocument(p));
      w.forceMerge(1);
    }
    return DirectoryReader.open(FSDirectory.open(dir));
  }

  // ---------------------------------------------------------------- recall vs brute force

  /**
   * Post pairs at or above the threshold by exact all-pairs Jaccard of the same shingle sets,
   * versus the pairs the LSH pipeline verified (or grouped as exact copies).
   */
  public record BruteForce(int posts, int distinctSets, long truePairs, long foundPairs,
      double recall, long trueSetPairs, long foundSetPairs, double setRecall,
      double pipelineSeconds, double bruteSeconds, double speedRatio) {}

  public static BruteForce bruteForce(IndexReader reader, double threshold) throws IOException {
    DuplicateFinder finder = new DuplicateFinder(reader);
    DuplicateFinder.Options options = new DuplicateFinder.Options(threshold, 2, null, null, RetweetMode.EXCLUDE,
        DuplicateFinder.DEFAULT_MIN_WORDS);
    finder.run(options); // warm-up
    long t0 = System.nanoTime();
    DuplicateFinder.Run run = finder.run(options);
    double pipeline = (System.nanoTime() - t0) / 1e9;
    ExactGroups groups = run.groups();
    int g = groups.count();
    boolean[] every = new boolean[g];
    Arrays.fill(every, true);
    ShingleStore store = ShingleStore.load(reader, run.cols(), groups, every);
    java.util.Set<Long> verified = new java.util.HashSet<>();
    for (int k = 0; k < run.verified().size(); k++) verified.add(run.verified().get(k));
    long t1 = System.nanoTime();
    long trueSet = 0, foundSet = 0, truePairs = 0, foundPairs = 0;
    for (int a = 0; a < g; a++) {
      long sa = groups.size(a);
      truePairs += sa * (sa - 1) / 2;
      foundPairs += sa * (sa - 1) / 2;
      for (int b = a + 1; b < g; b++) {
        if (store.similarity(a, b) >= threshold) {
          long pairs = sa * groups.size(b);
          trueSet++;
          truePairs += pairs;
          if (verified.contains(LongList.pair(a, b))) {
            foundSet++;
            foundPairs += pairs;
          }
        }
      }
    }
    double brute = (System.nanoTime() - t1) / 1e9;
    return new BruteForce(run.cols().size(), g, truePairs, foundPairs,
        truePairs == 0 ? 1 : foundPairs / (double) truePairs, trueSet, foundSet,
        trueSet == 0 ? 1 : foundSet / (double) trueSet, pipeline, brute, brute / pipeline);
  }

  // ---------------------------------------------------------------- planted campaigns

  /** Pair-level precision and recall of planted campaigns. */
  public record Planted(int campaigns, int plantedPosts, long truePairs, long predictedPairs,
      long truePositives, double precision, double recall, int campaignsWhole,
      double minShareInOneCluster) {}

  /**
   * Plants {@code campaigns} campaigns into {@code background}: each copies a real post (at
   * least 6 words) 10 to 200 times with 1-3 realistic edits ({@link CopyEditor}), from fresh
   * accounts, within 10 minutes, at a random time of the background's span.
   */
  public static List<Post> plant(List<Post> background, int campaigns, long seed,
      Map<String, Integer> campaignOf) {
    Random rnd = new Random(seed);
    List<String> donors = new ArrayList<>();
    for (Post p : background) donors.add(p.text());
    CopyEditor editor = new CopyEditor(rnd, donors);
    long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
    for (Post p : background) {
      lo = Math.min(lo, p.time().toEpochMilli());
      hi = Math.max(hi, p.time().toEpochMilli());
    }
    List<Post> out = new ArrayList<>(background);
    for (int c = 0; c < campaigns; c++) {
      Post source;
      do {
        source = background.get(rnd.nextInt(background.size()));
      } while (source.retweet()
          || Shingler.DEFAULT.shingles(Normalizer.normalize(source.text())).length < 6);
      int copies = 10 + rnd.nextInt(191);
      long base = lo + (long) (rnd.nextDouble() * Math.max(1, hi - lo));
      for (int i = 0; i < copies; i++) {
        String id = "planted-" + c + "-" + i;
        campaignOf.put(id, c);
        out.add(Post.builder(id, Account.of("planted-acct-" + c + "-" + i),
            Instant.ofEpochMilli(base + rnd.nextInt(600_000)), editor.edit(source.text())).build());
      }
    }
    return out;
  }

  public static Planted planted(IndexReader reader, Map<String, Integer> campaignOf,
      DuplicateFinder.Options options) throws IOException {
    List<Cluster> clusters = new DuplicateFinder(reader).find(options);
    int campaigns = (int) campaignOf.values().stream().distinct().count();
    long[] size = new long[campaigns];
    for (int c : campaignOf.values()) size[c]++;
    long truePairs = 0;
    for (long s : size) truePairs += s * (s - 1) / 2;
    long predicted = 0, tp = 0;
    long[] best = new long[campaigns];
    for (Cluster cl : clusters) {
      long[] perCampaign = new long[campaigns];
      long planted = 0, n = cl.size();
      for (Cluster.Member m : cl.members()) {
        Integer c = campaignOf.get(m.postId());
        if (c != null) {
          perCampaign[c]++;
          planted++;
        }
      }
      if (planted == 0) continue;
      long other = n - planted;
      predicted += n * (n - 1) / 2 - other * (other - 1) / 2;
      for (int c = 0; c < campaigns; c++) {
        tp += perCampaign[c] * (perCampaign[c] - 1) / 2;
        best[c] = Math.max(best[c], perCampaign[c]);
      }
    }
    int whole = 0;
    double minShare = 1;
    for (int c = 0; c < campaigns; c++) {
      if (best[c] >= Math.ceil(0.95 * size[c])) whole++;
      minShare = Math.min(minShare, best[c] / (double) size[c]);
    }
    return new Planted(campaigns, campaignOf.size(), truePairs, predicted, tp,
        predicted == 0 ? 1 : tp / (double) predicted, truePairs == 0 ? 1 : tp / (double) truePairs,
        whole, minShare);
  }

  /**
   * Ground truth of a campaigns file (JSON Lines with "campaign" and "posts": [ids], as the
   * bundled corpus's campaigns.jsonl): post id to campaign number.
   */
  public static Map<String, Integer> campaigns(Path campaignsJsonl) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, Integer> out = new HashMap<>();
    int c = 0;
    for (String line : java.nio.file.Files.readAllLines(campaignsJsonl)) {
      if (line.isBlank()) continue;
      for (com.fasterxml.jackson.databind.JsonNode id : json.readTree(line).get("posts")) {
        out.put(id.asText(), c);
      }
      c++;
    }
    return out;
  }

  /** All posts of a dataset file. */
  public static List<Post> read(Path file) throws IOException {
    return sample(file, 1, Integer.MAX_VALUE);
  }

  // ---------------------------------------------------------------- real copy-paste texts

  /**
   * Texts (normalised) posted, not retweeted, by at least {@code minAccounts} accounts; found
   * when one cluster holds posts of the text from at least {@code minAccounts} accounts.
   */
  public record CopyPaste(int texts, int found, int tooShort, double seconds) {}

  public static CopyPaste copyPaste(IndexReader reader, int minAccounts) throws IOException {
    PostColumns cols = PostColumns.load(reader, null, RetweetMode.EXCLUDE, 0);
    StoredFields stored = reader.storedFields();
    int n = cols.size();
    long[] textHash = new long[n];
    long[] hashAndAccount = new long[n];
    boolean[] shortText = new boolean[n];
    for (int i = 0; i < n; i++) {
      String norm = Normalizer.normalize(DuplicateFinder.storedPost(stored, cols.doc[i]).text());
      textHash[i] = norm.isEmpty() ? 0 : Hash.of(norm);
      shortText[i] = Shingler.DEFAULT.shingles(norm).length < DuplicateFinder.DEFAULT_MIN_WORDS;
    }
    // distinct accounts per text: sort (hash, account) pairs; hashes are compared by value
    long[][] pairs = new long[n][];
    for (int i = 0; i < n; i++) pairs[i] = new long[] {textHash[i], cols.account[i], i};
    Arrays.sort(pairs, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    Map<Long, Boolean> targets = new HashMap<>(); // hash -> too short
    for (int a = 0; a < n; ) {
      int b = a, accounts = 0;
      while (b < n && pairs[b][0] == pairs[a][0]) {
        if (b == a || pairs[b][1] != pairs[b - 1][1]) accounts++;
        b++;
      }
      if (pairs[a][0] != 0 && accounts >= minAccounts) targets.put(pairs[a][0], shortText[(int) pairs[a][2]]);
      a = b;
    }
    int[] indexOfDoc = new int[reader.maxDoc()];
    Arrays.fill(indexOfDoc, -1);
    for (int i = 0; i < n; i++) indexOfDoc[cols.doc[i]] = i;
    long t0 = System.nanoTime();
    List<DuplicateFinder.RawCluster> clusters = new DuplicateFinder(reader)
        .findRaw(DuplicateFinder.Options.defaults());
    double seconds = (System.nanoTime() - t0) / 1e9;
    java.util.Set<Long> found = new java.util.HashSet<>();
    for (DuplicateFinder.RawCluster c : clusters) {
      Map<Long, java.util.Set<String>> accountsByText = new HashMap<>();
      for (int k = 0; k < c.docs().length; k++) {
        long h = textHash[indexOfDoc[c.docs()[k]]];
        if (targets.containsKey(h)) {
          accountsByText.computeIfAbsent(h, x -> new java.util.HashSet<>()).add(c.accounts()[k]);
        }
      }
      accountsByText.forEach((h, accts) -> {
        if (accts.size() >= minAccounts) found.add(h);
      });
    }
    int tooShort = (int) targets.values().stream().filter(b -> b).count();
    return new CopyPaste(targets.size(), found.size(), tooShort, seconds);
  }

  // ---------------------------------------------------------------- speed and memory

  /** One dupes run over a whole index: seconds (median of runs), peak heap, figures. */
  public record Speed(int posts, double medianSeconds, double[] runs, double medianCpuSeconds,
      long peakHeapBytes, DuplicateFinder.Stats stats) {}

  /**
   * Times {@code runs} dupes passes over each index, alternating between them after one untimed
   * pass over each: timed in a row, the first index measured took the JIT's warm-up and the
   * other did not, which moved their ratio by up to 10%.
   */
  public static List<Speed> speed(int runs, IndexReader... readers) throws IOException {
    if (runs < 1) throw new IllegalArgumentException("runs must be at least 1: " + runs);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int n = readers.length;
    double[][] secs = new double[n][runs];
    double[][] cpu = new double[n][runs];
    long[] peak = new long[n];
    DuplicateFinder.Stats[] stats = new DuplicateFinder.Stats[n];
    for (IndexReader reader : readers) {
      new DuplicateFinder(reader).find(DuplicateFinder.Options.defaults());
    }
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < n; i++) {
        System.gc();
        resetPeaks();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        DuplicateFinder finder = new DuplicateFinder(readers[i]);
        finder.find(DuplicateFinder.Options.defaults());
        secs[i][r] = (System.nanoTime() - t0) / 1e9;
        cpu[i][r] = (os.getProcessCpuTime() - c0) / 1e9;
        peak[i] = Math.max(peak[i], peakHeap());
        stats[i] = finder.lastStats();
      }
    }
    List<Speed> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Speed(stats[i].posts(), median(secs[i]), secs[i], median(cpu[i]), peak[i],
          stats[i]));
    }
    return out;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  /** Sum of heap pools' peaks since the last reset (an upper bound of the true peak). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  // ---------------------------------------------------------------- similar latency

  public record Latency(int queries, double medianMs, double p90Ms, double meanHits) {}

  public static Latency similarLatency(IndexReader reader, int queries, long seed)
      throws IOException {
    SimilarFinder finder = new SimilarFinder(new IndexSearcher(reader));
    StoredFields stored = reader.storedFields();
    Random rnd = new Random(seed);
    List<String> texts = new ArrayList<>();
    while (texts.size() < queries + 20 && reader.maxDoc() > 0) {
      texts.add(DuplicateFinder.storedPost(stored, rnd.nextInt(reader.maxDoc())).text());
    }
    double[] ms = new double[queries];
    long hits = 0;
    for (int i = 0; i < texts.size(); i++) {
      long t0 = System.nanoTime();
      int h = finder.similarTo(texts.get(i), DuplicateFinder.DEFAULT_THRESHOLD, 20).size();
      double t = (System.nanoTime() - t0) / 1e6;
      if (i >= 20) {
        ms[i - 20] = t;
        hits += h;
      }
    }
    Arrays.sort(ms);
    return new Latency(queries, ms[queries / 2], ms[(int) (queries * 0.9)], hits / (double) queries);
  }

  // ---------------------------------------------------------------- index-time cost

  /** CPU microseconds per post: the fingerprint fields alone, and the whole document. */
  public record IndexCost(int posts, double fingerprintMicros, double documentMicros) {}

  public static IndexCost indexCost(List<Post> posts) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double fp = Double.MAX_VALUE, doc = Double.MAX_VALUE;
    long sink = 0;
    for (int rep = 0; rep < 5; rep++) { // best of 5: the first runs are JIT warm-up
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Post p : posts) {
        Document d = new Document();
        FingerprintFields.addTo(d, p);
        sink += d.getFields().size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (Post p : posts) sink += PostDocuments.toDocument(p).getFields().size();
      long t2 = cpu.getCurrentThreadCpuTime();
      fp = Math.min(fp, (t1 - t0) / 1e3 / posts.size());
      doc = Math.min(doc, (t2 - t1) / 1e3 / posts.size());
    }
    if (sink == 42) System.out.print("");
    return new IndexCost(posts.size(), fp, doc);
  }

}
