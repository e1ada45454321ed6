package org.chorus.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.chorus.corpus.Post;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.dupes.RetweetMode;
import org.chorus.dupes.Similarity;

/**
 * Recall of {@code chorus dupes} against exact brute force: every pair of posts whose shingle
 * sets reach the threshold by exact all-pairs Jaccard (or containment, with its guard), against
 * the pairs {@code dupes} puts in one cluster (with no window and no minimum of accounts, so
 * every found pair shows) and, between distinct sets, against the pairs it verified.
 */
final class BruteForceRecall {
  private BruteForceRecall() {}

  record Result(int posts, int distinctSets, long truePairs, long foundPairs, double recall,
      long trueSetPairs, long foundSetPairs, double setRecall, long verifiedSetPairs,
      double dupesSeconds, double bruteSeconds, double speedRatio) {}

  /** {@code posts} must be the posts {@code reader} indexes. */
  static Result measure(List<Post> posts, IndexReader reader, Similarity similarity,
      double threshold) throws IOException {
    DuplicateFinder.Options options = new DuplicateFinder.Options(threshold, 1, null, null,
        RetweetMode.EXCLUDE, DuplicateFinder.DEFAULT_MIN_WORDS)
        .withSimilarity(similarity, threshold);
    new DuplicateFinder(reader).find(options); // warm-up
    long t0 = System.nanoTime();
    DuplicateFinder finder = new DuplicateFinder(reader);
    List<Cluster> clusters = finder.find(options);
    double dupes = (System.nanoTime() - t0) / 1e9;
    Map<String, Integer> clusterOf = new HashMap<>();
    for (Cluster c : clusters) {
      for (Cluster.Member m : c.members()) clusterOf.put(m.postId(), c.id());
    }

    // Distinct shingle sets of the posts dupes considers, each with its posts.
    Map<Long, Integer> setOf = new HashMap<>();
    List<Fingerprint> sets = new ArrayList<>();
    List<List<String>> postsOf = new ArrayList<>();
    int considered = 0;
    for (Post p : posts) {
      Fingerprint f = Fingerprint.of(p.text());
      if (p.retweet() || f.shingles().length < DuplicateFinder.DEFAULT_MIN_WORDS) continue;
      considered++;
      int s = setOf.computeIfAbsent(f.setKey(), k -> {
        sets.add(f);
        postsOf.add(new ArrayList<>());
        return sets.size() - 1;
      });
      postsOf.get(s).add(p.id());
    }

    long t1 = System.nanoTime();
    long trueSet = 0, foundSet = 0, truePairs = 0, foundPairs = 0;
    for (int a = 0; a < sets.size(); a++) {
      List<String> pa = postsOf.get(a);
      truePairs += pairs(pa.size());
      foundPairs += pairsTogether(pa, pa, clusterOf);
      for (int b = a + 1; b < sets.size(); b++) {
        if (similarity.between(sets.get(a), sets.get(b), threshold) >= threshold) {
          List<String> pb = postsOf.get(b);
          trueSet++;
          truePairs += (long) pa.size() * pb.size();
          long together = pairsTogether(pa, pb, clusterOf);
          foundPairs += together;
          if (together > 0) foundSet++;
        }
      }
    }
    double brute = (System.nanoTime() - t1) / 1e9;
    return new Result(considered, sets.size(), truePairs, foundPairs,
        truePairs == 0 ? 1 : foundPairs / (double) truePairs, trueSet, foundSet,
        trueSet == 0 ? 1 : foundSet / (double) trueSet, finder.lastStats().verifiedPairs(), dupes,
        brute, brute / dupes);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** Pairs of posts, one from each list (or two of one list), that share a cluster. */
  private static long pairsTogether(List<String> a, List<String> b, Map<String, Integer> clusterOf) {
    Map<Integer, Long> inA = new HashMap<>();
    for (String id : a) {
      Integer c = clusterOf.get(id);
      if (c != null) inA.merge(c, 1L, Long::sum);
    }
    if (a == b) return inA.values().stream().mapToLong(BruteForceRecall::pairs).sum();
    long together = 0;
    for (String id : b) {
      Integer c = clusterOf.get(id);
      if (c != null) together += inA.getOrDefault(c, 0L);
    }
    return together;
  }
}
