package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chorus.app.Copies;
import org.chorus.app.Investigation;
import org.chorus.app.SimilarRequest;
import org.chorus.corpus.Post;
import org.chorus.dupes.SimilarFinder;
import org.chorus.index.IndexedPost;

/** {@code /api/posts/{id}} and its copies: the single-post view and the copies view's start. */
final class PostsApi implements Api {
  static final int MAX_COPIES = 500;

  private final Investigation investigation;

  PostsApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/posts/{id}", ctx -> ctx.json(PostView.of(
        investigation.post(ctx.pathParam("id")))));
    routes.get("/api/posts/{id}/copies", this::copies);
  }

  private void copies(Context ctx) throws IOException {
    double threshold = Params.decimal(ctx, "threshold", Copies.DEFAULT.threshold(), 0, 1);
    int limit = Params.integer(ctx, "limit", 50, 1, MAX_COPIES);
    Investigation.CopiesOf found = investigation.copiesOf(
        SimilarRequest.toPost(ctx.pathParam("id"), threshold, limit));
    List<SimilarFinder.Hit> hits = found.copies().hits();
    var names = investigation.accountNames(hits.stream().map(SimilarFinder.Hit::account)
        .toList());
    List<Copy> copies = new ArrayList<>();
    for (SimilarFinder.Hit h : hits) {
      copies.add(new Copy(h.postId(), h.account(), names.get(h.account()), h.time(),
          h.similarity(), h.text()));
    }
    ctx.json(new CopiesAnswer(PostView.of(found.post()), found.copies().total(),
        found.copies().accounts(), copies));
  }

  /** A post as the index holds it; the text is data for the page, never markup. */
  record PostView(String id, String account, String screenName, Instant time, String lang,
      String text, List<String> labels, List<String> narratives, List<String> hashtags,
      List<String> urls, List<String> mentions, boolean retweet, String retweetOf,
      String replyTo, String quoteOf) {
    static PostView of(IndexedPost indexed) {
      Post p = indexed.post();
      return new PostView(p.id(), p.account().id(), p.account().screenName(), p.time(), p.lang(),
          p.text(), p.labels(), indexed.narratives(), p.hashtags(), p.urls(), p.mentions(),
          p.retweet(), p.retweetOf(), p.replyTo(), p.quoteOf());
    }
  }

  /** A post beside another: a copy or a cluster member. */
  record Copy(String id, String account, String screenName, Instant time, double similarity,
      String text) {}

  /**
   * @param total copies at or above the threshold in all
   * @param accounts distinct accounts among them
   */
  record CopiesAnswer(PostView post, int total, int accounts, List<Copy> copies) {}
}
