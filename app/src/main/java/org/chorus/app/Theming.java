package org.chorus.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.corpus.Post;
import org.chorus.index.PostIndex;
import org.chorus.narratives.Theme;
import org.chorus.narratives.ThemeFinder;

/**
 * {@link Narratives#themes}: reads the posts from the index here, so that the classifier's
 * {@link ThemeFinder} works on posts from anywhere and does not depend on the index.
 */
final class Theming {
  private Theming() {}

  /** Reports one unit of progress per post read. */
  static ThemesResult run(ThemesRequest request, Progress progress) throws IOException {
    List<Post> posts = new ArrayList<>();
    try (PostIndex index = PostIndex.open(request.index())) {
      var q = request.filter().toQuery();
      int matching = index.searcher().count(q);
      // Every stride-th post: an even spread over the index's (input) order.
      long stride = Math.max(1, (matching + request.maxPosts() - 1) / request.maxPosts());
      long[] seen = {0};
      index.forEach(q, ip -> {
        if (seen[0]++ % stride == 0) posts.add(ip.post());
        progress.advance(1);
      });
    }
    if (posts.isEmpty()) return new ThemesResult(0, List.of());
    List<Theme> themes = new ThemeFinder(request.k(), request.terms(), request.examples(),
        request.seed()).find(posts);
    Map<String, Post> byId = new HashMap<>();
    for (Post p : posts) byId.put(p.id(), p);
    return new ThemesResult(posts.size(), themes.stream().map(t -> report(t, byId)).toList());
  }

  private static ThemeReport report(Theme t, Map<String, Post> byId) {
    List<ThemeReport.Representative> reps = t.representativeIds().stream().map(byId::get)
        .map(p -> new ThemeReport.Representative(p.id(), p.account().id(), p.text())).toList();
    return new ThemeReport(t.id(), t.size(), t.topTerms(), reps, t.topAccounts(),
        t.postsPerDay());
  }
}
