package org.chorus.web;

import io.javalin.config.JavalinConfig;

/**
 * Headers on every answer. Post text is written by whoever ran the operation: the policy allows
 * scripts only from this server's own files, so text that slipped through as markup still
 * could not run. Inline styles stay allowed because the chart library positions its tooltips
 * with them.
 */
final class SecurityHeaders {
  static final String POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private SecurityHeaders() {}

  static void install(JavalinConfig config) {
    config.routes.before(ctx -> {
      ctx.header("Content-Security-Policy", POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
  }
}
