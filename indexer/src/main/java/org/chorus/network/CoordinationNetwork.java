package org.chorus.network;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.LongList;
import org.chorus.dupes.PostColumns;
import org.chorus.dupes.RadixSort;
import org.chorus.dupes.RetweetMode;
import org.chorus.dupes.SharedSpan;
import org.chorus.dupes.Similarity;
import org.chorus.dupes.StoredPostsInDocOrder;
import org.chorus.fingerprint.MinHash;
import org.chorus.index.FingerprintFields;
import org.chorus.index.PostDocuments;
import org.chorus.index.Schema;

/**
 * Builds a {@link Network} for one or more windows: copy edges from {@link DuplicateFinder}
 * clusters, co-retweet edges from walking the {@link Schema#RETWEET_OF} terms and co-link edges
 * from grouping the {@link Schema#URL} link keys (each group's posts, cut into window bursts as
 * clusters are). Each pair of accounts in a cluster or burst gets one piece of evidence: their
 * earliest posts in it.
 * A burst of more than {@link #MAX_ACCOUNTS_PER_GROUP} accounts (a viral post, a popular site)
 * links no pairs: it is broadcast, not coordination, and would add a quadratic number of edges.
 */
public final class CoordinationNetwork {
  static final int EVIDENCE_PER_EDGE = 10;
  public static final int MAX_ACCOUNTS_PER_GROUP = 1000;

  private final IndexReader reader;
  private final Map<String, Accumulator> edges = new HashMap<>();
  private final List<String> accountNames = new ArrayList<>();
  private final Map<String, Integer> accountIds = new HashMap<>();
  private int[] postsPerAccount = new int[0];
  private int[] clustersPerAccount = new int[0];
  private int skippedGroups;
  private int undatedPosts;
  // What the null model shifts, by edge type; null when edges are not scored.
  private Map<String, SharedItems> shared;

  public CoordinationNetwork(IndexReader reader) {
    this.reader = reader;
  }

  /** Groups left out for having more than {@link #MAX_ACCOUNTS_PER_GROUP} accounts. */
  /** Posts of the last build without a time, which its time windows left out. */
  public int undatedPosts() {
    return undatedPosts;
  }

  public int skippedGroups() {
    return skippedGroups;
  }

  /**
   * @param options similarity, accounts, filter and retweet settings; its window is ignored
   * @param windows one set of edges per window (null in the list: no time limit)
   */
  public Network build(DuplicateFinder.Options options, List<Duration> windows) throws IOException {
    return build(options, windows, null);
  }

  /**
   * As {@link #build(DuplicateFinder.Options, List)}, and each edge with a window gets its
   * {@link Network.Significance} under {@code nulls} (null: not scored).
   */
  public Network build(DuplicateFinder.Options options, List<Duration> windows, NullModel nulls)
      throws IOException {
    PostColumns all = PostColumns.load(reader, options.filter(), RetweetMode.INCLUDE, 0);
    undatedPosts = all.undated();
    long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
    for (int i = 0; i < all.size(); i++) {
      if (all.time(i) == PostColumns.UNDATED) continue; // no time to shift
      first = Math.min(first, all.time(i));
      last = Math.max(last, all.time(i));
    }
    if (nulls != null && first <= last) {
      shared = new HashMap<>();
      for (String type : List.of("copy", "co-retweet", "co-link")) {
        shared.put(type, new SharedItems(first));
      }
    }
    for (String name : all.accountNames()) account(name); // same numbering as the columns
    postsPerAccount = new int[accountNames.size()];
    for (int i = 0; i < all.size(); i++) {
      if (all.account(i) >= 0) postsPerAccount[all.account(i)]++;
    }
    clustersPerAccount = new int[accountNames.size()];
    int[] docToPost = new int[reader.maxDoc()];
    Arrays.fill(docToPost, -1);
    for (int i = 0; i < all.size(); i++) docToPost[all.doc(i)] = i;
    // Copy clusters are found once for all windows; the null model shifts whole clusters.
    List<Duration> cuts = new ArrayList<>(windows);
    if (shared != null) cuts.add(null);
    List<List<DuplicateFinder.RawCluster>> clustersPerWindow =
        new DuplicateFinder(reader).findRaw(options, cuts);
    if (shared != null) copyItems(clustersPerWindow.get(windows.size()));
    for (int w = 0; w < windows.size(); w++) {
      Duration window = windows.get(w);
      copyEdges(clustersPerWindow.get(w), window, w == 0, options.similarity());
      sharedTermEdges(Schema.RETWEET_OF, "co-retweet", window, all, docToPost, w == 0);
      sharedLinkEdges(window, all, docToPost, w == 0);
    }
    if (shared != null) score(nulls, Math.floorDiv(last, 1000) - Math.floorDiv(first, 1000) + 1);
    return toNetwork();
  }

  private void copyItems(List<DuplicateFinder.RawCluster> whole) {
    SharedItems items = shared.get("copy");
    for (DuplicateFinder.RawCluster rc : whole) {
      items.begin();
      for (int k = 0; k < rc.docs().length; k++) {
        if (!rc.accounts()[k].isEmpty() && rc.times()[k] != PostColumns.UNDATED) {
          items.add(account(rc.accounts()[k]), rc.times()[k]);
        }
      }
      items.end();
    }
  }

  /** Each (type, window) group of edges scored against the null model. */
  private void score(NullModel nulls, long spanSeconds) {
    Map<String, List<Accumulator>> groups = new HashMap<>();
    for (Accumulator a : edges.values()) {
      if (a.window == null) continue;
      groups.computeIfAbsent(a.type + '\u0000' + a.window, k -> new ArrayList<>()).add(a);
    }
    for (List<Accumulator> group : groups.values()) {
      int[] source = new int[group.size()], target = new int[group.size()];
      for (int e = 0; e < group.size(); e++) {
        source[e] = accountIds.get(group.get(e).source);
        target[e] = accountIds.get(group.get(e).target);
      }
      Accumulator any = group.get(0);
      long windowSeconds = Math.max(0, any.window.toMillis() / 1000);
      Network.Significance[] scores = EdgeSignificance.score(shared.get(any.type), spanSeconds,
          accountNames.size(), source, target, windowSeconds, nulls);
      for (int e = 0; e < group.size(); e++) group.get(e).significance = scores[e];
    }
  }

  private void copyEdges(List<DuplicateFinder.RawCluster> clusters, Duration window,
      boolean countClusters, Similarity similarity) throws IOException {
    for (int c = 0; c < clusters.size(); c++) {
      DuplicateFinder.RawCluster rc = clusters.get(c);
      int[] firstPost = earliestPerAccount(rc.accounts());
      if (countClusters) {
        for (int k : firstPost) clustersPerAccount[account(rc.accounts()[k])]++;
      }
      if (firstPost.length > MAX_ACCOUNTS_PER_GROUP) {
        skippedGroups++;
        continue;
      }
      int[][] shingles = shingles(rc.docs(), firstPost);
      String shared = "cluster " + (c + 1);
      for (int x = 0; x < firstPost.length; x++) {
        for (int y = x + 1; y < firstPost.length; y++) {
          int a = firstPost[x], b = firstPost[y];
          link("copy", window, rc.accounts()[a], rc.accounts()[b], shared, rc.docs()[a],
              rc.docs()[b], Math.abs(rc.times()[a] - rc.times()[b]),
              similarity == Similarity.CONTAINMENT
                  ? SharedSpan.containment(shingles[x], shingles[y])
                  : MinHash.jaccard(shingles[x], shingles[y]));
        }
      }
    }
  }

  /** Index of each account's earliest post (members are in time order), in first-seen order. */
  private static int[] earliestPerAccount(String[] accounts) {
    Map<String, Integer> first = new java.util.LinkedHashMap<>();
    for (int k = 0; k < accounts.length; k++) first.putIfAbsent(accounts[k], k);
    return first.values().stream().mapToInt(Integer::intValue).toArray();
  }

  private int[][] shingles(int[] docs, int[] which) throws IOException {
    int[][] out = new int[which.length][];
    for (int x = 0; x < which.length; x++) {
      int doc = docs[which[x]];
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), FingerprintFields.SHINGLES);
      out[x] = values.advanceExact(doc - leaf.docBase)
          ? FingerprintFields.decode(values.binaryValue()) : new int[0];
    }
    return out;
  }

  private void sharedTermEdges(String field, String type, Duration window, PostColumns all,
      int[] docToPost, boolean collect) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) return;
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    BytesRef term;
    long[] timeAndPost = new long[16];
    while ((term = te.next()) != null) {
      if (te.docFreq() < 2) continue;
      postings = te.postings(postings, PostingsEnum.NONE);
      int m = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        int i = docToPost[d];
        if (i < 0 || all.account(i) < 0) continue;
        if (m == timeAndPost.length) timeAndPost = Arrays.copyOf(timeAndPost, m * 2);
        timeAndPost[m++] = i;
      }
      if (m < 2) continue;
      if (collect) collect(type, all, timeAndPost, 0, m);
      groupEdges(type, window, term.utf8ToString(), all, timeAndPost, m);
    }
  }

  /** Co-link: posts whose link keys are equal, grouped by sorting (key, post) pairs. */
  private void sharedLinkEdges(Duration window, PostColumns all, int[] docToPost,
      boolean collect) throws IOException {
    LongList keys = new LongList();
    LongList posts = new LongList();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues links = DocValues.getSortedNumeric(leaf.reader(), Schema.URL);
      for (int d = links.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = links.nextDoc()) {
        int i = docToPost[leaf.docBase + d];
        if (i < 0 || all.account(i) < 0) continue;
        long previous = 0;
        for (int k = 0; k < links.docValueCount(); k++) {
          long key = links.nextValue();
          if (k > 0 && key == previous) continue; // one post, the same link twice
          keys.add(key);
          posts.add(i);
          previous = key;
        }
      }
    }
    int n = keys.size();
    int[] order = new int[n];
    for (int k = 0; k < n; k++) order[k] = k;
    RadixSort.sortStable(order, keys::get);
    long[] group = new long[16];
    StoredFields stored = null;
    for (int s = 0; s < n; ) {
      long key = keys.get(order[s]);
      int e = s;
      while (e < n && keys.get(order[e]) == key) e++;
      if (e - s >= 2 && !oneAccount(all, posts, order, s, e)) {
        if (group.length < e - s) group = new long[e - s];
        for (int k = s; k < e; k++) group[k - s] = posts.get(order[k]);
        if (collect) collect("co-link", all, group, 0, e - s);
        if (stored == null) stored = reader.storedFields();
        groupEdges("co-link", window, link(stored, all.doc((int) group[0]), key), all, group,
            e - s);
      }
      s = e;
    }
  }

  /** One shared item's posts for the null model, when edges are scored. */
  private void collect(String type, PostColumns all, long[] posts, int from, int to) {
    if (shared == null) return;
    SharedItems items = shared.get(type);
    items.begin();
    for (int k = from; k < to; k++) {
      int post = (int) posts[k];
      if (all.time(post) != PostColumns.UNDATED) items.add(all.account(post), all.time(post));
    }
    items.end();
  }

  // An account linking to its own page over and over links no pair: skip it before reading
  // the link itself from the stored post.
  private static boolean oneAccount(PostColumns all, LongList posts, int[] order, int from, int to) {
    int first = all.account((int) posts.get(order[from]));
    for (int k = from + 1; k < to; k++) {
      if (all.account((int) posts.get(order[k])) != first) return false;
    }
    return true;
  }

  /** The link a post's key stands for, from the post itself. */
  private static String link(StoredFields stored, int doc, long key) throws IOException {
    for (String url : DuplicateFinder.storedPost(stored, doc).urls()) {
      if (PostDocuments.linkKey(url) == key) return url;
    }
    throw new IOException("document " + doc + " has no link with key " + key);
  }

  /** Cuts the posts sharing one value into window bursts and links the accounts of each. */
  private void groupEdges(String type, Duration window, String shared, PostColumns all,
      long[] group, int m) {
    long windowMs = window == null ? Long.MAX_VALUE : window.toMillis();
    Long[] sorted = new Long[m];
    for (int k = 0; k < m; k++) sorted[k] = group[k];
    Arrays.sort(sorted, (p, q) -> {
      int c = Long.compare(all.time((int) (long) p), all.time((int) (long) q));
      return c != 0 ? c : Long.compare(p, q);
    });
    int first = 0;
    // Undated posts sort first; a time window cannot hold them, so they link no accounts.
    if (window != null) {
      while (first < m && all.time((int) (long) sorted[first]) == PostColumns.UNDATED) first++;
    }
    for (int s = first; s < m; ) {
      long t0 = all.time((int) (long) sorted[s]);
      int e = s;
      while (e < m && (windowMs == Long.MAX_VALUE
          || all.time((int) (long) sorted[e]) - t0 <= windowMs)) {
        e++;
      }
      burstEdges(type, window, shared, all, sorted, s, e);
      s = e;
    }
  }

  private void burstEdges(String type, Duration window, String shared, PostColumns all,
      Long[] sorted, int from, int to) {
    Map<Integer, Integer> firstByAccount = new java.util.LinkedHashMap<>();
    for (int k = from; k < to; k++) {
      int post = (int) (long) sorted[k];
      firstByAccount.putIfAbsent(all.account(post), post);
    }
    if (firstByAccount.size() < 2) return;
    if (firstByAccount.size() > MAX_ACCOUNTS_PER_GROUP) {
      skippedGroups++;
      return;
    }
    int[] posts = firstByAccount.values().stream().mapToInt(Integer::intValue).toArray();
    for (int x = 0; x < posts.length; x++) {
      for (int y = x + 1; y < posts.length; y++) {
        int a = posts[x], b = posts[y];
        link(type, window, all.accountNames().get(all.account(a)),
            all.accountNames().get(all.account(b)), shared, all.doc(a), all.doc(b),
            gap(all.time(a), all.time(b)), 1.0);
      }
    }
  }

  /** Milliseconds between two posts; 0 when either has no time (no window was asked for). */
  private static long gap(long a, long b) {
    return a == PostColumns.UNDATED || b == PostColumns.UNDATED ? 0 : Math.abs(a - b);
  }

  private int account(String name) {
    Integer id = accountIds.get(name);
    if (id == null) {
      id = accountNames.size();
      accountIds.put(name, id);
      accountNames.add(name);
    }
    return id;
  }

  private void link(String type, Duration window, String a, String b, String shared, int docA,
      int docB, long gapMs, double similarity) {
    if (a.equals(b)) return;
    boolean swap = a.compareTo(b) > 0;
    String source = swap ? b : a, target = swap ? a : b;
    String key = type + '\u0000' + window + '\u0000' + source + '\u0000' + target;
    Accumulator acc = edges.computeIfAbsent(key, k -> new Accumulator(source, target, type, window));
    acc.weight++;
    acc.evidenceCount++;
    if (acc.evidence.size() < EVIDENCE_PER_EDGE) {
      acc.evidence.add(new long[] {swap ? docB : docA, swap ? docA : docB, gapMs / 1000,
          Double.doubleToLongBits(similarity)});
      acc.shared.add(shared);
    }
  }

  private Network toNetwork() throws IOException {
    // Post ids of evidence come from stored sources, each read once in doc order.
    int[] docs = edges.values().stream().flatMap(a -> a.evidence.stream())
        .flatMapToInt(e -> java.util.stream.IntStream.of((int) e[0], (int) e[1]))
        .distinct().sorted().toArray();
    Map<Integer, String> ids = new HashMap<>();
    StoredPostsInDocOrder.read(reader, docs, (doc, post) -> ids.put(doc, post.id()));
    List<Network.Edge> out = new ArrayList<>(edges.size());
    for (Accumulator a : edges.values()) {
      List<Network.Evidence> ev = new ArrayList<>();
      for (int k = 0; k < a.evidence.size(); k++) {
        long[] e = a.evidence.get(k);
        ev.add(new Network.Evidence(a.shared.get(k), ids.get((int) e[0]), ids.get((int) e[1]),
            e[2], Double.longBitsToDouble(e[3])));
      }
      out.add(new Network.Edge(a.source, a.target, a.type, a.window, a.weight, a.evidenceCount, ev,
          a.significance));
    }
    out.sort((x, y) -> {
      int c = Integer.compare(y.weight(), x.weight());
      if (c != 0) return c;
      c = x.type().compareTo(y.type());
      if (c != 0) return c;
      c = x.source().compareTo(y.source());
      return c != 0 ? c : x.target().compareTo(y.target());
    });
    java.util.Set<String> linked = new java.util.HashSet<>();
    for (Network.Edge e : out) {
      linked.add(e.source());
      linked.add(e.target());
    }
    List<Network.Node> nodes = new ArrayList<>();
    for (int i = 0; i < accountNames.size(); i++) {
      if (linked.contains(accountNames.get(i))) {
        nodes.add(new Network.Node(accountNames.get(i), postsPerAccount[i], clustersPerAccount[i]));
      }
    }
    nodes.sort((x, y) -> x.account().compareTo(y.account()));
    return new Network(nodes, out);
  }

  private static final class Accumulator {
    final String source, target, type;
    final Duration window;
    int weight;
    int evidenceCount;
    Network.Significance significance;
    final List<long[]> evidence = new ArrayList<>();
    final List<String> shared = new ArrayList<>();

    Accumulator(String source, String target, String type, Duration window) {
      this.source = source;
      this.target = target;
      this.type = type;
      this.window = window;
    }
  }
}
