package org.chorus.app;

import java.time.Duration;
import java.util.Locale;

/**
 * Time windows as people write them: "90s", "10m", "1h", "2d", "500ms"; "0" or "none" for no
 * window. Every interface reads and shows windows this way.
 */
public final class TimeWindows {
  private TimeWindows() {}

  /**
   * @return the window, or null for none
   * @throws IllegalArgumentException naming the text when it is not a window
   */
  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("none") || t.equals("0")) return null;
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
    if (i == 0 || i == t.length() || i > 12) throw bad(text);
    long n = Long.parseLong(t.substring(0, i));
    // "0" alone means no limit; "0s" would mean the opposite, a window nothing fits in.
    if (n == 0) {
      throw new IllegalArgumentException("window '" + text + "' is empty: nothing falls within"
          + " it; give none (or 0) for no limit, or a length such as 10m");
    }
    return switch (t.substring(i)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m", "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> throw bad(text);
    };
  }

  /** The shortest way to write {@code window} back ("10m"), or "none" for null. */
  public static String format(Duration window) {
    if (window == null) return "none";
    long ms = window.toMillis();
    if (ms % 86_400_000 == 0) return ms / 86_400_000 + "d";
    if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
    if (ms % 60_000 == 0) return ms / 60_000 + "m";
    if (ms % 1000 == 0) return ms / 1000 + "s";
    return ms + "ms";
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException(
        "bad window '" + text + "': use e.g. 90s, 10m, 1h, 2d or none");
  }
}
