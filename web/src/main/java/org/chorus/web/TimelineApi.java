package org.chorus.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Locale;
import org.chorus.app.Investigation;
import org.chorus.app.TimelineRequest;
import org.chorus.search.TimeCount;
import org.chorus.search.Timeline;

/** {@code /api/timeline}: posts per time bucket of everything a filter selects. */
final class TimelineApi implements Api {
  private final Investigation investigation;

  TimelineApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/timeline", ctx -> ctx.json(Answer.of(investigation.timeline(
        new TimelineRequest(Params.filter(ctx), Params.bucket(ctx))))));
  }

  record Answer(String bucket, long total, long undated, List<TimeCount> counts) {
    static Answer of(Timeline t) {
      return new Answer(name(t), t.total(), t.undated(), t.counts());
    }
  }

  static String name(Timeline t) {
    return t.bucket().name().toLowerCase(Locale.ROOT);
  }
}
