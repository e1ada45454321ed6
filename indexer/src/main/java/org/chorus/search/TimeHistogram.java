package org.chorus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.chorus.index.Schema;

/**
 * Posts per time bucket. One pass counts per UTC day in a flat array (no boxing for millions of
 * posts) and finds the first and last time exactly; the bucket is chosen from that span, days
 * are summed into weeks, months or years, and only hours need a second pass.
 */
public final class TimeHistogram {
  /** Most buckets a timeline has: past it, the next wider bucket is used. */
  public static final int MAX_BUCKETS = 5_000;
  /** Automatic choice: hours for a span up to a week, days up to two years, weeks past that. */
  private static final long HOURS_UP_TO = 7 * TimeBucket.DAY_MILLIS;
  private static final long DAYS_UP_TO = 731 * TimeBucket.DAY_MILLIS;

  private TimeHistogram() {}

  /** Times to count; read once, or twice for hours, giving the same times each pass. */
  @FunctionalInterface
  public interface Times {
    void forEach(LongConsumer millis) throws IOException;
  }

  /**
   * @param wanted the bucket, or null to choose one from the span of the times
   * @param total the posts counted, dated or not
   */
  public static Timeline count(Times times, TimeBucket wanted, long total) throws IOException {
    Days days = new Days();
    times.forEach(days::add);
    if (days.dated == 0) return Timeline.empty(wanted == null ? TimeBucket.DAY : wanted, total);
    TimeBucket bucket = wanted != null ? wanted : auto(days.max - days.min);
    while (bucket != TimeBucket.YEAR
        && bucket.index(days.max) - bucket.index(days.min) >= MAX_BUCKETS) {
      bucket = bucket.coarser();
    }
    TimeBucket b = bucket;
    long first = b.index(days.min);
    long[] counts = new long[Math.toIntExact(b.index(days.max) - first + 1)];
    if (b == TimeBucket.HOUR) {
      times.forEach(t -> counts[(int) (b.index(t) - first)]++);
    } else {
      days.forEach((day, n) -> counts[(int) (b.ofDay(day) - first)] += n);
    }
    List<TimeCount> out = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) out.add(new TimeCount(b.start(first + i), counts[i]));
    return new Timeline(b, total, total - days.dated, out);
  }

  private static TimeBucket auto(long span) {
    if (span <= HOURS_UP_TO) return TimeBucket.HOUR;
    return span <= DAYS_UP_TO ? TimeBucket.DAY : TimeBucket.WEEK;
  }

  static Timeline count(FacetsCollector hits, TimeBucket wanted) throws IOException {
    return count(times(hits), wanted, total(hits));
  }

  static long total(FacetsCollector hits) {
    return hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
  }

  /**
   * Each of {@code values} of a keyword field, its matching posts per bucket of {@code totals},
   * in one pass over the time and field values of the matches.
   */
  static Map<String, List<TimeCount>> series(FacetsCollector hits, String field, Timeline totals,
      List<String> values) throws IOException {
    long[][] counts = new long[values.size()][totals.counts().size()];
    if (!totals.counts().isEmpty()) {
      TimeBucket bucket = totals.bucket();
      long first = totals.firstIndex();
      Map<String, Integer> position = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) position.put(values.get(i), i);
      for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
        if (m.totalHits == 0) continue;
        LeafReader leaf = m.context.reader();
        NumericDocValues time = leaf.getNumericDocValues(Schema.TIME);
        if (time == null || leaf.getFieldInfos().fieldInfo(field) == null) continue;
        SortedSetDocValues ords = DocValues.getSortedSet(leaf, field);
        // Ordinals are per segment: map each to its value's place once, not per post.
        int[] valueOf = new int[Math.toIntExact(ords.getValueCount())];
        for (int o = 0; o < valueOf.length; o++) {
          valueOf[o] = position.getOrDefault(ords.lookupOrd(o).utf8ToString(), -1);
        }
        DocIdSetIterator it = m.bits.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (!time.advanceExact(doc) || time.longValue() == Schema.NO_TIME
              || !ords.advanceExact(doc)) {
            continue;
          }
          int at = (int) (bucket.index(time.longValue()) - first);
          for (int k = ords.docValueCount(); k > 0; k--) {
            int v = valueOf[(int) ords.nextOrd()];
            if (v >= 0) counts[v][at]++;
          }
        }
      }
    }
    Map<String, List<TimeCount>> out = new LinkedHashMap<>();
    for (int v = 0; v < values.size(); v++) {
      List<TimeCount> row = new ArrayList<>(counts[v].length);
      for (int i = 0; i < counts[v].length; i++) {
        row.add(new TimeCount(totals.counts().get(i).time(), counts[v][i]));
      }
      out.put(values.get(v), row);
    }
    return out;
  }

  /** The time of each matching post. */
  static Times times(FacetsCollector hits) {
    return each -> {
      for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
        if (m.totalHits == 0) continue;
        NumericDocValues time = m.context.reader().getNumericDocValues(Schema.TIME);
        if (time == null) continue;
        DocIdSetIterator it = m.bits.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (time.advanceExact(doc) && time.longValue() != Schema.NO_TIME) {
            each.accept(time.longValue());
          }
        }
      }
    };
  }

  /** Counts per epoch day, and the exact first and last time. */
  private static final class Days {
    private final DayCounts counts = new DayCounts();
    long dated;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;

    void add(long millis) {
      dated++;
      if (millis < min) min = millis;
      if (millis > max) max = millis;
      counts.add(Math.floorDiv(millis, TimeBucket.DAY_MILLIS), 1);
    }

    void forEach(DayCounts.DayConsumer c) {
      counts.forEach(c);
    }
  }
}
