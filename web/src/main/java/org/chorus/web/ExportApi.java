package org.chorus.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.chorus.app.ExportRequest;
import org.chorus.app.Investigation;
import org.chorus.app.PostExport;

/** {@code /api/export}: the posts a filter selects as a CSV or JSON Lines download. */
final class ExportApi implements Api {
  static final int DEFAULT_LIMIT = 1_000;

  private final Investigation investigation;

  ExportApi(Investigation investigation) {
    this.investigation = investigation;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get("/api/export", this::export);
  }

  private void export(Context ctx) throws IOException {
    ExportRequest.Format format = Params.choice(ctx, "format", "csv", "jsonl").equals("csv")
        ? ExportRequest.Format.CSV : ExportRequest.Format.JSONL;
    ExportRequest request = new ExportRequest(Params.filter(ctx), Params.order(ctx), format,
        Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, ExportRequest.MAX_LIMIT));
    // Chosen before the first byte: a bad query is still a JSON error, not half a file.
    PostExport export = investigation.export(request);
    ctx.contentType(format == ExportRequest.Format.CSV ? "text/csv; charset=utf-8"
        : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    ctx.header("X-Chorus-Posts", Integer.toString(export.size()));
    export.writeTo(ctx.outputStream());
  }
}
