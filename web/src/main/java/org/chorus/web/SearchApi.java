package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chorus.app.Investigation;
import org.chorus.search.Count;
import org.chorus.search.DayCount;
import org.chorus.search.Facets;
import org.chorus.search.Hit;
import org.chorus.search.PostFilter;
import org.chorus.search.SearchRequest;
import org.chorus.search.SearchResult;

/** {@code /api/search} and {@code /api/stats}: the search view's hits, facets and days. */
final class SearchApi implements Api {
  static final int MAX_SIZE = 100;

  private final Investigation investigation;

  SearchApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/stats", ctx -> ctx.json(investigation.stats()));
    routes.get("/api/search", this::search);
  }

  private void search(Context ctx) throws IOException {
    PostFilter filter = Params.filter(ctx);
    SearchRequest.Order order = Params.order(ctx);
    int size = Params.integer(ctx, "size", 20, 1, MAX_SIZE);
    int page = Params.integer(ctx, "page", 1, 1, SearchRequest.MAX_DEPTH);
    boolean facets = !"false".equals(ctx.queryParam("facets"));
    SearchRequest request = SearchRequest.builder(filter).order(order).page(page).size(size)
        .facets(facets).build();
    ctx.json(Answer.of(investigation.search(request)));
  }

  /** A page of hits with the facets and days of every match. */
  record Answer(long total, int page, int size, double millis, List<HitView> hits,
      FacetsView facets, List<DayCount> perDay) {
    static Answer of(Investigation.Search found) {
      SearchRequest req = found.request();
      SearchResult r = found.result();
      List<HitView> hits = new ArrayList<>();
      for (Hit h : r.hits()) hits.add(HitView.of(h));
      Facets f = r.facets();
      return new Answer(r.total(), req.page(), req.size(), Math.round(r.millis() * 10) / 10.0,
          hits, FacetsView.of(f, found.accountNames()), f.perDay());
    }
  }

  /**
   * A hit for a page: the snippet as plain-text segments, each saying whether it matched, so
   * the page marks matches by building elements and never parses post text as markup.
   */
  record HitView(String id, String account, String screenName, Instant time, String lang,
      Float score, List<Segment> snippet, String text, List<String> labels,
      List<String> narratives) {
    static HitView of(Hit h) {
      return new HitView(h.id(), h.account(), h.screenName(), h.time(), h.lang(),
          Float.isNaN(h.score()) ? null : h.score(), Segment.split(h.snippet()), h.text(),
          h.labels(), h.narratives());
    }
  }

  record Segment(String text, boolean match) {
    /** Splits a snippet at its {@code **} marks; odd pieces matched. */
    static List<Segment> split(String snippet) {
      List<Segment> out = new ArrayList<>();
      if (snippet == null) return out;
      String[] parts = snippet.split("\\*\\*", -1);
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isEmpty()) out.add(new Segment(parts[i], i % 2 == 1));
      }
      return out;
    }
  }

  record FacetsView(List<AccountCount> accounts, List<Count> hashtags, List<Count> languages,
      List<Count> labels, List<Count> narratives) {
    static FacetsView of(Facets f, Map<String, String> names) {
      List<AccountCount> accounts = new ArrayList<>();
      for (Count c : f.accounts()) {
        accounts.add(new AccountCount(c.value(), names.get(c.value()), c.count()));
      }
      return new FacetsView(accounts, f.hashtags(), f.languages(), f.labels(), f.narratives());
    }
  }

  record AccountCount(String value, String name, long count) {}
}
