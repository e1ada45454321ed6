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
    // One searcher per search: the time limit belongs to this request alone.
    IndexSearcher searcher = new IndexSearcher(index.reader());
    searcher.setTimeout(new QueryTimeoutImpl(limits.timeout().toMillis()));
    int n = Math.multiplyExact(request.page(), request.size());
    Sort sort = switch (request.order()) {
      case RELEVANCE -> null;
      case TIME -> BY_TIME;
      case TIME_DESC -> BY_TIME_DESC;
    };
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
        total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        counted = facets.count(fc);
      } else {
        top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
        total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
            ? top.totalHits.value : searcher.count(query);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryLimitException("the query expands to more than "
          + IndexSearcher.getMaxClauseCount() + " terms; make wildcards more specific");
    }
    if (searcher.timedOut()) {
      throw new QueryLimitException("the search ran past its time limit of "
          + limits.timeout().toMillis() / 1000.0 + " s; narrow the query or raise the limit"
          + " (search --timeout)");
    }
    ScoreDoc[] page = pageOf(top.scoreDocs, request);
    List<Hit> hits = hits(page, query, sort == null);
    return new SearchResult(total, hits, counted, (System.nanoTime() - start) / 1e6);
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
