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

  public CoordinationNetwork(IndexReader reader) {
    this.reader = reader;
  }

  /** Groups left out for having more than {@link #MAX_ACCOUNTS_PER_GROUP} accounts. */
  public int skippedGroups() {
    return skippedGroups;
  }

  /**
   * @param options similarity, accounts, filter and retweet settings; its window is ignored
   * @param windows one set of edges per window (null in the list: no time limit)
   */
  public Network build(DuplicateFinder.Options options, List<Duration> windows) throws IOException {
    PostColumns all = PostColumns.load(reader, options.filter(), RetweetMode.INCLUDE, 0);
    for (String name : all.accountNames()) account(name); // same numbering as the columns
    postsPerAccount = new int[accountNames.size()];
    for (int i = 0; i < all.size(); i++) {
      if (all.account(i) >= 0) postsPerAccount[all.account(i)]++;
    }
    clustersPerAccount = new int[accountNames.size()];
    int[] docToPost = new int[reader.maxDoc()];
    Arrays.fill(docToPost, -1);
    for (int i = 0; i < all.size(); i++) docToPost[all.doc(i)] = i;
    for (int w = 0; w < windows.size(); w++) {
      Duration window = windows.get(w);
      copyEdges(options.withWindow(window), window, w == 0);
      sharedTermEdges(Schema.RETWEET_OF, "co-retweet", window, all, docToPost);
      sharedLinkEdges(window, all, docToPost);
    }
    return toNetwork();
  }

  private void copyEdges(DuplicateFinder.Options options, Duration window, boolean countClusters)
      throws IOException {
    DuplicateFinder finder = new DuplicateFinder(reader);
    List<DuplicateFinder.RawCluster> clusters = finder.findRaw(options);
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
              options.similarity() == Similarity.CONTAINMENT
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
      int[] docToPost) throws IOException {
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
      groupEdges(type, window, term.utf8ToString(), all, timeAndPost, m);
    }
  }

  /** Co-link: posts whose link keys are equal, grouped by sorting (key, post) pairs. */
  private void sharedLinkEdges(Duration window, PostColumns all, int[] docToPost)
      throws IOException {
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
        if (stored == null) stored = reader.storedFields();
        groupEdges("co-link", window, link(stored, all.doc((int) group[0]), key), all, group,
            e - s);
      }
      s = e;
    }
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
    for (int s = 0; s < m; ) {
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
            Math.abs(all.time(a) - all.time(b)), 1.0);
      }
    }
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
      out.add(new Network.Edge(a.source, a.target, a.type, a.window, a.weight, a.evidenceCount, ev));
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
