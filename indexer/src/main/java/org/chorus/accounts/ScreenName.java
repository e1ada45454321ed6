package org.chorus.accounts;

/**
 * A screen name's shape: a name followed by a run of digits ("maria_lopez83921") is how sign-up
 * forms suggest names, and how operators mint accounts in bulk.
 *
 * @param name the screen name; null when unknown
 * @param trailingDigits how many digits end it
 * @param digitSuffix a non-digit start followed by at least {@link #MIN_DIGITS} digits
 */
public record ScreenName(String name, int trailingDigits, boolean digitSuffix) {
  public static final int MIN_DIGITS = 4;

  public static final ScreenName UNKNOWN = new ScreenName(null, 0, false);

  /** The shape of {@code name}; {@link #UNKNOWN} for null or blank. */
  public static ScreenName of(String name) {
    if (name == null || name.isBlank()) return UNKNOWN;
    int n = name.length(), digits = 0;
    while (digits < n && isDigit(name.charAt(n - 1 - digits))) digits++;
    return new ScreenName(name, digits, digits >= MIN_DIGITS && digits < n);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
