package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.chorus.app.AccountProfile;
import org.chorus.app.AccountRequest;
import org.chorus.app.Copies;
import org.chorus.app.Investigation;
import org.chorus.app.PartnersRequest;
import org.chorus.app.TimeWindows;
import org.chorus.corpus.Post;
import org.chorus.network.Partners;
import org.chorus.search.Count;
import org.chorus.search.DayCount;
import org.chorus.search.WeekHours;

/** {@code /api/accounts/{id}} and its partners: the account view's profile and links. */
final class AccountApi implements Api {
  private final Investigation investigation;

  AccountApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/accounts/{id}", this::profile);
    routes.get("/api/accounts/{id}/partners", this::partners);
  }

  private void profile(Context ctx) throws IOException {
    AccountProfile p = investigation.account(new AccountRequest(ctx.pathParam("id"),
        offset(ctx)));
    WeekHours h = p.heatmap();
    ctx.json(new Profile(p.id(), p.name(), p.posts(), p.first(), p.last(), p.languages(),
        p.labels(), p.narratives(), p.hashtags(),
        new Heatmap(h.offset().getId(), h.cells(), h.max()), h.workWeekShare(), p.perDay()));
  }

  private void partners(Context ctx) throws IOException {
    double threshold = Params.decimal(ctx, "threshold", Copies.DEFAULT.threshold(), 0, 1);
    Duration window = Params.window(ctx, "1h");
    int limit = Params.integer(ctx, "limit", 20, 1, PartnersRequest.MAX_LIMIT);
    Partners found = investigation.partners(new PartnersRequest(ctx.pathParam("id"), threshold,
        window, limit));
    List<PartnerView> partners = new ArrayList<>();
    for (Partners.Partner p : found.partners()) {
      List<LinkView> evidence = new ArrayList<>();
      for (Partners.Link l : p.evidence()) {
        evidence.add(new LinkView(l.type(), l.shared(), l.gapSeconds(),
            Math.round(l.similarity() * 1000) / 1000.0, OwnPost.of(l.post()),
            PartnerPost.of(l.partnerPost())));
      }
      partners.add(new PartnerView(p.account(), p.name(), p.weight(), p.types(), evidence));
    }
    ctx.json(new PartnersAnswer(found.account(), found.postsChecked(), found.skippedGroups(),
        threshold, TimeWindows.format(window), partners));
  }

  /**
   * A UTC offset as people type it: {@code +08:00}, {@code -05:00}, {@code +8}, {@code Z}. An
   * unencoded '+' in a query string arrives as a space, so a leading space is read as '+'.
   */
  static ZoneOffset offset(Context ctx) {
    String text = ctx.queryParam("offset");
    if (text == null || text.isBlank()) return ZoneOffset.UTC;
    String t = text.startsWith(" ") ? "+" + text.strip() : text.strip();
    try {
      return ZoneOffset.of(t);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("offset must be a UTC offset such as +08:00, -05:00"
          + " or Z, not '" + text + "'");
    }
  }

  record Profile(String id, String name, long posts, Instant first, Instant last,
      List<Count> languages, List<Count> labels, List<Count> narratives, List<Count> hashtags,
      Heatmap heatmap, double workWeekShare, List<DayCount> perDay) {}

  record Heatmap(String offset, List<WeekHours.Cell> cells, long max) {}

  record PartnersAnswer(String account, int postsChecked, int skippedGroups, double threshold,
      String window, List<PartnerView> partners) {}

  record PartnerView(String account, String name, int weight, List<String> types,
      List<LinkView> evidence) {}

  record LinkView(String type, String shared, long gapSeconds, double similarity, OwnPost post,
      PartnerPost partnerPost) {}

  record OwnPost(String id, Instant time, String text) {
    static OwnPost of(Post p) {
      return new OwnPost(p.id(), p.time(), p.text());
    }
  }

  record PartnerPost(String id, String account, Instant time, String text) {
    static PartnerPost of(Post p) {
      return new PartnerPost(p.id(), p.account().id(), p.time(), p.text());
    }
  }
}
