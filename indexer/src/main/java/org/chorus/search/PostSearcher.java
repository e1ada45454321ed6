package org.chorus.search;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;

/**
 * Runs {@link SearchRequest}s against a {@link PostIndex}: the query and filters, one page of
 * hits with highlighted snippets, and facet counts over every match. Thread-safe; keep one per
 * open index, as it caches the facet ordinals it builds on first use.
 */
public final class PostSearcher {
  private static final Sort BY_TIME = new Sort(new SortField(Schema.TIME, SortField.Type.LONG),
      SortField.FIELD_DOC);
  private static final Sort BY_TIME_DESC = new Sort(
      new SortField(Schema.TIME, SortField.Type.LONG, true), SortField.FIELD_DOC);

  private final PostIndex index;
  private final QueryLimits limits;
  private final FacetCounter facets;
  private final Snippets snippets;

  public PostSearcher(PostIndex index) {
    this(index, QueryLimits.DEFAULT);
  }

  public PostSearcher(PostIndex index, QueryLimits limits) {
    this.index = index;
    this.limits = limits;
    this.facets = new FacetCounter(index.reader());
    this.snippets = new Snippets(index.searcher());
  }

  /**
   * @throws QuerySyntaxException when the query text cannot be parsed
   * @throws QueryLimitException when the query asks for more than the limits allow
   */
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Query query = request.filter().toQuery();
    IndexSearcher searcher = timed();
    int n = Math.multiplyExact(request.page(), request.size());
    Sort sort = sort(request.order());
    TopDocs top;
    long total;
    Facets counted = Facets.NONE;
    try {
      if (request.facets()) {
        FacetsCollectorManager.FacetsResult r = sort == null
            ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
            : FacetsCollectorManager.search(searcher, query, n, sort, new FacetsCollectorManager());
        top = r.topDocs();
        FacetsCollector fc = r.facetsCollector();
        total = TimeHistogram.total(fc);
        counted = facets.count(fc);
      } else {
        top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
        total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
            ? top.totalHits.value : searcher.count(query);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms();
    }
    checkTime(searcher);
    ScoreDoc[] page = pageOf(top.scoreDocs, request);
    List<Hit> hits = hits(page, query, sort == null);
    return new SearchResult(total, hits, counted, (System.nanoTime() - start) / 1e6);
  }

  /**
   * Every post the filter selects, counted per time bucket.
   *
   * @param bucket null to choose one from the span of the posts' times
   * @throws QuerySyntaxException when the query text cannot be parsed
   * @throws QueryLimitException when the query asks for more than the limits allow
   */
  public Timeline timeline(PostFilter filter, TimeBucket bucket) throws IOException {
    return TimeHistogram.count(matches(filter), bucket);
  }

  /**
   * The values of a keyword field ({@link Schema#NARRATIVE}, {@link Schema#LABEL}...) among the
   * posts a filter selects, each with its posts per bucket, on the buckets of the whole match.
   *
   * @param bucket null to choose one from the span of the posts' times
   */
  public Breakdown breakdown(PostFilter filter, TimeBucket bucket, String field)
      throws IOException {
    FacetsCollector fc = matches(filter);
    Timeline totals = TimeHistogram.count(fc, bucket);
    List<Count> values = facets.all(field, fc);
    List<String> names = values.stream().map(Count::value).toList();
    return new Breakdown(totals, values, TimeHistogram.series(fc, field, totals, names));
  }

  /**
   * The doc ids of the first {@code n} posts a filter selects, in the order a search with the
   * same filter and order lists them; for reading posts whole, without snippets.
   */
  public int[] top(PostFilter filter, SearchRequest.Order order, int n) throws IOException {
    if (n < 1 || n > SearchRequest.MAX_DEPTH) {
      throw new IllegalArgumentException("n must be from 1 to " + SearchRequest.MAX_DEPTH);
    }
    Query query = filter.toQuery();
    IndexSearcher searcher = timed();
    Sort sort = sort(order);
    TopDocs top;
    try {
      top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms();
    }
    checkTime(searcher);
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
    return docs;
  }

  /**
   * Posts by doc id as hits, with snippets for the filter's query.
   *
   * @param scores one a post, shown as each hit's score
   */
  public List<Hit> hits(PostFilter filter, int[] docs, float[] scores) throws IOException {
    ScoreDoc[] page = new ScoreDoc[docs.length];
    for (int i = 0; i < docs.length; i++) page[i] = new ScoreDoc(docs[i], scores[i]);
    return hits(page, filter.toQuery(), true);
  }

  private FacetsCollector matches(PostFilter filter) throws IOException {
    Query query = filter.toQuery();
    IndexSearcher searcher = timed();
    FacetsCollector fc;
    try {
      fc = searcher.search(query, new FacetsCollectorManager());
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms();
    }
    checkTime(searcher);
    return fc;
  }

  // One searcher per search: the time limit belongs to this request alone.
  private IndexSearcher timed() {
    IndexSearcher searcher = new IndexSearcher(index.reader());
    searcher.setTimeout(new QueryTimeoutImpl(limits.timeout().toMillis()));
    return searcher;
  }

  private static Sort sort(SearchRequest.Order order) {
    return switch (order) {
      case RELEVANCE -> null;
      case TIME -> BY_TIME;
      case TIME_DESC -> BY_TIME_DESC;
    };
  }

  private static QueryLimitException tooManyTerms() {
    return new QueryLimitException("the query expands to more than "
        + IndexSearcher.getMaxClauseCount() + " terms; make wildcards more specific");
  }

  private void checkTime(IndexSearcher searcher) {
    if (searcher.timedOut()) {
      throw new QueryLimitException("the search ran past its time limit of "
          + limits.timeout().toMillis() / 1000.0 + " s; narrow the query or raise the limit"
          + " (search --timeout)");
    }
  }

  /**
   * The facets, time span and hours of the week (at {@code offset}) of every post a filter
   * selects, in one pass over their doc values.
   *
   * @throws QuerySyntaxException when the query text cannot be parsed
   * @throws QueryLimitException when the count runs past the time limit
   */
  public Activity activity(PostFilter filter, ZoneOffset offset) throws IOException {
    IndexSearcher searcher = new IndexSearcher(index.reader());
    searcher.setTimeout(new QueryTimeoutImpl(limits.timeout().toMillis()));
    FacetsCollector hits = searcher.search(filter.toQuery(), new FacetsCollectorManager());
    if (searcher.timedOut()) {
      throw new QueryLimitException("counting ran past its time limit of "
          + limits.timeout().toMillis() / 1000.0 + " s; narrow the filter");
    }
    return facets.activity(hits, offset);
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest r) {
    int from = Math.min(all.length, (r.page() - 1) * r.size());
    return Arrays.copyOfRange(all, from, Math.min(all.length, from + r.size()));
  }

  private List<Hit> hits(ScoreDoc[] page, Query query, boolean scored) throws IOException {
    Map<Integer, IndexedPost> posts = new HashMap<>();
    for (ScoreDoc sd : page) posts.put(sd.doc, index.get(sd.doc));
    String[] snips = snippets.highlight(query, page, posts);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      IndexedPost p = posts.get(page[i].doc);
      Instant time = p.post().time();
      hits.add(new Hit(page[i].doc, p.post().id(), p.post().account().id(),
          p.post().account().screenName(), time, p.post().lang(),
          scored ? page[i].score : Float.NaN, snips[i], p.post().text(), p.post().labels(),
          p.narratives()));
    }
    return hits;
  }
}
