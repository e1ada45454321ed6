package org.chorus.dupes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;
import org.chorus.corpus.Post;

/**
 * The rules of {@link DuplicateFinder} for exact-copy groups formed elsewhere, e.g. by a Spark
 * job that fingerprints, groups and verifies across machines: which pairs a band bucket yields,
 * then leader clustering and bursts, the very code {@code chorus dupes} runs, so both find the
 * same clusters.
 */
public final class GroupedCopies {
  private GroupedCopies() {}

  /**
   * A post of a group.
   *
   * @param order the post's place in the input (ties in time are broken by it, as by doc id)
   * @param time epoch milliseconds ({@code Post.NO_TIME}'s 0 for a post without a time)
   */
  public record Member(long order, String id, String account, long time, String text)
      implements java.io.Serializable {}

  /**
   * The candidate pairs of one LSH bucket: every pair when small, else each group with the
   * bucket's largest groups. Pairs are packed by {@link #pair}.
   *
   * @param groups the bucket's group numbers (numbers must order groups by set key)
   * @param sizeOf posts of a group
   */
  public static void bucketPairs(int[] groups, IntUnaryOperator sizeOf, LongConsumer pairs) {
    CandidatePairs.addPairs(pairs, groups.clone(), groups.length, sizeOf);
  }

  /** Two group numbers, lower first, packed as one long. */
  public static long pair(int a, int b) {
    return LongList.pair(Math.min(a, b), Math.max(a, b));
  }

  public static int first(long pair) {
    return LongList.first(pair);
  }

  public static int second(long pair) {
    return LongList.second(pair);
  }

  /**
   * The clusters of {@link DuplicateFinder#find}, from groups and verified pairs.
   *
   * @param groups exact-copy groups in set-key order, each with its members (any order); groups
   *     of one post in no verified pair may be left out
   * @param edges verified pairs of indices into {@code groups} packed by {@link #pair}
   * @param similarity each pair's exact Jaccard similarity, parallel to {@code edges}
   */
  public static List<Cluster> clusters(List<List<Member>> groups, long[] edges,
      float[] similarity, DuplicateFinder.Options options) {
    List<Member> posts = new ArrayList<>();
    for (List<Member> g : groups) posts.addAll(g);
    posts.sort((a, b) -> Long.compare(a.order(), b.order()));
    Map<Long, Integer> docOf = new HashMap<>();
    int n = posts.size();
    int[] doc = new int[n];
    long[] time = new long[n];
    int[] account = new int[n];
    long[] setKey = new long[n];
    short[] words = new short[n];
    List<String> accountNames = new ArrayList<>();
    Map<String, Integer> accountIds = new HashMap<>();
    int undated = 0;
    long noTime = Post.NO_TIME.toEpochMilli();
    for (int i = 0; i < n; i++) {
      Member m = posts.get(i);
      docOf.put(m.order(), i);
      doc[i] = i;
      time[i] = m.time() == noTime ? PostColumns.UNDATED : m.time();
      if (m.time() == noTime) undated++;
      account[i] = accountIds.computeIfAbsent(m.account(), a -> {
        accountNames.add(a);
        return accountNames.size() - 1;
      });
    }
    int[] groupOf = new int[n];
    int[] start = new int[groups.size() + 1];
    int[] members = new int[n];
    int k = 0;
    for (int g = 0; g < groups.size(); g++) {
      start[g] = k;
      int from = k;
      for (Member m : groups.get(g)) {
        int i = docOf.get(m.order());
        groupOf[i] = g;
        setKey[i] = g;
        members[k++] = i;
      }
      // Earliest first, then input order: ExactGroups' order.
      int[] run = Arrays.copyOfRange(members, from, k);
      RadixSort.sortStable(run, i -> i);
      RadixSort.sortStable(run, i -> time[i]);
      System.arraycopy(run, 0, members, from, run.length);
    }
    start[groups.size()] = k;
    PostColumns cols = new PostColumns(doc, time, account, setKey, words, accountNames, n,
        undated);
    ExactGroups exact = new ExactGroups(groupOf, start, members);
    long[] firstTime = new long[groups.size()];
    for (int g = 0; g < groups.size(); g++) firstTime[g] = time[exact.representative(g)];
    LongList edgeList = new LongList();
    for (long e : edges) edgeList.add(e);
    LeaderClustering clustering = LeaderClustering.of(exact, firstTime, edgeList, similarity);
    List<Cluster> out = new ArrayList<>();
    int id = 1;
    for (DuplicateFinder.RawCluster rc : Bursts.split(cols, exact, clustering, options)) {
      List<Cluster.Member> ms = new ArrayList<>(rc.docs().length);
      for (int d = 0; d < rc.docs().length; d++) {
        ms.add(new Cluster.Member(posts.get(rc.docs()[d]).id(), rc.accounts()[d],
            rc.times()[d] == PostColumns.UNDATED ? Post.NO_TIME
                : Instant.ofEpochMilli(rc.times()[d]), rc.similarity()[d]));
      }
      Member rep = posts.get(rc.representativeDoc());
      out.add(new Cluster(id++, rc.distinctAccounts(), ms.get(0).time(),
          ms.get(ms.size() - 1).time(), rep.id(), rep.text(), ms));
    }
    return out;
  }
}
