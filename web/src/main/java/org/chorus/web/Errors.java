package org.chorus.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.chorus.app.UnknownAccountException;
import org.chorus.app.UnknownPostException;
import org.chorus.corpus.InvalidInputException;
import org.chorus.index.IndexLockedException;

/**
 * The exception contract of docs/app-layer.md as HTTP statuses. Every error is a JSON object
 * {@code {"status": N, "error": "message"}}; no stack trace ever reaches a page, since a query
 * typed into the search box is as hostile as the posts.
 */
final class Errors {
  /** The body of every error. */
  record Body(int status, String error) {}

  private Errors() {}

  static void install(JavalinConfig config) {
    config.routes.exception(UnknownPostException.class, (e, ctx) -> send(ctx, 404, e.getMessage()));
    config.routes.exception(UnknownAccountException.class,
        (e, ctx) -> send(ctx, 404, e.getMessage()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, e.getMessage()));
    // Malformed requests, unparsable queries, queries past the limits, bad parameters.
    config.routes.exception(IllegalArgumentException.class,
        (e, ctx) -> send(ctx, 400, e.getMessage()));
    config.routes.exception(InvalidInputException.class,
        (e, ctx) -> send(ctx, 400, e.getMessage()));
    config.routes.exception(IndexLockedException.class,
        (e, ctx) -> send(ctx, 409, e.getMessage()));
    config.routes.exception(HttpResponseException.class,
        (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
    config.routes.exception(Exception.class, (e, ctx) -> {
      // The server's log gets the trace; the page gets a sentence.
      System.err.println("chorus serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      send(ctx, 500, "the server failed to answer; its log says why");
    });
    config.routes.error(404, "*", ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        send(ctx, 404, "nothing at " + ctx.path());
      }
    });
  }

  static void send(Context ctx, int status, String message) {
    ctx.status(status).json(new Body(status, message == null ? "error" : message));
  }

  /** A request names a post, account or cluster that is not there. */
  static final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
      super(message);
    }
  }
}
