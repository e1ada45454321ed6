package org.chorus.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A width of time a timeline counts posts in, in UTC. Weeks start on Monday (ISO); months and
 * years on their first day. Each bucket has a number, consecutive for consecutive buckets, so a
 * timeline is a flat array however many posts it counts.
 */
public enum TimeBucket {
  HOUR, DAY, WEEK, MONTH, YEAR;

  static final long HOUR_MILLIS = 3_600_000L;
  static final long DAY_MILLIS = 86_400_000L;
  /** 1970-01-05, the first Monday after the epoch. */
  private static final long FIRST_MONDAY = 4;

  /** The number of the bucket {@code millis} falls in. */
  long index(long millis) {
    return switch (this) {
      case HOUR -> Math.floorDiv(millis, HOUR_MILLIS);
      case DAY -> Math.floorDiv(millis, DAY_MILLIS);
      default -> ofDay(Math.floorDiv(millis, DAY_MILLIS));
    };
  }

  /** The number of the bucket an epoch day falls in; not for hours. */
  long ofDay(long epochDay) {
    return switch (this) {
      case HOUR -> epochDay * 24;
      case DAY -> epochDay;
      case WEEK -> Math.floorDiv(epochDay - FIRST_MONDAY, 7);
      case MONTH -> {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        yield d.getYear() * 12L + d.getMonthValue() - 1;
      }
      case YEAR -> LocalDate.ofEpochDay(epochDay).getYear();
    };
  }

  /** When bucket number {@code index} starts. */
  public Instant start(long index) {
    return switch (this) {
      case HOUR -> Instant.ofEpochMilli(index * HOUR_MILLIS);
      case DAY -> Instant.ofEpochMilli(index * DAY_MILLIS);
      case WEEK -> Instant.ofEpochMilli((index * 7 + FIRST_MONDAY) * DAY_MILLIS);
      case MONTH -> LocalDate.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1,
          1).atStartOfDay(ZoneOffset.UTC).toInstant();
      case YEAR -> LocalDate.of((int) index, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    };
  }

  /** The next wider bucket; a year is the widest. */
  public TimeBucket coarser() {
    return this == YEAR ? YEAR : values()[ordinal() + 1];
  }
}
