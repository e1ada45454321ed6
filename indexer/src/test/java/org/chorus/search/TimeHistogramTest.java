package org.chorus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeHistogramTest {
  private static Timeline count(List<Instant> times, TimeBucket bucket) throws Exception {
    return TimeHistogram.count(each -> {
      for (Instant t : times) each.accept(t.toEpochMilli());
    }, bucket, times.size() + 3);
  }

  private static List<Instant> random(Instant from, long spanMillis, int n, long seed) {
    Random r = new Random(seed);
    List<Instant> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(from.plusMillis((long) (r.nextDouble() * spanMillis)));
    return out;
  }

  @Test
  void everyBucketFromFirstToLastIsThereAndTheCountsAddUp() throws Exception {
    List<Instant> times = random(Instant.parse("2016-02-27T10:00:00Z"), 40L * 86_400_000, 5000, 1);
    for (TimeBucket b : TimeBucket.values()) {
      Timeline t = count(times, b);
      assertEquals(b, t.bucket());
      assertEquals(3, t.undated());
      assertEquals(times.size(), t.counts().stream().mapToLong(TimeCount::count).sum(), b.name());
      for (int i = 1; i < t.counts().size(); i++) {
        Instant prev = t.counts().get(i - 1).time(), next = t.counts().get(i).time();
        assertEquals(b.index(prev.toEpochMilli()) + 1, b.index(next.toEpochMilli()), b.name());
        assertEquals(prev, b.start(b.index(prev.toEpochMilli())));
      }
      for (Instant x : times) {
        int slot = t.slot(x.toEpochMilli());
        assertTrue(!t.counts().get(slot).time().isAfter(x), b + " " + x);
        assertTrue(slot + 1 == t.counts().size() || t.counts().get(slot + 1).time().isAfter(x));
      }
    }
  }

  @Test
  void weeksStartOnMondayMonthsOnTheFirst() throws Exception {
    List<Instant> times = random(Instant.parse("2019-01-01T00:00:00Z"), 400L * 86_400_000, 2000, 2);
    for (TimeCount c : count(times, TimeBucket.WEEK).counts()) {
      assertEquals(DayOfWeek.MONDAY, c.time().atZone(ZoneOffset.UTC).getDayOfWeek());
      assertEquals(0, c.time().atZone(ZoneOffset.UTC).getHour());
    }
    for (TimeCount c : count(times, TimeBucket.MONTH).counts()) {
      assertEquals(1, c.time().atZone(ZoneOffset.UTC).getDayOfMonth());
    }
  }

  @Test
  void automaticBucketFollowsTheSpanAndTooManyBucketsWiden() throws Exception {
    Instant start = Instant.parse("2019-08-12T00:00:00Z");
    assertEquals(TimeBucket.HOUR, count(random(start, 6L * 86_400_000, 500, 3), null).bucket());
    assertEquals(TimeBucket.DAY, count(random(start, 300L * 86_400_000, 500, 4), null).bucket());
    assertEquals(TimeBucket.WEEK, count(random(start, 3000L * 86_400_000, 500, 5), null).bucket());
    // A year of hours is 8,760 buckets: days instead.
    Timeline wide = count(random(start, 365L * 86_400_000, 500, 6), TimeBucket.HOUR);
    assertEquals(TimeBucket.DAY, wide.bucket());
    assertTrue(wide.counts().size() <= TimeHistogram.MAX_BUCKETS);
    // One post before the epoch stretches days past the cap too: weeks, every post counted.
    List<Instant> stray = random(start, 10L * 86_400_000, 500, 7);
    stray.add(Instant.parse("1969-12-31T23:59:59Z"));
    Timeline weeks = count(stray, TimeBucket.DAY);
    assertEquals(TimeBucket.WEEK, weeks.bucket());
    assertEquals(501, weeks.counts().stream().mapToLong(TimeCount::count).sum());
  }

  @Test
  void noDatedPostsIsAnEmptyTimeline() throws Exception {
    Timeline t = count(List.of(), null);
    assertTrue(t.counts().isEmpty());
    assertEquals(3, t.total());
    assertEquals(3, t.undated());
  }
}
