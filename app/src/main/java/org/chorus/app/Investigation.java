package org.chorus.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.SimilarFinder;
import org.chorus.index.FingerprintFields;
import org.chorus.index.PostIndex;
import org.chorus.network.CoordinationNetwork;
import org.chorus.network.Network;
import org.chorus.network.NetworkWriter;
import org.chorus.search.AccountNames;
import org.chorus.search.Count;
import org.chorus.search.IndexStats;
import org.chorus.search.PostSearcher;
import org.chorus.search.QueryLimits;
import org.chorus.search.SearchRequest;
import org.chorus.search.SearchResult;

/**
 * One open index and what an analyst asks of it: search, the copies of one message, copy-paste
 * clusters, the coordination network, what the index holds. Thread-safe: a server keeps one
 * open and answers every request through it.
 */
public final class Investigation implements Closeable {
  /** Searches remembered: a few hundred pages of hits with their facets, a few MB at most. */
  static final int CACHED_SEARCHES = 256;

  private final PostIndex index;
  private final PostSearcher searcher;
  private final SearchCache cache = new SearchCache(CACHED_SEARCHES);
  /** Accounts' display names, looked up once each: the index does not change while open. */
  private final Map<String, String> names = new ConcurrentHashMap<>();

  private Investigation(PostIndex index, QueryLimits limits) {
    this.index = index;
    this.searcher = new PostSearcher(index, limits);
  }

  /**
   * Opens the index in {@code dir}, searches bounded by the {@link QueryLimits#DEFAULT} limits.
   *
   * @throws org.chorus.index.IndexMissingException when {@code dir} holds no index
   */
  public static Investigation open(Path dir) throws IOException {
    return open(dir, QueryLimits.DEFAULT);
  }

  /** @throws org.chorus.index.IndexMissingException when {@code dir} holds no index */
  public static Investigation open(Path dir, QueryLimits limits) throws IOException {
    return new Investigation(PostIndex.open(dir), limits);
  }

  public Path path() {
    return index.path();
  }

  /**
   * Hits, facets and posts per day of the posts a filter selects.
   *
   * @throws org.chorus.search.QuerySyntaxException when the query text cannot be parsed
   * @throws org.chorus.search.QueryLimitException when it asks for more than the limits allow
   */
  public Search search(SearchRequest request) throws IOException {
    Search cached = cache.get(request);
    if (cached != null) return cached;
    SearchResult result = searcher.search(request);
    Map<String, String> shown = new LinkedHashMap<>();
    for (Count c : result.facets().accounts()) shown.put(c.value(), displayName(c.value()));
    Search search = new Search(request, result, shown);
    cache.put(search);
    return search;
  }

  private String displayName(String accountId) throws IOException {
    String name = names.get(accountId);
    if (name == null) {
      name = AccountNames.displayName(index, accountId);
      names.put(accountId, name);
    }
    return name;
  }

  /** A search's result, with a display name for each account in its account facet. */
  public record Search(SearchRequest request, SearchResult result,
      Map<String, String> accountNames) {
    public Search {
      accountNames = Map.copyOf(accountNames);
    }
  }

  /**
   * Near-duplicates of a text, or of a post in the index, most similar first.
   *
   * @throws UnknownPostException when the request names a post the index does not hold
   */
  public List<SimilarFinder.Hit> similar(SimilarRequest request) throws IOException {
    SimilarFinder finder = new SimilarFinder(index.searcher());
    if (request.text() != null) {
      return finder.similarTo(request.text(), request.threshold(), request.limit());
    }
    List<SimilarFinder.Hit> hits =
        finder.similarToPost(request.postId(), request.threshold(), request.limit());
    if (hits == null) throw new UnknownPostException(request.postId(), index.path());
    return hits;
  }

  /** Copy-paste clusters among the posts a filter selects, most accounts first. */
  public Dupes dupes(DupesRequest request, Progress progress) throws IOException {
    DuplicateFinder finder = new DuplicateFinder(index.reader());
    List<Cluster> clusters = finder.find(request.copies().finderOptions(request.filter(),
        request.window()));
    DuplicateFinder.Stats stats = finder.lastStats();
    progress.advance(stats.posts());
    return new Dupes(clusters, stats, stats.posts() == 0 && index.size() > 0 && !fingerprinted());
  }

  /**
   * @param fingerprintsMissing the index has posts but no near-duplicate fingerprints: it was
   *     built by an older Chorus and must be indexed again
   */
  public record Dupes(List<Cluster> clusters, DuplicateFinder.Stats stats,
      boolean fingerprintsMissing) {
    public Dupes {
      clusters = List.copyOf(clusters);
    }
  }

  /** Accounts linked by copies, co-retweets and co-links among the posts a filter selects. */
  public Coordination network(NetworkRequest request, Progress progress) throws IOException {
    CoordinationNetwork builder = new CoordinationNetwork(index.reader());
    Network network = builder.build(request.copies().finderOptions(request.filter(), null),
        request.windows());
    progress.advance(index.size());
    return new Coordination(network, builder.skippedGroups());
  }

  /**
   * @param skippedGroups groups of more than {@link CoordinationNetwork#MAX_ACCOUNTS_PER_GROUP}
   *     accounts, which link no pairs: broadcast, not coordination
   */
  public record Coordination(Network network, int skippedGroups) {
    /**
     * Writes the network for Gephi and friends, each file whole or not at all.
     *
     * @return the files written: {@code out}, and for CSV the node table beside it
     */
    public List<Path> write(NetworkWriter.Format format, Path out) throws IOException {
      NetworkWriter.write(network, format, out);
      return format == NetworkWriter.Format.CSV
          ? List.of(out, NetworkWriter.nodesFileFor(out)) : List.of(out);
    }
  }

  public IndexStats stats() throws IOException {
    return IndexStats.of(index);
  }

  private boolean fingerprinted() {
    for (LeafReaderContext leaf : index.reader().leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(FingerprintFields.SET_KEY) != null) return true;
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
