package org.chorus.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Parses the time stamps found in post datasets, all read as UTC unless they carry an offset:
 * ISO-8601 (with or without offset), {@code yyyy-MM-dd HH:mm[:ss]}, {@code M/d/yyyy H:mm[:ss]},
 * {@code yyyy-MM-dd}, and epoch seconds or milliseconds.
 */
public final class Times {
  // STRICT: 2019-02-30 is an error, not February 28th.
  private static final List<DateTimeFormatter> LOCAL = List.of(
      strict("uuuu-MM-dd HH:mm:ss"),
      strict("uuuu-MM-dd HH:mm"),
      strict("M/d/uuuu H:mm:ss"),
      strict("M/d/uuuu H:mm"),
      DateTimeFormatter.ISO_LOCAL_DATE_TIME);

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  private Times() {}

  /** The instant, or null when the text is in none of the accepted forms. */
  public static Instant parse(String text) {
    if (text == null) return null;
    String s = text.strip();
    if (s.isEmpty()) return null;
    // Readers call this for every row: the common forms are parsed by hand, without the
    // exceptions java.time throws for each format that does not match.
    Instant fast = FastTime.parse(s);
    if (fast != null) return fast;
    if (isDigits(s)) {
      // Fewer than 9 digits is a year or a count, not a time stamp (9 digits is 1973 on).
      if (s.length() < 9) return null;
      long n = Long.parseLong(s.length() > 18 ? s.substring(0, 18) : s);
      // 13 digits and more are milliseconds: seconds that large are past the year 33,000.
      return s.length() >= 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // not an offset time stamp: try the local forms below
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        return LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next form
      }
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isDigits(String s) {
    if (s.length() > 19) return false;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    }
    return true;
  }
}
