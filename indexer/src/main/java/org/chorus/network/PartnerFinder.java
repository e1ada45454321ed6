package org.chorus.network;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.chorus.corpus.Post;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.SimilarFinder;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.index.PostDocuments;
import org.chorus.index.Schema;

/**
 * The accounts coordinated with one account, as index queries around each of its recent posts:
 * near-copies of the post by other accounts within the window (the {@link SimilarFinder}
 * candidate query restricted to the window), retweets of the post it retweeted, and posts with
 * a link it posted. The network of the whole index answers the same question for every
 * account at once; this answers it for one in the time of a page load, whatever the index size:
 * the work grows with the account's checked posts and the posts near them in time, not with
 * the index.
 */
public final class PartnerFinder {
  /** The account's most recent posts that are checked. */
  public static final int MAX_POSTS = 500;
  public static final int EVIDENCE_PER_PARTNER = 5;
  /** A post matched by more than this many others (per type) is broadcast and skipped unread. */
  static final int MAX_MATCHES = 10_000;

  private static final Sort NEWEST_FIRST = new Sort(
      new SortField(Schema.TIME, SortField.Type.LONG, true), SortField.FIELD_DOC);

  private final IndexSearcher searcher;
  private final IndexReader reader;

  public PartnerFinder(IndexSearcher searcher) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
  }

  /**
   * @param threshold the least Jaccard similarity of a copy
   * @param window the largest time gap between linked posts
   * @param limit the most partners returned, most linked first
   */
  public Partners find(String account, double threshold, Duration window, int limit)
      throws IOException {
    TopDocs own = searcher.search(new TermQuery(new Term(Schema.ACCOUNT, account)), MAX_POSTS,
        NEWEST_FIRST);
    StoredFields stored = reader.storedFields();
    Map<Integer, Post> posts = new HashMap<>();
    Map<String, Accumulator> partners = new HashMap<>();
    int skipped = 0;
    long windowMs = window.toMillis();
    for (ScoreDoc sd : own.scoreDocs) {
      Post post = DuplicateFinder.storedPost(stored, sd.doc);
      posts.put(sd.doc, post);
      long t = post.time().toEpochMilli();
      Query near = LongPoint.newRangeQuery(Schema.TIME, t - windowMs, t + windowMs);
      // A retweet's text is the retweeted post's: its copies are co-retweets, found below.
      if (!post.retweet()
          && Fingerprint.of(post.text()).shingles().length >= DuplicateFinder.DEFAULT_MIN_WORDS) {
        Query originals = new BooleanQuery.Builder().add(near, BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Schema.RETWEET, "1")), BooleanClause.Occur.MUST_NOT)
            .build();
        List<SimilarFinder.Match> copies =
            new SimilarFinder(searcher).matches(post.text(), threshold, originals);
        int[] docs = new int[copies.size()];
        double[] similarity = new double[copies.size()];
        for (int k = 0; k < docs.length; k++) {
          docs[k] = copies.get(k).doc();
          similarity[k] = copies.get(k).similarity();
        }
        skipped += link(partners, account, sd.doc, t, "copy", "text", docs, similarity);
      }
      if (post.retweetOf() != null) {
        int[] docs = matching(both(near, new TermQuery(new Term(Schema.RETWEET_OF,
            post.retweetOf()))));
        skipped += link(partners, account, sd.doc, t, "co-retweet", post.retweetOf(), docs, null);
      }
      for (String url : new LinkedHashSet<>(post.urls())) {
        int[] docs = matching(both(near, SortedNumericDocValuesField.newSlowExactQuery(Schema.URL,
            PostDocuments.linkKey(url))));
        skipped += link(partners, account, sd.doc, t, "co-link", url, docs, null);
      }
    }
    List<Accumulator> ranked = new ArrayList<>(partners.values());
    ranked.sort((a, b) -> a.pairs.size() != b.pairs.size()
        ? Integer.compare(b.pairs.size(), a.pairs.size()) : a.account.compareTo(b.account));
    List<Partners.Partner> out = new ArrayList<>();
    for (Accumulator a : ranked.subList(0, Math.min(limit, ranked.size()))) {
      List<Partners.Link> evidence = new ArrayList<>();
      String name = null;
      for (Pending p : a.evidence) {
        Post theirs = DuplicateFinder.storedPost(stored, p.partnerDoc);
        if (name == null) name = theirs.account().screenName();
        evidence.add(new Partners.Link(p.type, p.shared, p.gapMs / 1000, p.similarity,
            posts.get(p.doc), theirs));
      }
      out.add(new Partners.Partner(a.account, name == null || name.isBlank() ? null : name,
          a.pairs.size(), new ArrayList<>(a.types), evidence));
    }
    return new Partners(account, own.scoreDocs.length, skipped, out);
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER)
        .add(b, BooleanClause.Occur.FILTER).build();
  }

  /** The doc ids a query matches in index order, or null past {@link #MAX_MATCHES}. */
  private int[] matching(Query query) throws IOException {
    int[][] out = {new int[16]};
    int[] n = {0};
    boolean[] over = {false};
    searcher.search(query, new SimpleCollector() {
      private int base;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
      }

      @Override
      public void collect(int doc) {
        if (n[0] == MAX_MATCHES) {
          over[0] = true;
          throw new CollectionTerminatedException();
        }
        if (n[0] == out[0].length) out[0] = java.util.Arrays.copyOf(out[0], n[0] * 2);
        out[0][n[0]++] = base + doc;
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return over[0] ? null : java.util.Arrays.copyOf(out[0], n[0]);
  }

  /**
   * Links the checked post {@code doc} to the other accounts' posts in {@code docs} (ascending).
   *
   * @param similarity per doc, or null for 1
   * @return 1 when the posts are broadcast (too many, or too many accounts) and link no one
   */
  private int link(Map<String, Accumulator> partners, String account, int doc, long time,
      String type, String shared, int[] docs, double[] similarity) throws IOException {
    if (docs == null || docs.length > MAX_MATCHES) return 1;
    String[] accounts = new String[docs.length];
    long[] times = new long[docs.length];
    Set<String> others = new HashSet<>();
    readColumns(docs, accounts, times);
    for (int k = 0; k < docs.length; k++) {
      if (accounts[k] != null && !accounts[k].equals(account)) others.add(accounts[k]);
    }
    if (others.size() > CoordinationNetwork.MAX_ACCOUNTS_PER_GROUP) return 1;
    for (int k = 0; k < docs.length; k++) {
      if (!others.contains(accounts[k])) continue;
      Accumulator a = partners.computeIfAbsent(accounts[k], Accumulator::new);
      a.add(new Pending(type, shared, doc, docs[k], Math.abs(times[k] - time),
          similarity == null ? 1.0 : similarity[k]));
    }
    return 0;
  }

  /** Account and time of each doc, from doc values, walking the docs in index order. */
  private void readColumns(int[] docs, String[] accounts, long[] times) throws IOException {
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    SortedDocValues account = null;
    NumericDocValues time = null;
    for (int k = 0; k < docs.length; k++) {
      int i = ReaderUtil.subIndex(docs[k], reader.leaves());
      if (i != leafIndex) {
        leafIndex = i;
        leaf = reader.leaves().get(i);
        account = DocValues.getSorted(leaf.reader(), Schema.ACCOUNT);
        time = DocValues.getNumeric(leaf.reader(), Schema.TIME);
      }
      int d = docs[k] - leaf.docBase;
      accounts[k] = account.advanceExact(d) ? account.lookupOrd(account.ordValue()).utf8ToString()
          : null;
      times[k] = time.advanceExact(d) ? time.longValue() : 0;
    }
  }

  /** A link before its posts are read. */
  private record Pending(String type, String shared, int doc, int partnerDoc, long gapMs,
      double similarity) {}

  private static final class Accumulator {
    final String account;
    final Set<Long> pairs = new HashSet<>();
    final Set<String> types = new LinkedHashSet<>();
    final List<Pending> evidence = new ArrayList<>();

    Accumulator(String account) {
      this.account = account;
    }

    void add(Pending p) {
      boolean newPair = pairs.add(((long) p.doc << 32) | (p.partnerDoc & 0xFFFFFFFFL));
      boolean newType = types.add(p.type);
      if (evidence.size() < EVIDENCE_PER_PARTNER) {
        if (newPair) evidence.add(p);
      } else if (newType) {
        // Show every type there is: the first example of a new type takes the place of the
        // latest example of a type shown more than once.
        for (int k = evidence.size() - 1; k >= 0; k--) {
          String t = evidence.get(k).type;
          if (evidence.stream().filter(e -> e.type.equals(t)).count() > 1) {
            evidence.set(k, p);
            break;
          }
        }
      }
    }
  }
}
