package org.chorus.dupes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.chorus.index.FingerprintFields;
import org.chorus.index.Schema;

/**
 * The posts a near-duplicate run looks at, as parallel primitive columns indexed 0..size-1 in
 * index doc-id order: doc id, time, account number, shingle-set key, shingle count. About 30
 * bytes per post, read from doc values, so two million posts take 60 MB and no stored field is
 * touched.
 */
public final class PostColumns {
  final int[] doc;
  final long[] time;
  final int[] account;
  final long[] setKey;
  final short[] words;
  final List<String> accountNames;
  /** Posts the filter and retweet choice selected, before too-short posts were set aside. */
  final int selected;
  /** The time of a post without one: first in time order, and never in a time window. */
  public static final long UNDATED = Long.MIN_VALUE;
  /** Posts loaded without a time. */
  final int undated;

  PostColumns(int[] doc, long[] time, int[] account, long[] setKey, short[] words,
      List<String> accountNames, int selected, int undated) {
    this.doc = doc;
    this.time = time;
    this.account = account;
    this.setKey = setKey;
    this.words = words;
    this.accountNames = accountNames;
    this.selected = selected;
    this.undated = undated;
  }

  public int size() {
    return doc.length;
  }

  public int doc(int post) {
    return doc[post];
  }

  public long time(int post) {
    return time[post];
  }

  /** Posts loaded without a time: time windows leave them out. */
  public int undated() {
    return undated;
  }

  /** The post's account number, -1 when it has none. */
  public int account(int post) {
    return account[post];
  }

  /** Account names by account number. */
  public List<String> accountNames() {
    return Collections.unmodifiableList(accountNames);
  }

  /**
   * Loads the live posts that match {@code filter} (null: all), with retweets chosen by
   * {@code retweets} and at least {@code minWords} distinct words; {@code minWords = 0} also
   * takes posts without a fingerprint (link-only posts, for co-link and co-retweet).
   */
  public static PostColumns load(IndexReader reader, Query filter, RetweetMode retweets, int minWords)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    FixedBitSet selected = matching(searcher, filter == null ? new MatchAllDocsQuery() : filter,
        reader.maxDoc());
    if (retweets != RetweetMode.INCLUDE) {
      FixedBitSet rts = matching(searcher, new TermQuery(new Term(Schema.RETWEET, "1")),
          reader.maxDoc());
      if (retweets == RetweetMode.EXCLUDE) selected.andNot(rts);
      else selected.and(rts);
    }
    int cap = selected.cardinality();
    int[] doc = new int[cap];
    long[] time = new long[cap];
    int[] account = new int[cap];
    long[] setKey = new long[cap];
    short[] words = new short[cap];
    Map<String, Integer> accountIds = new HashMap<>();
    List<String> accountNames = new ArrayList<>();
    int n = 0;
    int live = 0;
    int undated = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues keys = DocValues.getNumeric(leaf.reader(), FingerprintFields.SET_KEY);
      BinaryDocValues shingles = DocValues.getBinary(leaf.reader(), FingerprintFields.SHINGLES);
      SortedNumericDocValues times = DocValues.getSortedNumeric(leaf.reader(), Schema.TIME);
      SortedSetDocValues accounts = DocValues.getSortedSet(leaf.reader(), Schema.ACCOUNT);
      int[] ordToId = new int[(int) Math.min(Integer.MAX_VALUE, accounts.getValueCount())];
      for (int o = 0; o < ordToId.length; o++) {
        String name = accounts.lookupOrd(o).utf8ToString();
        Integer id = accountIds.get(name);
        if (id == null) {
          id = accountNames.size();
          accountIds.put(name, id);
          accountNames.add(name);
        }
        ordToId[o] = id;
      }
      Bits liveDocs = leaf.reader().getLiveDocs();
      int base = leaf.docBase;
      int maxDoc = leaf.reader().maxDoc();
      for (int g = nextSet(selected, base); g < base + maxDoc; g = nextSet(selected, g + 1)) {
        int d = g - base;
        if (liveDocs != null && !liveDocs.get(d)) continue;
        live++;
        boolean fingerprinted = keys.advanceExact(d);
        int count = fingerprinted && shingles.advanceExact(d) ? shingles.binaryValue().length / 4 : 0;
        if (count < minWords || (!fingerprinted && minWords > 0)) continue;
        doc[n] = g;
        setKey[n] = fingerprinted ? keys.longValue() : 0;
        words[n] = (short) Math.min(Short.MAX_VALUE, count);
        long t = times.advanceExact(d) ? times.nextValue() : Schema.NO_TIME;
        time[n] = t == Schema.NO_TIME ? UNDATED : t;
        if (t == Schema.NO_TIME) undated++;
        account[n] = accounts.advanceExact(d) ? ordToId[(int) accounts.nextOrd()] : -1;
        n++;
      }
    }
    return new PostColumns(java.util.Arrays.copyOf(doc, n), java.util.Arrays.copyOf(time, n),
        java.util.Arrays.copyOf(account, n), java.util.Arrays.copyOf(setKey, n),
        java.util.Arrays.copyOf(words, n), accountNames, live, undated);
  }

  private static int nextSet(FixedBitSet bits, int from) {
    return from >= bits.length() ? Integer.MAX_VALUE : bits.nextSetBit(from);
  }

  /** Index of a doc id in {@link #doc}, or -1 (binary search: doc ids are ascending). */
  int indexOf(int docId) {
    int i = java.util.Arrays.binarySearch(doc, docId);
    return i >= 0 ? i : -1;
  }

  /** The index-wide doc ids that match {@code query}. */
  static FixedBitSet matching(IndexSearcher searcher, Query query, int maxDoc)
      throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
    searcher.search(query, new SimpleCollector() {
      private int base;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
      }

      @Override
      public void collect(int doc) {
        bits.set(base + doc);
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return bits;
  }
}
