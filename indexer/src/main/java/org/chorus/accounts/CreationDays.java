package org.chorus.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The dataset's own account-creation distribution: accounts made per day and per ISO week, and
 * the mean and standard deviation of those counts over every day (week) from the first creation
 * to the last, empty ones included. A burst is then a count far above the dataset's usual.
 */
final class CreationDays {
  private static final long DAY_SECONDS = 86_400L;

  private final Map<Long, Integer> days = new HashMap<>();
  private final Map<Long, Integer> weeks = new HashMap<>();
  private int total;
  private long firstDay = Long.MAX_VALUE, lastDay = Long.MIN_VALUE;
  private double dayMean, daySd, weekMean, weekSd;

  void add(Instant created) {
    long day = day(created);
    days.merge(day, 1, Integer::sum);
    weeks.merge(week(day), 1, Integer::sum);
    total++;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }

  /** Fixes the statistics once every creation is added. */
  CreationDays done() {
    if (total == 0) return this;
    long nDays = lastDay - firstDay + 1;
    long nWeeks = week(lastDay) - week(firstDay) + 1;
    dayMean = (double) total / nDays;
    daySd = sd(days, nDays, dayMean);
    weekMean = (double) total / nWeeks;
    weekSd = sd(weeks, nWeeks, weekMean);
    return this;
  }

  private static double sd(Map<Long, Integer> counts, long n, double mean) {
    double squares = 0;
    for (int c : counts.values()) squares += (double) c * c;
    return Math.sqrt(Math.max(0, squares / n - mean * mean));
  }

  int total() {
    return total;
  }

  Creation of(Instant created, String source) {
    long day = day(created);
    int sameDay = days.getOrDefault(day, 0);
    int sameWeek = days.isEmpty() ? 0 : weeks.getOrDefault(week(day), 0);
    return new Creation(LocalDate.ofEpochDay(day), source, sameDay, z(sameDay, dayMean, daySd),
        monday(week(day)), sameWeek, z(sameWeek, weekMean, weekSd));
  }

  int onDay(long day) {
    return days.getOrDefault(day, 0);
  }

  int inWeek(long week) {
    return weeks.getOrDefault(week, 0);
  }

  private static double z(int count, double mean, double sd) {
    return sd == 0 ? 0 : (count - mean) / sd;
  }

  static long day(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), DAY_SECONDS);
  }

  /** Weeks counted from the Monday before the epoch (1970-01-01 was a Thursday). */
  static long week(long day) {
    return Math.floorDiv(day + 3, 7);
  }

  static LocalDate monday(long week) {
    return LocalDate.ofEpochDay(week * 7 - 3);
  }
}
