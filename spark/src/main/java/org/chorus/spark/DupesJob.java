package org.chorus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
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
import org.chorus.dupes.LongList;
import org.chorus.dupes.RadixSort;
import org.chorus.dupes.RetweetMode;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.Lsh;
import org.chorus.fingerprint.MinHash;
import org.chorus.index.PostDocuments;
import scala.Tuple2;

/**
 * {@code chorus spark dupes}: the steps of {@link DuplicateFinder} spread over a cluster, in
 * two shuffles.
 *
 * <ol>
 *   <li>Each input slice fingerprints its posts with {@link Fingerprint} (the code indexing
 *       runs); posts combine by shingle-set key into exact-copy groups (shuffle 1, combined
 *       map-side).
 *   <li>Each group sends its {@link Lsh#BANDS} band keys, hashed by (band, key), to the band
 *       partitions, with its shingle set once per partition it reaches (shuffle 2). A band
 *       partition holds every group of each of its (band, key) buckets: it sorts them by key,
 *       pairs each bucket by {@link GroupedCopies#bucketPairs} and verifies its distinct pairs
 *       by exact Jaccard ({@link MinHash#jaccard}) on the spot, so candidate pairs never
 *       travel. A pair found in several partitions is verified in each and counted once.
 *   <li>The verified pairs and the groups that can form a cluster go to the driver, where
 *       {@link GroupedCopies#clusters} runs leader clustering and bursts.
 * </ol>
 *
 * Groups are known by their set key throughout; within a bucket they are ordered by it, the
 * order {@code chorus dupes} numbers them in, so ties break alike. Shuffled data are plain
 * classes of arrays (registered with Kryo by {@link SparkSessions}), not an object per post
 * field. The driver holds the posts of groups with a copy or a verified pair, not all posts.
 */
public final class DupesJob {
  private DupesJob() {}

  /** An exact-copy group (or the part of one a slice saw): its posts as columns. */
  static final class Group implements Serializable {
    int n;
    long[] order;
    long[] time;
    String[] id;
    String[] account;
    String[] text;
    int[] shingles;
    int[] bands;

    Group() {}

    Group(long order, String id, String account, long time, String text, int[] shingles,
        int[] bands) {
      this.n = 1;
      this.order = new long[] {order};
      this.time = new long[] {time};
      this.id = new String[] {id};
      this.account = new String[] {account};
      this.text = new String[] {text};
      this.shingles = shingles;
      this.bands = bands;
    }

    /** Adds {@code o}'s posts to this group (a combiner may change its first argument). */
    Group add(Group o) {
      int m = n + o.n;
      if (m > order.length) {
        int cap = Math.max(m, order.length * 2);
        order = Arrays.copyOf(order, cap);
        time = Arrays.copyOf(time, cap);
        id = Arrays.copyOf(id, cap);
        account = Arrays.copyOf(account, cap);
        text = Arrays.copyOf(text, cap);
      }
      System.arraycopy(o.order, 0, order, n, o.n);
      System.arraycopy(o.time, 0, time, n, o.n);
      System.arraycopy(o.id, 0, id, n, o.n);
      System.arraycopy(o.account, 0, account, n, o.n);
      System.arraycopy(o.text, 0, text, n, o.n);
      n = m;
      return this;
    }

    List<GroupedCopies.Member> members() {
      List<GroupedCopies.Member> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(new GroupedCopies.Member(order[i], id[i], account[i], time[i], text[i]));
      }
      return out;
    }
  }

  /** What one group sends to one band partition: some of its band keys, its shingle set. */
  static final class Banded implements Serializable {
    long setKey;
    int size;
    byte[] band;
    int[] key;
    int[] shingles;

    Banded() {}
  }

  /** Verified pairs of one band partition, as set keys (lower first) and similarities. */
  static final class Verified implements Serializable {
    long[] first;
    long[] second;
    float[] similarity;
    int n;

    Verified() {}
  }

  /** Routes records keyed by partition number to that partition. */
  static final class ByNumber extends Partitioner {
    private final int partitions;

    ByNumber(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }
  }

  /** Result and figures of a run. */
  public record Result(List<Cluster> clusters, long posts, long groups, long candidatePairs,
      long verifiedPairs, long rejected) {}

  /** With as many shuffle partitions as Spark's default parallelism. */
  public static Result run(SparkSession spark, PostSource source,
      DuplicateFinder.Options options) {
    return run(spark, source, options, spark.sparkContext().defaultParallelism());
  }

  /**
   * @param partitions shuffle partitions of both shuffles; each group's shingle set goes to up
   *     to min(partitions, 32) band partitions
   */
  public static Result run(SparkSession spark, PostSource source,
      DuplicateFinder.Options options, int partitions) {
    int minWords = Math.max(1, options.minWords());
    RetweetMode retweets = options.retweets();
    LongAccumulator postCount = spark.sparkContext().longAccumulator("posts");
    LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");
    LongAccumulator candidateCount = spark.sparkContext().longAccumulator("candidate pairs");
    JavaRDD<Tuple2<Long, Group>> posts = source.map(spark, rejected, in -> {
      List<Tuple2<Long, Group>> out = new ArrayList<>();
      for (Post p = in.next(); p != null; p = in.next()) {
        if (retweets == RetweetMode.EXCLUDE && p.retweet()) continue;
        if (retweets == RetweetMode.ONLY && !p.retweet()) continue;
        Fingerprint fp = Fingerprint.of(p.text());
        if (fp.isEmpty() || fp.shingles().length < minWords) continue;
        out.add(new Tuple2<>(fp.setKey(), new Group(in.order(), p.id(),
            PostDocuments.account(p), p.time().toEpochMilli(), p.text(), fp.shingles(),
            Lsh.bandKeys(fp.signature()))));
      }
      postCount.add(out.size());
      return out.iterator();
    });
    JavaPairRDD<Long, Group> groups = JavaPairRDD.fromJavaRDD(posts)
        .combineByKey(g -> g, Group::add, Group::add, new HashPartitioner(partitions))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    int bandPartitions = partitions;
    double threshold = options.threshold();
    List<Verified> verified = groups
        .flatMapToPair(t -> banded(t._1(), t._2(), bandPartitions))
        .partitionBy(new ByNumber(bandPartitions))
        .mapPartitions(records -> {
          List<Banded> rs = new ArrayList<>();
          records.forEachRemaining(r -> rs.add(r._2()));
          return Collections.singletonList(verify(rs, threshold, candidateCount)).iterator();
        })
        .collect();
    long[] paired = pairedKeys(verified);
    Broadcast<long[]> inPairs =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(paired);
    LongAccumulator groupCount = spark.sparkContext().longAccumulator("groups");
    List<Tuple2<Long, Group>> kept = new ArrayList<>(groups
        .filter(t -> {
          groupCount.add(1);
          return t._2().n > 1 || Arrays.binarySearch(inPairs.value(), t._1()) >= 0;
        })
        .collect());
    // Set-key order (signed, as ExactGroups numbers groups), then each pair by those numbers.
    kept.sort((a, b) -> Long.compare(a._1(), b._1()));
    long[] keys = new long[kept.size()];
    List<List<GroupedCopies.Member>> members = new ArrayList<>(kept.size());
    for (int g = 0; g < keys.length; g++) {
      keys[g] = kept.get(g)._1();
      members.add(kept.get(g)._2().members());
    }
    kept = null;
    Edges edges = edges(verified, keys);
    List<Cluster> clusters = GroupedCopies.clusters(members, edges.pairs, edges.similarity,
        options);
    groups.unpersist();
    inPairs.destroy();
    return new Result(clusters, postCount.value(), groupCount.value(), candidateCount.value(),
        edges.pairs.length, rejected.value());
  }

  /** A group's band keys split by the band partition each (band, key) hashes to. */
  private static Iterator<Tuple2<Integer, Banded>> banded(long setKey, Group g, int parts) {
    int[] count = new int[parts];
    int[] dest = new int[Lsh.BANDS];
    for (int b = 0; b < Lsh.BANDS; b++) {
      dest[b] = partitionOf(b, g.bands[b], parts);
      count[dest[b]]++;
    }
    List<Tuple2<Integer, Banded>> out = new ArrayList<>(Math.min(parts, Lsh.BANDS));
    for (int d = 0; d < parts; d++) {
      if (count[d] == 0) continue;
      Banded r = new Banded();
      r.setKey = setKey;
      r.size = g.n;
      r.shingles = g.shingles;
      r.band = new byte[count[d]];
      r.key = new int[count[d]];
      int k = 0;
      for (int b = 0; b < Lsh.BANDS; b++) {
        if (dest[b] != d) continue;
        r.band[k] = (byte) b;
        r.key[k++] = g.bands[b];
      }
      out.add(new Tuple2<>(d, r));
    }
    return out.iterator();
  }

  static int partitionOf(int band, int key, int parts) {
    long h = (((long) band << 32) | (key & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    return (int) Long.remainderUnsigned(h ^ (h >>> 29), parts);
  }

  /**
   * One band partition: per band, its groups sorted by key (set-key order within a key), each
   * bucket of two or more paired as {@code chorus dupes} pairs it, then every distinct pair
   * verified.
   */
  static Verified verify(List<Banded> rs, double threshold, LongAccumulator candidates) {
    // Record numbers in set-key order, so a bucket's numbers order its groups as chorus dupes.
    rs.sort((a, b) -> Long.compare(a.setKey, b.setKey));
    int[] perBand = new int[Lsh.BANDS];
    for (Banded r : rs) for (byte b : r.band) perBand[b]++;
    int[][] recOf = new int[Lsh.BANDS][];
    int[][] keyOf = new int[Lsh.BANDS][];
    for (int b = 0; b < Lsh.BANDS; b++) {
      recOf[b] = new int[perBand[b]];
      keyOf[b] = new int[perBand[b]];
    }
    int[] fill = new int[Lsh.BANDS];
    for (int i = 0; i < rs.size(); i++) {
      Banded r = rs.get(i);
      for (int k = 0; k < r.band.length; k++) {
        int b = r.band[k];
        recOf[b][fill[b]] = i;
        keyOf[b][fill[b]++] = r.key[k];
      }
    }
    LongList pairs = new LongList();
    for (int b = 0; b < Lsh.BANDS; b++) {
      int m = perBand[b];
      if (m < 2) continue;
      int[] key = keyOf[b];
      int[] byKey = new int[m];
      for (int i = 0; i < m; i++) byKey[i] = i;
      // Stable: within a key, record (set-key) order stays.
      RadixSort.sortStable(byKey, i -> key[i]);
      int[] rec = recOf[b];
      for (int from = 0; from < m; ) {
        int to = from + 1;
        while (to < m && key[byKey[to]] == key[byKey[from]]) to++;
        int u = to - from;
        if (u >= 2) {
          int[] bucket = new int[u];
          for (int k = 0; k < u; k++) bucket[k] = rec[byKey[from + k]];
          GroupedCopies.bucketPairs(bucket, g -> rs.get(g).size, pairs::add);
        }
        from = to;
      }
    }
    long[] distinct = sortedDistinct(pairs);
    candidates.add(distinct.length);
    Verified out = new Verified();
    out.first = new long[16];
    out.second = new long[16];
    out.similarity = new float[16];
    for (long p : distinct) {
      Banded a = rs.get(GroupedCopies.first(p)), c = rs.get(GroupedCopies.second(p));
      double sim = MinHash.jaccard(a.shingles, c.shingles);
      if (sim < threshold) continue;
      if (out.n == out.first.length) {
        out.first = Arrays.copyOf(out.first, out.n * 2);
        out.second = Arrays.copyOf(out.second, out.n * 2);
        out.similarity = Arrays.copyOf(out.similarity, out.n * 2);
      }
      out.first[out.n] = a.setKey;
      out.second[out.n] = c.setKey;
      out.similarity[out.n++] = (float) sim;
    }
    return out;
  }

  /** Set keys of every group in a verified pair, sorted, distinct. */
  private static long[] pairedKeys(List<Verified> verified) {
    LongList keys = new LongList();
    for (Verified v : verified) {
      for (int k = 0; k < v.n; k++) {
        keys.add(v.first[k]);
        keys.add(v.second[k]);
      }
    }
    return sortedDistinct(keys);
  }

  private record Edges(long[] pairs, float[] similarity) {}

  /** Verified pairs as pairs of group numbers ({@code keys} index), each pair once. */
  private static Edges edges(List<Verified> verified, long[] keys) {
    int n = 0;
    for (Verified v : verified) n += v.n;
    long[] all = new long[n];
    float[] sims = new float[n];
    int at = 0;
    for (Verified v : verified) {
      for (int k = 0; k < v.n; k++, at++) {
        all[at] = GroupedCopies.pair(Arrays.binarySearch(keys, v.first[k]),
            Arrays.binarySearch(keys, v.second[k]));
        sims[at] = v.similarity[k];
      }
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    RadixSort.sortStable(order, i -> all[i]);
    // A pair verified in several band partitions has the same similarity in each.
    LongList pairs = new LongList();
    float[] similarity = new float[n];
    for (int i : order) {
      if (pairs.size() > 0 && pairs.get(pairs.size() - 1) == all[i]) continue;
      similarity[pairs.size()] = sims[i];
      pairs.add(all[i]);
    }
    return new Edges(pairs.toArray(), Arrays.copyOf(similarity, pairs.size()));
  }

  /** The values sorted, each once. */
  private static long[] sortedDistinct(LongList values) {
    long[] s = values.toArray();
    Arrays.sort(s);
    int m = 0;
    for (int i = 0; i < s.length; i++) if (m == 0 || s[i] != s[m - 1]) s[m++] = s[i];
    return Arrays.copyOf(s, m);
  }
}
