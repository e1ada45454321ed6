package org.chorus.corpus.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When posts happen: June to September 2019, with the volume of the real protest summer (quiet
 * early June, spikes on march and clash days, a long tail) and a Hong Kong day (UTC+8: quiet
 * small hours, busy evenings). Volumes are relative weights; the generator turns them into
 * counts.
 */
final class Timeline {
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 6, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2019, 9, 30);
  static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
  static final int HOURS = DAYS * 24;

  static final List<Event> EVENTS = List.of(
      new Event(LocalDate.of(2019, 6, 9), "june9_march", 3.0),
      new Event(LocalDate.of(2019, 6, 12), "june12_legco", 4.5),
      new Event(LocalDate.of(2019, 6, 15), "june15_suspension", 2.2),
      new Event(LocalDate.of(2019, 6, 16), "june16_march", 3.6),
      new Event(LocalDate.of(2019, 6, 21), "june21_police_hq", 2.0),
      new Event(LocalDate.of(2019, 7, 1), "july1_legco", 4.2),
      new Event(LocalDate.of(2019, 7, 7), "july7_kowloon", 1.7),
      new Event(LocalDate.of(2019, 7, 14), "july14_shatin", 2.1),
      new Event(LocalDate.of(2019, 7, 21), "july21_yuen_long", 4.3),
      new Event(LocalDate.of(2019, 7, 27), "july27_yuen_long_march", 2.2),
      new Event(LocalDate.of(2019, 8, 5), "aug5_strike", 3.6),
      new Event(LocalDate.of(2019, 8, 12), "aug12_airport", 4.0),
      new Event(LocalDate.of(2019, 8, 13), "aug13_airport_clash", 4.6),
      new Event(LocalDate.of(2019, 8, 18), "aug18_victoria_park", 3.0),
      new Event(LocalDate.of(2019, 8, 23), "aug23_hk_way", 2.4),
      new Event(LocalDate.of(2019, 8, 31), "aug31_prince_edward", 3.5),
      new Event(LocalDate.of(2019, 9, 4), "sep4_withdrawal", 3.6),
      new Event(LocalDate.of(2019, 9, 8), "sep8_consulate", 2.0),
      new Event(LocalDate.of(2019, 9, 15), "sep15_march", 2.0),
      new Event(LocalDate.of(2019, 9, 29), "sep29_global", 2.4));

  /** Posts per hour of the Hong Kong day, 00 to 23 HKT. */
  private static final double[] HK_HOUR = {
      0.9, 0.6, 0.35, 0.2, 0.15, 0.15, 0.25, 0.5, 0.8, 0.9, 0.95, 1.0,
      1.05, 1.0, 0.95, 0.95, 1.0, 1.1, 1.2, 1.35, 1.5, 1.6, 1.55, 1.25};

  private Timeline() {}

  static LocalDate day(int index) {
    return FIRST_DAY.plusDays(index);
  }

  static Instant hourStart(int hour) {
    return FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC).plus(hour, ChronoUnit.HOURS);
  }

  /** Relative volume of one day: a quiet start, event spikes with an echo the day after. */
  static double dayWeight(int dayIndex) {
    LocalDate d = day(dayIndex);
    double w = d.isBefore(LocalDate.of(2019, 6, 9)) ? 0.25 + 0.05 * dayIndex : 1.0;
    // attention fades slowly over the summer
    w *= 1.0 - 0.25 * dayIndex / DAYS;
    for (Event e : EVENTS) {
      long after = ChronoUnit.DAYS.between(e.date(), d);
      if (after == 0) w = Math.max(w, e.weight());
      else if (after == 1) w = Math.max(w, 1 + (e.weight() - 1) * 0.45);
      else if (after == 2) w = Math.max(w, 1 + (e.weight() - 1) * 0.15);
    }
    // weekends carry the marches
    int dow = d.getDayOfWeek().getValue();
    if (dow >= 6) w *= 1.15;
    return w;
  }

  /** Relative volume of one hour (UTC hour index from the first day). */
  static double hourWeight(int hour) {
    int hkHour = (hour % 24 + 8) % 24;
    return dayWeight(hour / 24) * HK_HOUR[hkHour];
  }

  /** The latest event on or before the day, if it is at most a week old; else null. */
  static Event recentEvent(LocalDate d) {
    Event found = null;
    for (Event e : EVENTS) {
      if (!e.date().isAfter(d) && ChronoUnit.DAYS.between(e.date(), d) <= 7) found = e;
    }
    return found;
  }
}
