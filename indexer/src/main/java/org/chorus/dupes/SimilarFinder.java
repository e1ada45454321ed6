package org.chorus.dupes;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.chorus.corpus.Post;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.MinHash;
import org.chorus.fingerprint.Normalizer;
import org.chorus.fingerprint.Shingler;
import org.chorus.fingerprint.StopShingles;
import org.chorus.index.FingerprintFields;
import org.chorus.index.PostAnalyzer;
import org.chorus.index.PostDocuments;
import org.chorus.index.Schema;

/**
 * {@code chorus similar}: the near-duplicates of one text as an index query. Candidates are the
 * posts that hold enough of the text's words ({@link #candidateQuery}); each candidate's shingle
 * set is read from doc values and its exact similarity computed (Jaccard, or containment with
 * its guard: {@link Similarity}); those at or above the threshold are returned, most similar
 * first (then earliest).
 */
public final class SimilarFinder {
  /** Candidates beyond this many are not verified (a text posted 100,000 times). */
  static final int MAX_CANDIDATES = 100_000;

  /** A near-duplicate of the query text. */
  public record Hit(String postId, String account, Instant time, double similarity, String text) {}

  /**
   * The first {@code limit} near-duplicates, with how many there are in all and how many
   * distinct accounts posted them (counted from doc values: only the shown hits are read).
   */
  public record Found(List<Hit> hits, int total, int accounts) {
    public Found {
      hits = List.copyOf(hits);
    }
  }

  private final IndexSearcher searcher;
  private final Similarity measure;

  public SimilarFinder(IndexSearcher searcher) {
    this(searcher, Similarity.JACCARD);
  }

  private SimilarFinder(IndexSearcher searcher, Similarity measure) {
    this.searcher = searcher;
    this.measure = measure;
  }

  /** A finder that measures with {@code s} (containment: see {@link ContainmentPairs}). */
  public SimilarFinder measuring(Similarity s) {
    return new SimilarFinder(searcher, s);
  }

  /**
   * Loosens the word bound of {@link #candidateQuery}: index terms are stems and CJK bigrams,
   * not quite the shingles that similarity is measured on.
   */
  static final double SLACK = 0.7;

  /**
   * The posts that may be near-duplicates of {@code text}, or null when it has no words. If two
   * word sets A and B have Jaccard similarity of at least t, then B holds at least t|A| of A's
   * words, so a disjunction of A's terms that must match {@code SLACK * t * |A|} of them loses no
   * true near-duplicate, and Lucene skips most posts that share only common words. The raw text
   * is analysed as the index analysed it (the normalised text spaces out Han characters, which
   * would stop them pairing into the index's bigrams); the analyser drops links itself.
   */
  static Query candidateQuery(String text, double threshold) throws IOException {
    return candidateQuery(text, threshold, Similarity.JACCARD);
  }

  /**
   * In containment mode the post may be the shorter text (a truncated copy), so it holds as few
   * as {@link ContainmentPairs#MIN_SHARED} of the text's words: the bound is that, loosened, and
   * counted over the text's words that are not function words (the only ones a pair counts).
   */
  static Query candidateQuery(String text, double threshold, Similarity measure)
      throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (PostAnalyzer analyzer = new PostAnalyzer();
        TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken() && terms.size() < IndexSearcher.getMaxClauseCount()) {
        // Function words never count towards a containment pair: matching "the" and "to"
        // would make every post a candidate and use up the budget on them.
        if (measure == Similarity.CONTAINMENT
            && isStopWord(text.substring(offset.startOffset(), offset.endOffset()))) {
          continue; // the word as written: "are" is a function word, its stem "ar" is not
        }
        terms.add(term.toString());
      }
      ts.end();
    }
    if (terms.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) b.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.SHOULD);
    int least = (int) Math.floor(SLACK * threshold * terms.size());
    if (measure == Similarity.CONTAINMENT) {
      least = Math.min(terms.size(), (int) Math.floor(SLACK * ContainmentPairs.MIN_SHARED));
    }
    b.setMinimumNumberShouldMatch(Math.max(1, least));
    return new ConstantScoreQuery(b.build());
  }

  private static boolean isStopWord(String term) {
    int[] shingles = Shingler.DEFAULT.shingles(Normalizer.normalize(term));
    return shingles.length == 1 && StopShingles.contains(shingles[0]);
  }

  public List<Hit> similarTo(String text, double threshold, int limit) throws IOException {
    return similarTo(text, threshold, limit, -1).hits();
  }

  /** Near-duplicates of a post in the index (the post itself left out); null if unknown id. */
  public List<Hit> similarToPost(String postId, double threshold, int limit) throws IOException {
    Found found = findSimilarToPost(postId, threshold, limit);
    return found == null ? null : found.hits();
  }

  /** As {@link #similarToPost}, with the totals; null if unknown id. */
  public Found findSimilarToPost(String postId, double threshold, int limit) throws IOException {
    TopDocs top = searcher.search(new TermQuery(PostDocuments.idTerm(postId)), 1);
    if (top.scoreDocs.length == 0) return null;
    int doc = top.scoreDocs[0].doc;
    Post post = DuplicateFinder.storedPost(searcher.getIndexReader().storedFields(), doc);
    return similarTo(post.text(), threshold, limit, doc);
  }

  /** A near-duplicate as a doc id of the searcher's reader. */
  public record Match(int doc, double similarity) {}

  /**
   * The near-duplicates of {@code text} among the posts {@code within} selects (null: every
   * post), in doc order; at most {@link #MAX_CANDIDATES} candidates are verified.
   */
  public List<Match> matches(String text, double threshold, Query within) throws IOException {
    Fingerprint fp = Fingerprint.of(text);
    Query q = fp.isEmpty() ? null : candidateQuery(text, threshold, measure);
    if (q == null) return List.of();
    int[] content = measure == Similarity.CONTAINMENT ? StopShingles.remove(fp.shingles()) : null;
    if (within != null) {
      q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
          .add(within, BooleanClause.Occur.FILTER).build();
    }
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet candidates = PostColumns.matching(searcher, q, reader.maxDoc());
    int budget = MAX_CANDIDATES;
    List<Match> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), FingerprintFields.SHINGLES);
      SortedSetDocValues accountValues = DocValues.getSortedSet(leaf.reader(), Schema.ACCOUNT);
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int doc = next(candidates, leaf.docBase); doc < end && budget > 0;
          doc = next(candidates, doc + 1)) {
        budget--;
        if (!values.advanceExact(doc - leaf.docBase)) continue;
        int[] other = FingerprintFields.decode(values.binaryValue());
        double s = measure == Similarity.CONTAINMENT
            ? ContainmentPairs.containment(content, StopShingles.remove(other), threshold)
            : MinHash.jaccard(fp.shingles(), other);
        if (s >= threshold) out.add(new Match(doc, s));
      }
    }
    return out;
  }

  private Found similarTo(String text, double threshold, int limit, int exclude)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<long[]> scored = new ArrayList<>(); // {doc, similarity bits}
    Set<BytesRef> accounts = new HashSet<>();
    // Matches come in doc order, so each segment's account values are read forward once.
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    SortedSetDocValues accountValues = null;
    for (Match m : matches(text, threshold, null)) {
      if (m.doc() == exclude) continue;
      scored.add(new long[] {m.doc(), Double.doubleToLongBits(m.similarity())});
      int i = ReaderUtil.subIndex(m.doc(), leaves);
      if (i != leafIndex) {
        leafIndex = i;
        leaf = leaves.get(i);
        accountValues = DocValues.getSortedSet(leaf.reader(), Schema.ACCOUNT);
      }
      if (accountValues.advanceExact(m.doc() - leaf.docBase)) {
        accounts.add(BytesRef.deepCopyOf(accountValues.lookupOrd(accountValues.nextOrd())));
      }
    }
    // Most similar first, then index order (which is arrival order); only the shown hits
    // touch stored fields.
    scored.sort((a, b) -> {
      int c = Double.compare(Double.longBitsToDouble(b[1]), Double.longBitsToDouble(a[1]));
      return c != 0 ? c : Long.compare(a[0], b[0]);
    });
    StoredFields stored = reader.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (long[] s : scored.subList(0, Math.min(limit, scored.size()))) {
      Post p = DuplicateFinder.storedPost(stored, (int) s[0]);
      hits.add(new Hit(p.id(), p.account().id(), p.time(), Double.longBitsToDouble(s[1]),
          p.text()));
    }
    return new Found(hits, scored.size(), accounts.size());
  }

  private static int next(FixedBitSet bits, int from) {
    return from >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(from);
  }
}
