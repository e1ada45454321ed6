package org.chorus.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts per hour of the week at one UTC offset: when an account posts. A staff working office
 * hours somewhere shows as a block on weekdays in that place's daytime, whatever the accounts
 * claim to be.
 *
 * @param cells all 168 hours, Monday 00:00 first, empty hours included
 * @param max the largest count of a cell (0 when there are no posts)
 */
public record WeekHours(ZoneOffset offset, List<Cell> cells, long max) {
  /** First and last hour (local, inclusive, exclusive) of the working day. */
  public static final int WORK_START = 9, WORK_END = 18;

  /** @param weekday 1 = Monday .. 7 = Sunday (ISO), @param hour 0..23, both at the offset */
  public record Cell(int weekday, int hour, long count) {}

  public WeekHours {
    cells = List.copyOf(cells);
  }

  public long total() {
    return cells.stream().mapToLong(Cell::count).sum();
  }

  /** The share of posts made Monday to Friday, 09:00 to 18:00 at the offset; 0 with no posts. */
  public double workWeekShare() {
    long total = total(), work = 0;
    for (Cell c : cells) {
      if (c.weekday() <= 5 && c.hour() >= WORK_START && c.hour() < WORK_END) work += c.count();
    }
    return total == 0 ? 0 : (double) work / total;
  }

  /** Counts times into the week's hours, and keeps the first and last. */
  static final class Tally {
    private static final long HOUR_MILLIS = 3_600_000L;
    private final ZoneOffset offset;
    private final long[] counts = new long[7 * 24];
    private long posts, first = Long.MAX_VALUE, last = Long.MIN_VALUE;

    Tally(ZoneOffset offset) {
      this.offset = offset;
    }

    void add(long epochMillis) {
      long hours = Math.floorDiv(epochMillis + offset.getTotalSeconds() * 1000L, HOUR_MILLIS);
      // Epoch day 0 (1970-01-01) was a Thursday: ISO weekday 4, index 3 from Monday.
      int hourOfWeek = (int) Math.floorMod(hours + 3 * 24, 7 * 24);
      counts[hourOfWeek]++;
      posts++;
      first = Math.min(first, epochMillis);
      last = Math.max(last, epochMillis);
    }

    long posts() {
      return posts;
    }

    Instant first() {
      return posts == 0 ? null : Instant.ofEpochMilli(first);
    }

    Instant last() {
      return posts == 0 ? null : Instant.ofEpochMilli(last);
    }

    WeekHours result() {
      List<Cell> cells = new ArrayList<>(counts.length);
      long max = 0;
      for (int i = 0; i < counts.length; i++) {
        cells.add(new Cell(i / 24 + 1, i % 24, counts[i]));
        max = Math.max(max, counts[i]);
      }
      return new WeekHours(offset, cells, max);
    }
  }
}
