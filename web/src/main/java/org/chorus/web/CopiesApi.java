package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chorus.app.Cached;
import org.chorus.app.ClusterSummary;
import org.chorus.app.DupesRequest;
import org.chorus.app.Investigation;
import org.chorus.dupes.Cluster;
import org.chorus.index.IndexedPost;

/**
 * {@code /api/clusters}: the copies view's copy-paste clusters, a page at a time, and one
 * cluster's members. Both read the investigation's recent result for the same parameters, so
 * paging and opening a cluster do not search again.
 */
final class CopiesApi implements Api {
  static final int TOP_ACCOUNTS = 5;
  static final int MAX_SIZE = 100;
  static final int MAX_MEMBERS = 500;

  private final Investigation investigation;

  CopiesApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/clusters", this::clusters);
    routes.get("/api/clusters/{id}", this::cluster);
  }

  private static DupesRequest request(Context ctx) {
    return new DupesRequest(Params.filter(ctx), Params.copies(ctx), Params.window(ctx, "none"));
  }

  private void clusters(Context ctx) throws IOException {
    DupesRequest request = request(ctx);
    int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
    int size = Params.integer(ctx, "size", 20, 1, MAX_SIZE);
    long start = System.nanoTime();
    Cached<Investigation.Dupes> found = investigation.recentDupes(request);
    Investigation.Dupes dupes = found.result();
    List<ClusterView> shown = new ArrayList<>();
    for (Cluster c : page(dupes.clusters(), page, size)) {
      shown.add(ClusterView.of(investigation.summary(c, TOP_ACCOUNTS)));
    }
    double millis = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
    ctx.json(new ClustersAnswer(dupes.clusters().size(), page, size, millis,
        dupes.stats().selected(), dupes.stats().posts(), found.cached(),
        dupes.fingerprintsMissing(), shown));
  }

  private void cluster(Context ctx) throws IOException {
    DupesRequest request = request(ctx);
    int id = clusterId(ctx.pathParam("id"));
    int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
    int size = Params.integer(ctx, "size", 50, 1, MAX_MEMBERS);
    Cached<Investigation.Dupes> found = investigation.recentDupes(request);
    Cluster cluster = null;
    for (Cluster c : found.result().clusters()) {
      if (c.id() == id) cluster = c;
    }
    if (cluster == null) {
      throw new Errors.NotFoundException("no cluster " + id + " among the "
          + found.result().clusters().size() + " clusters of these parameters");
    }
    List<Cluster.Member> members = page(cluster.members(), page, size);
    Map<String, IndexedPost> posts = investigation.posts(
        members.stream().map(Cluster.Member::postId).toList());
    List<PostsApi.Copy> shown = new ArrayList<>();
    for (Cluster.Member m : members) {
      IndexedPost p = posts.get(m.postId());
      shown.add(new PostsApi.Copy(m.postId(), m.account(),
          p == null ? null : p.post().account().screenName(), m.time(), m.similarity(),
          p == null ? null : p.post().text()));
    }
    ctx.json(new ClusterAnswer(ClusterView.of(investigation.summary(cluster, TOP_ACCOUNTS)),
        cluster.size(), page, size, found.cached(), shown));
  }

  private static int clusterId(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new Errors.NotFoundException("no cluster '" + text + "': cluster ids are numbers");
    }
  }

  static <T> List<T> page(List<T> all, int page, int size) {
    long from = (long) (page - 1) * size;
    if (from >= all.size()) return List.of();
    return all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  /** A cluster without its members: what a row of the list shows. */
  record ClusterView(int id, int size, int accounts, Instant first, Instant last,
      long spanSeconds, String representativeId, String representative,
      List<AccountCount> topAccounts, long burstSeconds, List<ClusterSummary.Bucket> burst) {
    static ClusterView of(ClusterSummary s) {
      Cluster c = s.cluster();
      List<AccountCount> top = new ArrayList<>();
      for (ClusterSummary.AccountCount a : s.topAccounts()) {
        top.add(new AccountCount(a.account(), a.name(), a.count()));
      }
      return new ClusterView(c.id(), c.size(), c.accounts(), c.first(), c.last(),
          c.span().getSeconds(), c.representativeId(), c.representative(), top,
          s.bucket().getSeconds(), s.burst());
    }
  }

  record AccountCount(String value, String name, int count) {}

  /**
   * @param postsSelected posts the filter selected (retweets aside)
   * @param postsScanned those of them long enough to compare
   * @param cached whether the clusters came from a recent request with the same parameters
   */
  record ClustersAnswer(int total, int page, int size, double millis, int postsSelected,
      int postsScanned, boolean cached, boolean fingerprintsMissing,
      List<ClusterView> clusters) {}

  record ClusterAnswer(ClusterView cluster, int total, int page, int size, boolean cached,
      List<PostsApi.Copy> members) {}
}
