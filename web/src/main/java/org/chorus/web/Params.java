package org.chorus.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chorus.app.Copies;
import org.chorus.app.TimeWindows;
import org.chorus.search.PostFilter;
import org.chorus.search.SearchRequest;
import org.chorus.search.TimeBucket;

/**
 * A request's query string read into the app layer's types. The filter parameters are the CLI's
 * filter options by other names ({@code q, from, to, account, lang, hashtag, label, narrative}),
 * so a URL selects the same posts as the command line; a repeated parameter, or values joined
 * by commas, are alternatives.
 */
final class Params {
  private Params() {}

  static PostFilter filter(Context ctx) {
    return PostFilter.builder()
        .query(ctx.queryParam("q"))
        .from(PostFilter.bound(blankToNull(ctx.queryParam("from")), false))
        .to(PostFilter.bound(blankToNull(ctx.queryParam("to")), true))
        .accounts(list(ctx, "account"))
        .langs(list(ctx, "lang"))
        .hashtags(list(ctx, "hashtag"))
        .labels(list(ctx, "label"))
        .narratives(list(ctx, "narrative"))
        .build();
  }

  static List<String> list(Context ctx, String name) {
    List<String> values = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) values.add(part.strip());
      }
    }
    return values;
  }

  /** An integer parameter between {@code min} and {@code max}, or {@code fallback} when absent. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String text = blankToNull(ctx.queryParam(name));
    if (text == null) return fallback;
    try {
      int v = Integer.parseInt(text.strip());
      if (v >= min && v <= max) return v;
    } catch (NumberFormatException e) {
      // falls through to the same message as an out-of-range number
    }
    throw new IllegalArgumentException(name + " must be a whole number from " + min + " to "
        + max + ", not '" + text + "'");
  }

  static double decimal(Context ctx, String name, double fallback, double min, double max) {
    String text = blankToNull(ctx.queryParam(name));
    if (text == null) return fallback;
    try {
      double v = Double.parseDouble(text.strip());
      if (v >= min && v <= max) return v;
    } catch (NumberFormatException e) {
      // falls through
    }
    throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max
        + ", not '" + text + "'");
  }

  /** One of {@code choices} (case-insensitive), or the first when absent. */
  static String choice(Context ctx, String name, String... choices) {
    String text = blankToNull(ctx.queryParam(name));
    if (text == null) return choices[0];
    String v = text.strip().toLowerCase(Locale.ROOT);
    for (String c : choices) {
      if (c.equals(v)) return c;
    }
    throw new IllegalArgumentException(name + " must be one of " + String.join(", ", choices)
        + ", not '" + text + "'");
  }

  /** What counts as copy-paste: {@code threshold} and {@code minAccounts}, else the CLI's. */
  static Copies copies(Context ctx) {
    double threshold = decimal(ctx, "threshold", Copies.DEFAULT.threshold(), 0, 1);
    int minAccounts = integer(ctx, "minAccounts", Copies.DEFAULT.minAccounts(), 1, 1_000_000);
    return new Copies(threshold, minAccounts, Copies.DEFAULT.retweets(),
        Copies.DEFAULT.minWords());
  }

  /**
   * The windows in {@code window} as people type them ("10m", comma-separated for several),
   * or {@code fallback}; a null in the list is no window.
   */
  static List<Duration> windows(Context ctx, String fallback) {
    List<String> texts = list(ctx, "window");
    if (texts.isEmpty()) texts = List.of(fallback);
    List<Duration> windows = new ArrayList<>();
    for (String t : texts) {
      try {
        windows.add(TimeWindows.parse(t));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("window: " + e.getMessage());
      }
    }
    return windows;
  }

  /** One window, or {@code fallback} when absent; null for none. */
  static Duration window(Context ctx, String fallback) {
    List<Duration> windows = windows(ctx, fallback);
    if (windows.size() > 1) throw new IllegalArgumentException("window: give one window");
    return windows.get(0);
  }

  /** {@code sort=relevance|time|time-desc}. */
  static SearchRequest.Order order(Context ctx) {
    return switch (choice(ctx, "sort", "relevance", "time", "time-desc")) {
      case "time" -> SearchRequest.Order.TIME;
      case "time-desc" -> SearchRequest.Order.TIME_DESC;
      default -> SearchRequest.Order.RELEVANCE;
    };
  }

  /** {@code bucket=auto|hour|day|week|month|year}; null for auto. */
  static TimeBucket bucket(Context ctx) {
    String b = choice(ctx, "bucket", "auto", "hour", "day", "week", "month", "year");
    return b.equals("auto") ? null : TimeBucket.valueOf(b.toUpperCase(Locale.ROOT));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
