package org.chorus.dupes;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.chorus.corpus.Post;
import org.chorus.fingerprint.Normalizer;
import org.chorus.index.PostDocuments;
import org.chorus.index.Schema;

/**
 * {@code chorus dupes}: all near-duplicate clusters of an index in one pass.
 *
 * <ol>
 *   <li>Load the selected posts as primitive columns from doc values ({@link PostColumns}).
 *   <li>Group exact copies by shingle-set key ({@link ExactGroups}).
 *   <li>Bucket the LSH band keys, one sort per band, for candidate group pairs ({@link
 *       CandidatePairs}).
 *   <li>Verify each pair by exact Jaccard of the shingle sets ({@link ShingleStore}).
 *   <li>Cluster without chaining ({@link LeaderClustering}).
 *   <li>Split each cluster into bursts that fit the window, keep those with enough accounts.
 * </ol>
 *
 * Memory is about 30 bytes per post, 136 bytes per exact-copy group while bucketing (its 32 band
 * keys and a sort slot), 4 bytes per shingle of candidate groups and 12 bytes per candidate
 * pair; no object per post (1,177 MB peak over 2M IRA posts).
 */
public final class DuplicateFinder {
  /**
   * Measured default: on real tweets with realistic copy edits, 98.7% of copies are at or above
   * 0.6 and 0.29% of topical non-copies are (see {@link org.chorus.fingerprint.Shingler}).
   */
  public static final double DEFAULT_THRESHOLD = 0.6;
  public static final int DEFAULT_MIN_WORDS = 3;
  /** Default threshold in containment mode (see docs/benchmarks.md, "Disguised copies"). */
  public static final double DEFAULT_CONTAINMENT = 0.7;

  /**
   * @param window copies count only within this time of the cluster's first post; null: no limit
   * @param filter restricts the posts (a search, a time range); null: all
   * @param minWords posts with fewer distinct words (CJK characters) are too short to be evidence
   */
  public record Options(double threshold, int minAccounts, Duration window, Query filter,
      RetweetMode retweets, int minWords, Similarity similarity) {
    public Options(double threshold, int minAccounts, Duration window, Query filter,
        RetweetMode retweets, int minWords) {
      this(threshold, minAccounts, window, filter, retweets, minWords, Similarity.JACCARD);
    }

    public Options {
      if (similarity == null) similarity = Similarity.JACCARD;
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
      if (minAccounts < 1) throw new IllegalArgumentException("min accounts must be >= 1");
      if (window != null && window.isNegative()) {
        throw new IllegalArgumentException("window must not be negative");
      }
      if (retweets == null) retweets = RetweetMode.EXCLUDE;
    }

    public static Options defaults() {
      return new Options(DEFAULT_THRESHOLD, 2, null, null, RetweetMode.EXCLUDE, DEFAULT_MIN_WORDS);
    }

    public Options withWindow(Duration w) {
      return new Options(threshold, minAccounts, w, filter, retweets, minWords, similarity);
    }

    public Options withSimilarity(Similarity s, double t) {
      return new Options(t, minAccounts, window, filter, retweets, minWords, s);
    }
  }

  /**
   * Figures of a run ({@code candidatePairs} is -1 in containment mode, which verifies each
   * group's candidates as it finds them and does not count them).
   *
   * @param selected posts the filter and retweet choice selected
   * @param posts those of them with enough words to compare
   */
  public record Stats(int selected, int posts, int groups, long candidatePairs, long verifiedPairs,
      int clusters, Map<String, Double> phaseSeconds) {}

  private final IndexReader reader;
  private Stats stats;
  private int lastUndated;

  public DuplicateFinder(IndexReader reader) {
    this.reader = reader;
  }

  /** Posts of the last run without a time: a time window leaves them out of every cluster. */
  public int lastUndated() {
    return lastUndated;
  }

  public Stats lastStats() {
    return stats;
  }

  public List<Cluster> find(Options options) throws IOException {
    List<RawCluster> raw = findRaw(options);
    long t = System.nanoTime();
    List<Cluster> clusters = resolve(raw, options.similarity());
    phase(stats.phaseSeconds(), "resolve", t);
    return clusters;
  }

  /** Clusters as post indices, before stored fields are read. */
  public List<RawCluster> findRaw(Options options) throws IOException {
    return findRaw(options, java.util.Collections.singletonList(options.window())).get(0);
  }

  /**
   * {@link #findRaw(Options)} for several windows from one pass: near-duplicates are found and
   * clustered once (that does not depend on the window), then cut into each window's bursts.
   *
   * @param windows null in the list: no time limit; the options' own window is ignored
   * @return one list of clusters per window, in the same order
   */
  public List<List<RawCluster>> findRaw(Options options, List<Duration> windows)
      throws IOException {
    Map<String, Double> phases = new java.util.LinkedHashMap<>();
    long t = System.nanoTime();
    PostColumns cols = PostColumns.load(reader, options.filter(), options.retweets(),
        Math.max(1, options.minWords()));
    lastUndated = options.window() == null ? 0 : cols.undated();
    t = phase(phases, "columns", t);
    ExactGroups groups = ExactGroups.of(cols);
    t = phase(phases, "exact_groups", t);
    ShingleStore.Similar similar;
    long candidateCount;
    if (options.similarity() == Similarity.CONTAINMENT) {
      boolean[] all = new boolean[groups.count()];
      Arrays.fill(all, true);
      ShingleStore sets = ShingleStore.load(reader, cols, groups, all).withoutStopShingles();
      t = phase(phases, "shingles", t);
      similar = ContainmentPairs.find(sets, options.threshold());
      candidateCount = -1;
      t = phase(phases, "prefix_filter_verify", t);
    } else {
      LongList candidates = CandidatePairs.find(reader, cols, groups);
      t = phase(phases, "lsh_walk", t);
      ShingleStore shingles = ShingleStore.load(reader, cols, groups, candidates);
      t = phase(phases, "shingles", t);
      similar = shingles.verify(candidates, options.threshold());
      candidateCount = candidates.size();
      t = phase(phases, "verify", t);
    }
    LongList verified = similar.pairs();
    long[] firstTime = new long[groups.count()];
    for (int g = 0; g < groups.count(); g++) firstTime[g] = cols.time[groups.representative(g)];
    LeaderClustering clustering =
        LeaderClustering.of(groups, firstTime, verified, similar.similarity());
    List<List<RawCluster>> perWindow = new ArrayList<>(windows.size());
    for (Duration w : windows) {
      perWindow.add(Bursts.split(cols, groups, clustering, options.withWindow(w)));
    }
    phase(phases, "cluster", t);
    stats = new Stats(cols.selected, cols.size(), groups.count(), candidateCount,
        verified.size(), perWindow.get(0).size(), phases);
    return perWindow;
  }

  private static long phase(Map<String, Double> phases, String name, long start) {
    long now = System.nanoTime();
    phases.put(name, (now - start) / 1e9);
    return now;
  }

  private List<Cluster> resolve(List<RawCluster> raw, Similarity measure) throws IOException {
    // All members' posts in one pass in doc order, each stored-fields chunk decompressed once
    // (fetched one by one, in time order, they took most of the run).
    int[] docs = raw.stream()
        .flatMapToInt(rc -> IntStream.concat(IntStream.of(rc.representativeDoc()),
            IntStream.of(rc.docs())))
        .sorted().distinct().toArray();
    String[] ids = new String[docs.length];
    String[] texts = new String[docs.length];
    StoredPostsInDocOrder.read(reader, docs, (doc, p) -> {
      int at = Arrays.binarySearch(docs, doc);
      ids[at] = p.id();
      texts[at] = p.text();
    });
    List<Cluster> out = new ArrayList<>(raw.size());
    int id = 1;
    for (RawCluster rc : raw) {
      List<Cluster.Member> members = new ArrayList<>(rc.docs().length);
      String repText = texts[Arrays.binarySearch(docs, rc.representativeDoc())];
      String repWords = null; // normalised, in containment mode only
      for (int k = 0; k < rc.docs().length; k++) {
        int at = Arrays.binarySearch(docs, rc.docs()[k]);
        Instant time = rc.times()[k] == PostColumns.UNDATED ? Post.NO_TIME
            : Instant.ofEpochMilli(rc.times()[k]);
        String text = texts[at];
        // The representative's words (most members of most campaigns, which differ in a link
        // or a mention): that is the evidence, no text to repeat. Under Jaccard, similarity 1
        // means the same word set (shingles are words); under containment, the same normalised
        // text. Other members keep their text; their evidence is computed only where it is
        // shown (Cluster#evidence).
        boolean same = text.equals(repText);
        if (!same && measure == Similarity.JACCARD) {
          same = rc.similarity()[k] >= 1.0;
        } else if (!same) {
          if (repWords == null) repWords = Normalizer.normalize(repText);
          same = Normalizer.normalize(text).equals(repWords);
        }
        members.add(new Cluster.Member(ids[at], rc.accounts()[k], time, rc.similarity()[k],
            same ? null : text, same ? SharedSpan.SAME_WORDS : null));
      }
      int rep = rc.representativeDoc();
      out.add(new Cluster(id++, rc.distinctAccounts(), members.get(0).time(),
          members.get(members.size() - 1).time(), ids[Arrays.binarySearch(docs, rep)],
          repText, members));
    }
    return out;
  }

  public static Post storedPost(StoredFields stored, int doc) throws IOException {
    return PostDocuments.toPost(stored.document(doc, SOURCE_ONLY));
  }

  private static final Set<String> SOURCE_ONLY = Set.of(Schema.SOURCE);

  /** A cluster before stored fields: doc ids, accounts, times, similarities, time-ordered. */
  public record RawCluster(int representativeDoc, int distinctAccounts, int[] docs, String[] accounts,
      long[] times, double[] similarity) {
    static final Comparator<RawCluster> ORDER = Comparator
        .comparingInt(RawCluster::distinctAccounts).reversed()
        .thenComparing(Comparator.comparingInt((RawCluster c) -> c.docs.length).reversed())
        .thenComparingLong(c -> c.times[0])
        .thenComparingInt(RawCluster::representativeDoc);
  }
}
