package org.chorus.accounts;

import java.util.List;

/**
 * When in the week posts were made: 168 counts, Monday 00:00 UTC first, and how well they fit a
 * working week (Monday to Friday, 09:00 to 18:00 local) at UTC and at the offset that fits best.
 *
 * @param posts the dated posts counted
 * @param workShareUtc the share of posts in working hours read at UTC
 * @param offsetHours the whole-hour UTC offset (-12 to +14) at which the most posts fall in
 *     working hours; null with fewer than {@link Fingerprints#MIN_POSTS_FOR_OFFSET} posts, too
 *     few to tell
 * @param workShare the share of posts in working hours at {@code offsetHours} (at UTC when
 *     there is no offset)
 * @param hours posts per hour of the week at UTC, index {@code (weekday - 1) * 24 + hour}
 */
public record Rhythm(long posts, double workShareUtc, Integer offsetHours, double workShare,
    List<Integer> hours) {
  public Rhythm {
    hours = List.copyOf(hours);
  }

  /** The offset as people write it: "UTC+8", "UTC-5", "UTC"; "?" when unknown. */
  public String offsetLabel() {
    if (offsetHours == null) return "?";
    if (offsetHours == 0) return "UTC";
    return "UTC" + (offsetHours > 0 ? "+" : "") + offsetHours;
  }
}
