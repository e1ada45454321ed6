package org.chorus.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.SimilarFinder;
import org.chorus.index.FingerprintFields;
import org.chorus.index.PostIndex;
import org.chorus.network.CoordinationNetwork;
import org.chorus.network.Network;
import org.chorus.network.NetworkWriter;
import org.chorus.network.PartnerFinder;
import org.chorus.network.Partners;
import org.chorus.search.AccountNames;
import org.chorus.search.Activity;
import org.chorus.search.Count;
import org.chorus.search.Facets;
import org.chorus.search.IndexStats;
import org.chorus.search.PostFilter;
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
  private final PostIndex index;
  private final PostSearcher searcher;

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
    SearchResult result = searcher.search(request);
    Map<String, String> names = new LinkedHashMap<>();
    for (Count c : result.facets().accounts()) {
      names.put(c.value(), AccountNames.displayName(index, c.value()));
    }
    return new Search(request, result, names);
  }

  /** A search's result, with a display name for each account in its account facet. */
  public record Search(SearchRequest request, SearchResult result,
      Map<String, String> accountNames) {
    public Search {
      accountNames = Map.copyOf(accountNames);
    }
  }

  /**
   * One account's profile: its posts' facets, time span and hours of the week.
   *
   * @throws UnknownAccountException when the index holds no post of the account
   */
  public AccountProfile account(AccountRequest request) throws IOException {
    PostFilter posts = PostFilter.builder().accounts(List.of(request.account())).build();
    Activity a = searcher.activity(posts, request.offset());
    if (a.posts() == 0) throw new UnknownAccountException(request.account(), index.path());
    Facets f = a.facets();
    return new AccountProfile(request.account(),
        AccountNames.screenName(index, request.account()), a.posts(), a.first(), a.last(),
        f.languages(), f.labels(), f.narratives(), f.hashtags(), f.perDay(), a.weekHours());
  }

  /**
   * The accounts most coordinated with one account, from its {@link PartnerFinder#MAX_POSTS}
   * most recent posts.
   *
   * @throws UnknownAccountException when the index holds no post of the account
   */
  public Partners partners(PartnersRequest request) throws IOException {
    Partners found = new PartnerFinder(index.searcher()).find(request.account(),
        request.threshold(), request.window(), request.limit());
    if (found.postsChecked() == 0) {
      throw new UnknownAccountException(request.account(), index.path());
    }
    return found;
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
