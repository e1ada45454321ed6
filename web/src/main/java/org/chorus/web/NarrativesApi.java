package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.app.Investigation;
import org.chorus.app.NarrativeMix;
import org.chorus.app.NarrativesRequest;
import org.chorus.search.Hit;
import org.chorus.search.TimeCount;

/**
 * {@code /api/narratives}: the narratives among the posts a filter selects, over time, with top
 * posts; from the index's labels, or from the server's {@code --model} on a sample.
 */
final class NarrativesApi implements Api {
  private final Investigation investigation;
  private final Path model;

  NarrativesApi(Investigation investigation, Path model) {
    this.investigation = investigation;
    this.model = model;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/narratives", this::narratives);
  }

  private void narratives(Context ctx) throws IOException {
    NarrativeMix mix = investigation.narratives(
        NarrativesRequest.of(Params.filter(ctx), Params.bucket(ctx), model));
    ctx.json(Answer.of(mix));
  }

  record Answer(String source, Integer sampled, String bucket, long posts,
      List<NarrativeMix.Share> narratives, List<Series> series, List<TimeCount> totals,
      Map<String, List<SearchApi.HitView>> top) {
    static Answer of(NarrativeMix m) {
      List<Series> series = new ArrayList<>();
      m.series().forEach((name, counts) -> series.add(new Series(name, counts)));
      Map<String, List<SearchApi.HitView>> top = new LinkedHashMap<>();
      m.top().forEach((name, hits) -> {
        List<SearchApi.HitView> views = new ArrayList<>();
        for (Hit h : hits) views.add(SearchApi.HitView.of(h));
        top.put(name, views);
      });
      return new Answer(m.source().name().toLowerCase(Locale.ROOT), m.sampled(),
          TimelineApi.name(m.totals()), m.totals().total(), m.narratives(), series,
          m.totals().counts(), top);
    }
  }

  record Series(String narrative, List<TimeCount> counts) {}
}
