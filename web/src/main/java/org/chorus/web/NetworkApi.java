package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.app.Cached;
import org.chorus.app.Investigation;
import org.chorus.app.NetworkRequest;
import org.chorus.app.NetworkView;
import org.chorus.app.TimeWindows;
import org.chorus.index.IndexedPost;
import org.chorus.network.Network;
import org.chorus.network.NetworkWriter;

/**
 * {@code /api/network}: the network view's graph (capped to what a page can draw), one edge's
 * evidence, and the whole network as a file for Gephi. All three read the investigation's
 * recent result for the same parameters.
 */
final class NetworkApi implements Api {
  static final String DEFAULT_WINDOW = "1h";
  static final int MAX_NODES = 1000;

  private final Investigation investigation;

  NetworkApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/network", this::network);
    routes.get("/api/network/edge", this::edge);
    routes.get("/api/network/download", this::download);
  }

  private static NetworkRequest request(Context ctx) {
    return new NetworkRequest(Params.filter(ctx), Params.copies(ctx),
        Params.windows(ctx, DEFAULT_WINDOW));
  }

  private void network(Context ctx) throws IOException {
    NetworkRequest request = request(ctx);
    List<String> typeList = Params.list(ctx, "types");
    Set<String> types = new LinkedHashSet<>(typeList.isEmpty() ? NetworkView.TYPES : typeList);
    int maxNodes = Params.integer(ctx, "maxNodes", 150, 1, MAX_NODES);
    long start = System.nanoTime();
    Cached<Investigation.Coordination> found = investigation.recentNetwork(request);
    NetworkView view = investigation.view(found.result(), types, maxNodes);
    List<NodeView> nodes = new ArrayList<>();
    for (NetworkView.Node n : view.nodes()) {
      nodes.add(new NodeView(n.account(), n.name(), n.posts(), n.clusters(), n.degree(),
          n.weight()));
    }
    List<EdgeView> edges = new ArrayList<>();
    for (Network.Edge e : view.edges()) edges.add(EdgeView.of(e));
    double millis = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
    ctx.json(new NetworkAnswer(view.totalNodes(), view.totalEdges(), nodes.size(), edges.size(),
        view.capped(), found.result().skippedGroups(), millis, found.cached(), nodes, edges));
  }

  private void edge(Context ctx) throws IOException {
    NetworkRequest request = request(ctx);
    String source = required(ctx, "source");
    String target = required(ctx, "target");
    String type = Params.choice(ctx, "type", NetworkView.TYPES.toArray(String[]::new));
    String edgeWindow = Params.blankToNull(ctx.queryParam("edgeWindow"));
    Duration window = null;
    if (edgeWindow != null) {
      try {
        window = TimeWindows.parse(edgeWindow);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("edgeWindow: " + e.getMessage());
      }
    }
    Investigation.Coordination found = investigation.recentNetwork(request).result();
    Network.Edge e = found.edge(source, target, type, window).orElseThrow(() ->
        new Errors.NotFoundException("no " + type + " edge between '" + source + "' and '"
            + target + "' with these parameters"));
    List<String> ids = new ArrayList<>();
    for (Network.Evidence x : e.evidence()) {
      ids.add(x.sourcePost());
      ids.add(x.targetPost());
    }
    Map<String, IndexedPost> posts = investigation.posts(ids);
    List<EvidenceView> evidence = new ArrayList<>();
    for (Network.Evidence x : e.evidence()) {
      evidence.add(new EvidenceView(x.shared(), x.gapSeconds(), x.similarity(),
          PostRef.of(x.sourcePost(), posts), PostRef.of(x.targetPost(), posts)));
    }
    EdgeView v = EdgeView.of(e);
    ctx.json(new EdgeAnswer(v.source(), v.target(), v.type(), v.window(), v.weight(),
        v.evidenceCount(), evidence));
  }

  private void download(Context ctx) throws IOException {
    NetworkRequest request = request(ctx);
    String format = Params.choice(ctx, "format", "graphml", "gexf", "csv", "csv-nodes");
    Investigation.Coordination found = investigation.recentNetwork(request).result();
    NetworkWriter.Format f = switch (format) {
      case "gexf" -> NetworkWriter.Format.GEXF;
      case "csv", "csv-nodes" -> NetworkWriter.Format.CSV;
      default -> NetworkWriter.Format.GRAPHML;
    };
    String name = switch (format) {
      case "gexf" -> "chorus-network.gexf";
      case "csv" -> "chorus-network.csv";
      case "csv-nodes" -> "chorus-network.nodes.csv";
      default -> "chorus-network.graphml";
    };
    // Written once to a temporary file and streamed from it: the whole IRA network is 61 MB
    // of GraphML, too much to hold per download. The file goes when the stream is closed.
    Path out = Files.createTempFile("chorus-network", format.startsWith("csv") ? ".csv"
        : "." + format);
    Path chosen;
    try {
      // CSV writes the edge table and the node table beside it; the format picks one.
      List<Path> written = investigation.writeDownload(request, found, f, out);
      chosen = format.equals("csv-nodes") ? written.get(1) : written.get(0);
      for (Path p : written) {
        if (!p.equals(chosen)) Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(out); // a failed write leaves no other file: each is atomic
      throw e;
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .contentType(format.startsWith("csv") ? "text/csv; charset=utf-8"
            : "application/xml; charset=utf-8")
        .result(Files.newInputStream(chosen, StandardOpenOption.DELETE_ON_CLOSE));
  }

  private static String required(Context ctx, String name) {
    String v = Params.blankToNull(ctx.queryParam(name));
    if (v == null) throw new IllegalArgumentException(name + " must be given");
    return v;
  }

  record NodeView(String id, String name, int posts, int clusters, int degree, long weight) {}

  record EdgeView(String source, String target, String type, String window, int weight,
      int evidenceCount) {
    static EdgeView of(Network.Edge e) {
      return new EdgeView(e.source(), e.target(), e.type(), TimeWindows.format(e.window()),
          e.weight(), e.evidenceCount());
    }
  }

  /**
   * @param capped whether accounts were left out to keep to {@code maxNodes}
   * @param skippedGroups groups of too many accounts to be coordination, which link no pairs
   * @param cached whether the network came from a recent request with the same parameters
   */
  record NetworkAnswer(int totalNodes, int totalEdges, int shownNodes, int shownEdges,
      boolean capped, int skippedGroups, double millis, boolean cached, List<NodeView> nodes,
      List<EdgeView> edges) {}

  record PostRef(String id, Instant time, String account, String text) {
    static PostRef of(String id, Map<String, IndexedPost> posts) {
      IndexedPost p = posts.get(id);
      return p == null ? new PostRef(id, null, null, null)
          : new PostRef(id, p.post().time(), p.post().account().id(), p.post().text());
    }
  }

  record EvidenceView(String shared, long gapSeconds, double similarity, PostRef sourcePost,
      PostRef targetPost) {}

  /** {@code evidence} holds up to ten examples of the {@code evidenceCount}. */
  record EdgeAnswer(String source, String target, String type, String window, int weight,
      int evidenceCount, List<EvidenceView> evidence) {}
}
