package org.chorus.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.chorus.accounts.AccountStore;
import org.chorus.corpus.AccountRecord;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.SimilarFinder;
import org.chorus.index.FingerprintFields;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostDocuments;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
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
import org.chorus.search.Timeline;

/**
 * One open index and what an analyst asks of it: search, the copies of one message, copy-paste
 * clusters, the coordination network, what the index holds. Thread-safe: a server keeps one
 * open and answers every request through it.
 */
public final class Investigation implements Closeable {
  /** Searches remembered: a few hundred pages of hits with their facets, a few MB at most. */
  static final int CACHED_SEARCHES = 256;
  /**
   * How many recent cluster and network results are kept. Clusters over two million posts hold
   * tens of megabytes; a handful covers paging, opening a cluster and going back.
   */
  static final int RECENT = 8;

  private final PostIndex index;

  /** The open index, for the annotation services of this package. */
  PostIndex index() {
    return index;
  }
  private final PostSearcher searcher;
  // The index is a fixed snapshot while open, so a request's answer stays right: the page asks
  // the same search again on Back, on paging and in every view of the current filter.
  private final RecentResults<SearchRequest, Search> searches =
      new RecentResults<>(CACHED_SEARCHES);
  private final HeavyWork heavy = HeavyWork.halfTheCores();
  private final RecentResults<DupesRequest, Dupes> recentDupes = new RecentResults<>(RECENT);
  private final RecentResults<NetworkRequest, Coordination> recentNetworks =
      new RecentResults<>(RECENT);
  /** Whether {@code chorus label --index} left narratives: the index is a fixed snapshot. */
  private final boolean narrated;
  private final Map<Path, NarrativeModel> models = new ConcurrentHashMap<>();
  /** Accounts' display names, looked up once each: the index does not change while open. */
  private final Map<String, String> names = new ConcurrentHashMap<>();
  /** The users-file records kept with the index, read on first use. */
  private volatile Map<String, AccountRecord> records;

  private Investigation(PostIndex index, QueryLimits limits) {
    this.index = index;
    this.searcher = new PostSearcher(index, limits);
    FieldInfo narratives = FieldInfos.getMergedFieldInfos(index.reader())
        .fieldInfo(Schema.NARRATIVE);
    this.narrated = narratives != null && narratives.getDocValuesType()
        != org.apache.lucene.index.DocValuesType.NONE;
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

  /**
   * Opens several indexes as one (shards: {@link PostIndex#open(List)}); one folder as
   * {@link #open(Path, QueryLimits)}.
   */
  public static Investigation open(List<Path> dirs, QueryLimits limits) throws IOException {
    return new Investigation(PostIndex.open(dirs), limits);
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
    return searches.get(request, () -> {
      SearchResult result = searcher.search(request);
      Map<String, String> shown = new LinkedHashMap<>();
      for (Count c : result.facets().accounts()) shown.put(c.value(), displayName(c.value()));
      return new Search(request, result, shown);
    }).result();
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
    Partners found = heavy.run(() -> new PartnerFinder(index.searcher()).find(request.account(),
        request.threshold(), request.window(), request.limit()));
    if (found.postsChecked() == 0) {
      throw new UnknownAccountException(request.account(), index.path());
    }
    return found;
  }

  /**
   * Posts per time bucket (UTC) of every post a filter selects, empty buckets included.
   *
   * @throws org.chorus.search.QuerySyntaxException when the query text cannot be parsed
   * @throws org.chorus.search.QueryLimitException when it asks for more than the limits allow
   */
  public Timeline timeline(TimelineRequest request) throws IOException {
    return searcher.timeline(request.filter(), request.bucket());
  }

  /**
   * Chooses the posts to export; the query runs here, so a bad one fails before anything is
   * written. Write the result before closing this investigation.
   *
   * @throws org.chorus.search.QuerySyntaxException when the query text cannot be parsed
   * @throws org.chorus.search.QueryLimitException when it asks for more than the limits allow
   */
  public PostExport export(ExportRequest request) throws IOException {
    return new PostExport(index,
        searcher.top(request.filter(), request.order(), request.limit()), request.format());
  }

  /**
   * The narratives among the posts a filter selects: from the index when it holds narratives;
   * else from the request's model, which labels a sample of the most recent posts; else none
   * (not an error).
   *
   * @throws org.chorus.corpus.InvalidInputException when the model file cannot be read
   */
  public NarrativeMix narratives(NarrativesRequest request) throws IOException {
    if (narrated) return NarrativeMixing.fromIndex(searcher, request);
    if (request.model() == null) return NarrativeMixing.none();
    return NarrativeMixing.fromModel(index, searcher, model(request.model()), request);
  }

  /** True when {@code chorus label --index} has labelled this index's posts with narratives. */
  public boolean narrated() {
    return narrated;
  }

  /**
   * Reads a model file once and keeps it for {@link #narratives}; a server calls this at start
   * so a bad file is refused then, not at the first request.
   *
   * @return the narratives the model knows
   * @throws org.chorus.corpus.InvalidInputException when the file is not a readable model
   */
  public List<String> loadModel(Path file) throws IOException {
    return model(file).labels();
  }

  private NarrativeModel model(Path file) throws IOException {
    try {
      return models.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
        try {
          return ModelFile.read(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Near-duplicates of a text, or of a post in the index, most similar first.
   *
   * @throws UnknownPostException when the request names a post the index does not hold
   */
  public List<SimilarFinder.Hit> similar(SimilarRequest request) throws IOException {
    SimilarFinder finder = new SimilarFinder(index.searcher()).measuring(request.similarity());
    if (request.text() != null) {
      return finder.similarTo(request.text(), request.threshold(), request.limit());
    }
    List<SimilarFinder.Hit> hits =
        finder.similarToPost(request.postId(), request.threshold(), request.limit());
    if (hits == null) throw new UnknownPostException(request.postId(), index.path());
    return hits;
  }

  /**
   * One post as the index holds it.
   *
   * @throws UnknownPostException when the index holds no post with that id
   */
  public IndexedPost post(String id) throws IOException {
    TopDocs top = index.searcher().search(new TermQuery(PostDocuments.idTerm(id)), 1);
    if (top.scoreDocs.length == 0) throw new UnknownPostException(id, index.path());
    return index.get(top.scoreDocs[0].doc);
  }

  /**
   * The posts with these ids, by id, in the order asked; ids the index does not hold are left
   * out (a page showing evidence or members shows what is there).
   */
  public Map<String, IndexedPost> posts(List<String> ids) throws IOException {
    Map<String, IndexedPost> out = new LinkedHashMap<>();
    for (String id : ids) {
      if (out.containsKey(id)) continue;
      TopDocs top = index.searcher().search(new TermQuery(PostDocuments.idTerm(id)), 1);
      if (top.scoreDocs.length > 0) out.put(id, index.get(top.scoreDocs[0].doc));
    }
    return out;
  }

  /** What to call each account: its screen name where a post of it says, else its id. */
  public Map<String, String> accountNames(Collection<String> accounts) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : accounts) {
      if (!out.containsKey(a)) out.put(a, displayName(a));
    }
    return out;
  }

  /**
   * The near-duplicates of a post of the index, with the post itself and how many copies and
   * accounts there are beyond the first {@code limit}.
   *
   * @throws IllegalArgumentException when the request gives a text rather than a post
   * @throws UnknownPostException when the index holds no such post
   */
  public CopiesOf copiesOf(SimilarRequest request) throws IOException {
    if (request.postId() == null) throw new IllegalArgumentException("give a post id");
    IndexedPost post = post(request.postId());
    SimilarFinder.Found found = new SimilarFinder(index.searcher())
        .measuring(request.similarity()).findSimilarToPost(request.postId(), request.threshold(), request.limit());
    if (found == null) throw new UnknownPostException(request.postId(), index.path());
    return new CopiesOf(post, found);
  }

  /** A post and its copies elsewhere in the index. */
  public record CopiesOf(IndexedPost post, SimilarFinder.Found copies) {}

  /**
   * {@link #dupes} for a server: the result of the same request made recently is reused, so
   * paging through clusters and opening one does not search again.
   */
  public Cached<Dupes> recentDupes(DupesRequest request) throws IOException {
    return recentDupes.get(request, () -> heavy.run(() -> dupes(request, Progress.NONE)));
  }

  /**
   * A cluster's top accounts (most posts first) and its posts over time.
   *
   * @param topAccounts how many accounts to name
   */
  public ClusterSummary summary(Cluster cluster, int topAccounts) throws IOException {
    ClusterSummary s = ClusterSummary.of(cluster, topAccounts, a -> a);
    Map<String, String> names = accountNames(
        s.topAccounts().stream().map(ClusterSummary.AccountCount::account).toList());
    return ClusterSummary.of(cluster, topAccounts, names::get);
  }

  /** Copy-paste clusters among the posts a filter selects, most accounts first. */
  public Dupes dupes(DupesRequest request, Progress progress) throws IOException {
    DuplicateFinder finder = new DuplicateFinder(index.reader());
    List<Cluster> clusters = finder.find(request.copies().finderOptions(request.filter(),
        request.window()));
    DuplicateFinder.Stats stats = finder.lastStats();
    progress.advance(stats.posts());
    return new Dupes(clusters, stats, stats.posts() == 0 && index.size() > 0 && !fingerprinted(),
        finder.lastUndated());
  }

  /**
   * @param fingerprintsMissing the index has posts but no near-duplicate fingerprints: it was
   *     built by an older Chorus and must be indexed again
   * @param undatedOutsideWindow posts without a time, which the request's time window left out
   */
  public record Dupes(List<Cluster> clusters, DuplicateFinder.Stats stats,
      boolean fingerprintsMissing, int undatedOutsideWindow) {
    public Dupes {
      clusters = List.copyOf(clusters);
    }

    public Dupes(List<Cluster> clusters, DuplicateFinder.Stats stats,
        boolean fingerprintsMissing) {
      this(clusters, stats, fingerprintsMissing, 0);
    }
  }

  /** Accounts linked by copies, co-retweets and co-links among the posts a filter selects. */
  public Coordination network(NetworkRequest request, Progress progress) throws IOException {
    CoordinationNetwork builder = new CoordinationNetwork(index.reader());
    Network network = builder.build(request.copies().finderOptions(request.filter(), null),
        request.windows(), request.nulls()).filter(request::keeps);
    progress.advance(index.size());
    return new Coordination(network, builder.skippedGroups(), builder.undatedPosts());
  }

  /** {@link #network} for a server: the result of the same request made recently is reused. */
  public Cached<Coordination> recentNetwork(NetworkRequest request) throws IOException {
    return recentNetworks.get(request,
        () -> heavy.run(() -> network(request, Progress.NONE)));
  }

  /**
   * What a page can draw of a network: edges of {@code types}, at most {@code maxNodes}
   * accounts (those of highest weighted degree) and the edges among them, each account named.
   *
   * @throws IllegalArgumentException naming {@code types} or {@code maxNodes} when out of range
   */
  public NetworkView view(Coordination coordination, Set<String> types, int maxNodes)
      throws IOException {
    NetworkView unnamed = NetworkView.of(coordination.network(), types, maxNodes, a -> a);
    Map<String, String> names = accountNames(
        unnamed.nodes().stream().map(NetworkView.Node::account).toList());
    return NetworkView.of(coordination.network(), types, maxNodes, names::get);
  }

  /**
   * Writes a network found by {@link #network} with its run manifest: as graph attributes in
   * GraphML and GEXF, and as {@code OUT.manifest.json} beside each file written. Call it while
   * this investigation is open: the manifest names the index commit it read.
   *
   * @return the files written: {@code out}, and for CSV the node table beside it
   * @throws RequestException when one of them could not be written
   */
  public List<Path> write(NetworkRequest request, Coordination found,
      NetworkWriter.Format format, Path out) throws IOException {
    return write(request, found, format, out, null, true);
  }

  /**
   * As {@link #write(NetworkRequest, Coordination, NetworkWriter.Format, Path)}, each account
   * with its community and fingerprint as node attributes when {@code fingerprints} is not null.
   */
  public List<Path> write(NetworkRequest request, Coordination found,
      NetworkWriter.Format format, Path out, CommunityFingerprints fingerprints)
      throws IOException {
    return write(request, found, format, out, fingerprints, true);
  }

  /**
   * {@link #write(NetworkRequest, Coordination, NetworkWriter.Format, Path)} for a download:
   * GraphML and GEXF carry the manifest as graph attributes, and no manifest file is written
   * beside the (temporary) file.
   */
  public List<Path> writeDownload(NetworkRequest request, Coordination found,
      NetworkWriter.Format format, Path out) throws IOException {
    return write(request, found, format, out, null, false);
  }

  private List<Path> write(NetworkRequest request, Coordination found,
      NetworkWriter.Format format, Path out, CommunityFingerprints fingerprints,
      boolean sidecars) throws IOException {
    List<Path> files = Coordination.outputs("out", format, out);
    try (RunRecorder run = RunRecorder.start("network",
        new NetworkOutput(request, format, out), List.of(), null)) {
      // Shards opened together (--index a,b,c) have no one commit to name.
      RunManifest manifest = run.manifest(index.reader() instanceof DirectoryReader one
          ? IndexIdentity.of(index.path(), one) : null);
      NetworkWriter.write(found.network(), format, out, fingerprints == null
          ? org.chorus.network.NodeAttributes.NONE : Accounts.nodeAttributes(fingerprints),
          manifest.attributes());
      if (sidecars) RunRecorder.writeBeside(manifest, files);
    }
    return files;
  }

  /** The parameters of a network written to a file. */
  private record NetworkOutput(NetworkRequest request, NetworkWriter.Format format, Path out) {}

  /**
   * @param skippedGroups groups of more than {@link CoordinationNetwork#MAX_ACCOUNTS_PER_GROUP}
   *     accounts, which link no pairs: broadcast, not coordination
   * @param undatedPosts posts without a time, which the time windows left out
   */
  public record Coordination(Network network, int skippedGroups, int undatedPosts) {
    public Coordination(Network network, int skippedGroups) {
      this(network, skippedGroups, 0);
    }

    /**
     * Writes the network for Gephi and friends, each file whole or not at all.
     *
     * @return the files written: {@code out}, and for CSV the node table beside it
     * @throws RequestException when one of them could not be written (see {@link #outputs})
     */
    public List<Path> write(NetworkWriter.Format format, Path out) throws IOException {
      return write(format, out, null);
    }

    /**
     * As {@link #write(NetworkWriter.Format, Path)}, each account with its community and
     * fingerprint as node attributes when {@code fingerprints} is not null.
     */
    public List<Path> write(NetworkWriter.Format format, Path out,
        CommunityFingerprints fingerprints) throws IOException {
      List<Path> files = outputs("out", format, out);
      NetworkWriter.write(network, format, out, fingerprints == null
          ? org.chorus.network.NodeAttributes.NONE : Accounts.nodeAttributes(fingerprints));
      return files;
    }

    /**
     * The files {@link #write} would write, each checked by {@link OutputPath#file}: call it
     * before {@link Investigation#network}, so that a bad path is refused before the network is
     * built rather than after.
     *
     * @param what what {@code out} is for, as the caller's user knows it ("--out")
     * @throws RequestException naming the path that could not be written
     */
    public static List<Path> outputs(String what, NetworkWriter.Format format, Path out) {
      if (format != NetworkWriter.Format.CSV) return List.of(OutputPath.file(what, out));
      return List.of(OutputPath.file(what, out),
          OutputPath.file("node table for " + what, NetworkWriter.nodesFileFor(out)));
    }

    /**
     * The edge of {@code type} between two accounts (either way round), in {@code window} when
     * given, else in the first window that has one.
     */
    public Optional<Network.Edge> edge(String source, String target, String type,
        Duration window) {
      for (Network.Edge e : network.edges()) {
        boolean ends = (e.source().equals(source) && e.target().equals(target))
            || (e.source().equals(target) && e.target().equals(source));
        if (ends && e.type().equals(type)
            && (window == null || window.equals(e.window()))) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Accounts as evidence: the users-file records kept with the index and the fingerprints
   * computed from them and the posts.
   *
   * @throws org.chorus.corpus.InvalidInputException when the index's accounts file is damaged
   */
  public Accounts accounts() throws IOException {
    Map<String, AccountRecord> kept = records;
    if (kept == null) {
      kept = Map.copyOf(AccountStore.read(index.path()));
      records = kept;
    }
    return new Accounts(index, kept, id -> {
      try {
        String name = displayName(id);
        return name.equals(id) ? null : name;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
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
