package org.chorus.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page. Every view is the same HTML file: the view and its state live in the URL
 * ({@code /search?q=...}, {@code /account/ID}), which the page's script reads, so a view can be
 * bookmarked, shared and reached with Back.
 */
final class Pages {
  static final String[] VIEWS = {"/", "/search", "/copies", "/account/{id}", "/network",
      "/narratives", "/annotate"};

  private Pages() {}

  static void install(JavalinConfig config) {
    byte[] page = read(Workbench.ASSETS + "/index.html");
    for (String view : VIEWS) {
      config.routes.get(view, ctx -> html(ctx, page));
    }
  }

  private static void html(Context ctx, byte[] page) {
    ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Pages.class.getResourceAsStream(resource)) {
      if (in == null) throw new NotFoundResponse(resource);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
