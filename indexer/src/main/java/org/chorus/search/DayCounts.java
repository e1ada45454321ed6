package org.chorus.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Counts per epoch day in a growable array: no boxing for millions of posts. */
final class DayCounts {
  private long base;
  private long[] counts;

  void add(long day, long n) {
    if (counts == null) {
      base = day;
      counts = new long[64];
    }
    if (day < base) {
      int shift = Math.toIntExact(base - day) + 32;
      long[] grown = new long[counts.length + shift];
      System.arraycopy(counts, 0, grown, shift, counts.length);
      counts = grown;
      base -= shift;
    } else if (day - base >= counts.length) {
      counts = Arrays.copyOf(counts, (int) Math.max(counts.length * 2L, day - base + 32));
    }
    counts[(int) (day - base)] += n;
  }

  void addAll(DayCounts other) {
    other.forEach(this::add);
  }

  /** Each day that has a count, in day order. */
  void forEach(DayConsumer c) {
    if (counts == null) return;
    for (int i = 0; i < counts.length; i++) if (counts[i] > 0) c.accept(base + i, counts[i]);
  }

  List<DayCount> toList() {
    List<DayCount> out = new ArrayList<>();
    forEach((day, n) -> out.add(new DayCount(LocalDate.ofEpochDay(day), n)));
    return out;
  }

  interface DayConsumer {
    void accept(long day, long count);
  }
}
