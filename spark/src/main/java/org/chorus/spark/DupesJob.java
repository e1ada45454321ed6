package org.chorus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.chorus.corpus.Post;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.GroupedCopies;
import org.chorus.dupes.RetweetMode;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.Lsh;
import org.chorus.fingerprint.MinHash;
import org.chorus.index.PostDocuments;
import scala.Tuple2;

/**
 * {@code chorus spark dupes}: the steps of {@link DuplicateFinder} spread over a cluster.
 *
 * <ol>
 *   <li>Each partition fingerprints its posts with {@link Fingerprint} (the code indexing runs).
 *   <li>Posts group by shingle-set key (exact copies); groups are numbered in key order, the
 *       order {@code chorus dupes} numbers them, so ties break alike.
 *   <li>Each group's {@link Lsh#BANDS} band keys are exploded and grouped by (band, key); each
 *       bucket yields pairs by {@link GroupedCopies#bucketPairs}.
 *   <li>Distinct pairs are joined with both groups' shingle sets and kept at or above the
 *       threshold by exact Jaccard ({@link MinHash#jaccard}).
 *   <li>The verified pairs and the groups that can form a cluster go to the driver, where
 *       {@link GroupedCopies#clusters} runs leader clustering and bursts.
 * </ol>
 *
 * The driver holds the posts of groups with a copy or a verified pair, not all posts.
 */
public final class DupesJob {
  private DupesJob() {}

  /** A fingerprinted post. */
  record Row(long order, String id, String account, long time, String text, long setKey,
      int[] shingles, int[] bands) implements Serializable {}

  /** An exact-copy group: members, one shingle set, one set of band keys. */
  record Group(List<GroupedCopies.Member> members, int[] shingles, int[] bands)
      implements Serializable {}

  /** Result and figures of a run. */
  public record Result(List<Cluster> clusters, long posts, long groups, long candidatePairs,
      long verifiedPairs, long rejected) {}

  public static Result run(SparkSession spark, PostSource source,
      DuplicateFinder.Options options) {
    int minWords = Math.max(1, options.minWords());
    RetweetMode retweets = options.retweets();
    LongAccumulator postCount = spark.sparkContext().longAccumulator("posts");
    LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");
    LongAccumulator candidateCount = spark.sparkContext().longAccumulator("candidate pairs");
    JavaRDD<Row> rows = source.map(spark, rejected, posts -> {
      List<Row> out = new ArrayList<>();
      for (Post p = posts.next(); p != null; p = posts.next()) {
        if (retweets == RetweetMode.EXCLUDE && p.retweet()) continue;
        if (retweets == RetweetMode.ONLY && !p.retweet()) continue;
        Fingerprint fp = Fingerprint.of(p.text());
        if (fp.isEmpty() || fp.shingles().length < minWords) continue;
        out.add(new Row(posts.order(), p.id(), PostDocuments.account(p),
            p.time().toEpochMilli(), p.text(), fp.setKey(), fp.shingles(),
            Lsh.bandKeys(fp.signature())));
      }
      postCount.add(out.size());
      return out.iterator();
    });
    // Exact copies, numbered in (signed) set-key order as ExactGroups numbers them.
    JavaPairRDD<Long, Group> byKey = rows.mapToPair(r -> new Tuple2<>(r.setKey(), r))
        .groupByKey().mapValues(rs -> {
          List<GroupedCopies.Member> ms = new ArrayList<>();
          Row first = null;
          for (Row r : rs) {
            if (first == null) first = r;
            ms.add(new GroupedCopies.Member(r.order(), r.id(), r.account(), r.time(), r.text()));
          }
          return new Group(ms, first.shingles(), first.bands());
        });
    JavaPairRDD<Integer, Group> groups = byKey.sortByKey().values().zipWithIndex()
        .mapToPair(t -> new Tuple2<>((int) (long) t._2(), t._1()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Long> candidates = groups.flatMapToPair(t -> {
      List<Tuple2<Long, int[]>> keys = new ArrayList<>(Lsh.BANDS);
      for (int b = 0; b < Lsh.BANDS; b++) {
        keys.add(new Tuple2<>(((long) b << 32) | (t._2().bands()[b] & 0xFFFFFFFFL),
            new int[] {t._1(), t._2().members().size()}));
      }
      return keys.iterator();
    }).groupByKey().flatMap(bucket -> {
      List<int[]> gs = new ArrayList<>();
      bucket._2().forEach(gs::add);
      if (gs.size() < 2) return java.util.Collections.emptyIterator();
      gs.sort((a, b) -> Integer.compare(a[0], b[0]));
      int[] ids = new int[gs.size()];
      Map<Integer, Integer> size = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        ids[i] = gs.get(i)[0];
        size.put(ids[i], gs.get(i)[1]);
      }
      List<Long> pairs = new ArrayList<>();
      GroupedCopies.bucketPairs(ids, size::get, pairs::add);
      return pairs.iterator();
    }).distinct();
    JavaPairRDD<Integer, int[]> shingles = groups.mapValues(Group::shingles);
    double threshold = options.threshold();
    List<Tuple2<Long, Float>> verified = candidates
        .mapToPair(p -> new Tuple2<>(GroupedCopies.first(p), p))
        .join(shingles)
        .mapToPair(t -> new Tuple2<>(GroupedCopies.second(t._2()._1()),
            new Tuple2<>(t._2()._1(), t._2()._2())))
        .join(shingles)
        .flatMap(t -> {
          candidateCount.add(1);
          double sim = MinHash.jaccard(t._2()._1()._2(), t._2()._2());
          return sim >= threshold
              ? List.of(new Tuple2<>(t._2()._1()._1(), (float) sim)).iterator()
              : java.util.Collections.<Tuple2<Long, Float>>emptyIterator();
        })
        .collect();
    Set<Integer> paired = new HashSet<>();
    for (Tuple2<Long, Float> e : verified) {
      paired.add(GroupedCopies.first(e._1()));
      paired.add(GroupedCopies.second(e._1()));
    }
    Broadcast<Set<Integer>> inPairs =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(paired);
    List<Tuple2<Integer, List<GroupedCopies.Member>>> kept = new ArrayList<>(groups
        .filter(t -> t._2().members().size() > 1 || inPairs.value().contains(t._1()))
        .mapValues(Group::members).collect());
    kept.sort((a, b) -> Integer.compare(a._1(), b._1()));
    Map<Integer, Integer> local = new HashMap<>();
    List<List<GroupedCopies.Member>> members = new ArrayList<>(kept.size());
    for (Tuple2<Integer, List<GroupedCopies.Member>> t : kept) {
      local.put(t._1(), members.size());
      members.add(t._2());
    }
    long[] edges = new long[verified.size()];
    float[] sims = new float[verified.size()];
    for (int k = 0; k < edges.length; k++) {
      long p = verified.get(k)._1();
      edges[k] = GroupedCopies.pair(local.get(GroupedCopies.first(p)),
          local.get(GroupedCopies.second(p)));
      sims[k] = verified.get(k)._2();
    }
    List<Cluster> clusters = GroupedCopies.clusters(members, edges, sims, options);
    long groupCount = groups.count();
    groups.unpersist();
    return new Result(clusters, postCount.value(), groupCount, candidateCount.value(),
        edges.length, rejected.value());
  }

}
