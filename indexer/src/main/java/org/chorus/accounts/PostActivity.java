package org.chorus.accounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.chorus.index.Schema;

/**
 * The time and language of every selected post, grouped by account and in time order within
 * each, read from doc values in one pass (no stored field is touched). A post is one long:
 * {@code epochSeconds << 16 | languageNumber}, so one sort of each account's slice orders
 * times and keeps each language with its post. 12 bytes a post while loading, 8 after.
 */
final class PostActivity {
  private static final int LANG_BITS = 16;
  private static final int LANG_MASK = (1 << LANG_BITS) - 1;

  final List<String> accounts;
  final Map<String, Integer> numbers;
  /** Posts of account {@code a} are {@code posts[start[a] .. start[a + 1])}. */
  final int[] start;
  final long[] posts;
  final long[] undated;
  final List<String> langs;

  private PostActivity(List<String> accounts, Map<String, Integer> numbers, int[] start,
      long[] posts, long[] undated, List<String> langs) {
    this.accounts = accounts;
    this.numbers = numbers;
    this.start = start;
    this.posts = posts;
    this.undated = undated;
    this.langs = langs;
  }

  static long seconds(long post) {
    return post >> LANG_BITS;
  }

  static int lang(long post) {
    return (int) (post & LANG_MASK);
  }

  /**
   * Loads the live posts matching {@code filter} (null: all) of the accounts {@code wanted}
   * accepts (null: all). A post whose time is missing or the epoch (what readers give a post
   * without a time) is counted as undated and kept out of the times.
   */
  static PostActivity load(IndexReader reader, Query filter, Predicate<String> wanted)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    Weight weight = searcher.createWeight(
        searcher.rewrite(filter == null ? new MatchAllDocsQuery() : filter),
        ScoreMode.COMPLETE_NO_SCORES, 1f);
    Map<String, Integer> numbers = new HashMap<>();
    List<String> accounts = new ArrayList<>();
    Map<String, Integer> langNumbers = new HashMap<>();
    List<String> langs = new ArrayList<>();
    int[] owner = new int[1024];
    long[] packed = new long[1024];
    long[] undated = new long[64];
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      SortedSetDocValues accountValues = DocValues.getSortedSet(leaf.reader(), Schema.ACCOUNT);
      SortedSetDocValues langValues = DocValues.getSortedSet(leaf.reader(), Schema.LANG);
      NumericDocValues times = DocValues.getNumeric(leaf.reader(), Schema.TIME);
      // Ordinals are per segment: map each to an account (language) number once, not per post.
      int[] accountOf = new int[Math.toIntExact(accountValues.getValueCount())];
      for (int o = 0; o < accountOf.length; o++) {
        String id = accountValues.lookupOrd(o).utf8ToString();
        if (wanted != null && !wanted.test(id)) {
          accountOf[o] = -1;
          continue;
        }
        Integer a = numbers.get(id);
        if (a == null) {
          a = accounts.size();
          numbers.put(id, a);
          accounts.add(id);
        }
        accountOf[o] = a;
      }
      int[] langOf = new int[Math.toIntExact(langValues.getValueCount())];
      for (int o = 0; o < langOf.length; o++) {
        String l = langValues.lookupOrd(o).utf8ToString();
        Integer k = langNumbers.get(l);
        if (k == null) {
          // Past 65,535 languages (never in real data) the rest share the last number.
          k = Math.min(langs.size(), LANG_MASK);
          if (langs.size() <= LANG_MASK) {
            langNumbers.put(l, k);
            langs.add(l);
          }
        }
        langOf[o] = k;
      }
      if (undated.length < accounts.size()) {
        undated = Arrays.copyOf(undated, Math.max(accounts.size(), undated.length * 2));
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        if (!accountValues.advanceExact(d)) continue;
        int a = accountOf[(int) accountValues.nextOrd()];
        if (a < 0) continue;
        long millis = times.advanceExact(d) ? times.longValue() : 0;
        if (millis == 0) {
          undated[a]++;
          continue;
        }
        int lang = langValues.advanceExact(d) ? langOf[(int) langValues.nextOrd()] : 0;
        if (n == packed.length) {
          packed = Arrays.copyOf(packed, n * 2);
          owner = Arrays.copyOf(owner, n * 2);
        }
        owner[n] = a;
        packed[n] = (Math.floorDiv(millis, 1000L) << LANG_BITS) | lang;
        n++;
      }
    }
    // Counting sort by account, then each account's slice by time.
    int[] start = new int[accounts.size() + 1];
    for (int i = 0; i < n; i++) start[owner[i] + 1]++;
    for (int a = 0; a < accounts.size(); a++) start[a + 1] += start[a];
    int[] next = Arrays.copyOf(start, accounts.size());
    long[] sorted = new long[n];
    for (int i = 0; i < n; i++) sorted[next[owner[i]]++] = packed[i];
    for (int a = 0; a < accounts.size(); a++) Arrays.sort(sorted, start[a], start[a + 1]);
    return new PostActivity(List.copyOf(accounts), numbers, start, sorted,
        Arrays.copyOf(undated, accounts.size()), List.copyOf(langs));
  }

  int postsOf(int account) {
    return start[account + 1] - start[account];
  }
}
