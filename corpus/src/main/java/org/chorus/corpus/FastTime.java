package org.chorus.corpus;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hand-written parser for the time stamps that fill real datasets: {@code yyyy-MM-dd HH:mm[:ss]},
 * ISO-8601 {@code yyyy-MM-ddTHH:mm[:ss[.fff]][Z|±hh[:mm]]} and {@code M/d/yyyy H:mm[:ss]}.
 * Returns null for anything else (or any invalid field) so {@link Times} can try the slow forms.
 */
final class FastTime {
  private final String s;
  private int i;

  private FastTime(String s) {
    this.s = s;
  }

  static Instant parse(String s) {
    try {
      return new FastTime(s).instant();
    } catch (DateTimeException e) {
      return null; // a well-shaped but impossible date such as 2019-02-30
    }
  }

  private Instant instant() {
    int year, month, day;
    if (s.length() >= 10 && s.charAt(4) == '-') {
      year = digits(4);
      if (year < 0 || !expect('-')) return null;
      month = digits(2);
      if (month < 0 || !expect('-')) return null;
      day = digits(2);
    } else {
      month = digits(1, 2);
      if (month < 0 || !expect('/')) return null;
      day = digits(1, 2);
      if (day < 0 || !expect('/')) return null;
      year = digits(4);
    }
    if (year < 0 || month < 0 || day < 0) return null;
    if (i == s.length()) return null; // a bare date: left to the slow path
    if (!expect(' ') && !expect('T')) return null;
    int hour = digits(1, 2);
    if (hour < 0 || hour > 23 || !expect(':')) return null;
    int minute = digits(2);
    if (minute < 0 || minute > 59) return null;
    int second = 0;
    long nanos = 0;
    if (expect(':')) {
      second = digits(2);
      if (second < 0 || second > 59) return null;
      if (expect('.')) {
        int start = i;
        long frac = 0;
        while (i < s.length() && isDigit(s.charAt(i)) && i - start < 9) {
          frac = frac * 10 + (s.charAt(i++) - '0');
        }
        if (i == start) return null;
        for (int k = i - start; k < 9; k++) frac *= 10;
        nanos = frac;
      }
    }
    int offsetSeconds = 0;
    if (i < s.length()) {
      char c = s.charAt(i);
      if (c == 'Z' && i + 1 == s.length()) {
        i++;
      } else if (c == '+' || c == '-') {
        i++;
        int oh = digits(2);
        if (oh < 0 || oh > 18) return null;
        int om = 0;
        if (i < s.length()) {
          expect(':');
          om = digits(2);
          if (om < 0 || om > 59) return null;
        }
        offsetSeconds = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
      } else {
        return null;
      }
    }
    if (i != s.length()) return null;
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long secs = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(secs, nanos);
  }

  private boolean expect(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private int digits(int n) {
    return digits(n, n);
  }

  /** Reads between min and max digits; -1 when fewer than min are there. */
  private int digits(int min, int max) {
    int v = 0, start = i;
    while (i < s.length() && i - start < max && isDigit(s.charAt(i))) {
      v = v * 10 + (s.charAt(i++) - '0');
    }
    return i - start < min ? -1 : v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
