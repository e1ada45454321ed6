package org.chorus.search;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;
import org.chorus.index.Schema;

/**
 * Facet counts from the doc values of the matching posts: the top values of the keyword facets
 * and posts per UTC day. One pass over each segment's matches reads every facet field and the
 * time together (a pass per field cost six walks over two million matches for {@code *}), and
 * counts into arrays indexed by {@link GlobalOrdinals}, built once per field and kept. A segment
 * whose every post matched is counted once and its counts kept: the index is a fixed snapshot
 * while it is open, and the broadest searches are the ones that match whole segments.
 */
final class FacetCounter {
  static final int TOP = 10;
  /** The facets of {@link Facets}, in its order. */
  private static final String[] FIELDS = {Schema.ACCOUNT, Schema.HASHTAG, Schema.LANG,
      Schema.LABEL, Schema.NARRATIVE};

  private final IndexReader reader;
  private final FieldInfos fields;
  private final Map<String, GlobalOrdinals> ordinals = new ConcurrentHashMap<>();
  /** Counts of whole segments, by leaf number. */
  private final Map<Integer, Tally> wholeSegments = new ConcurrentHashMap<>();

  FacetCounter(IndexReader reader) {
    this.reader = reader;
    this.fields = FieldInfos.getMergedFieldInfos(reader);
  }

  Facets count(FacetsCollector hits) throws IOException {
    Tally tally = tally(hits, FIELDS);
    return new Facets(tally.top(0, TOP), tally.top(1, TOP), tally.top(2, TOP), tally.top(3, TOP),
        tally.top(4, TOP), tally.perDay());
  }

  /** The {@code TOP} most frequent values of a keyword facet among the hits. */
  List<Count> top(String field, FacetsCollector hits) throws IOException {
    return tally(hits, field).top(0, TOP);
  }

  /** Every value of a keyword facet among the hits, most frequent first. */
  List<Count> all(String field, FacetsCollector hits) throws IOException {
    return tally(hits, field).top(0, Integer.MAX_VALUE);
  }

  /** How many distinct values of a keyword facet the hits have. */
  long distinct(String field, FacetsCollector hits) throws IOException {
    return tally(hits, field).distinct(0);
  }

  /** The facets of the matching posts, their time span, and their hours of the week. */
  Activity activity(FacetsCollector hits, ZoneOffset offset) throws IOException {
    WeekHours.Tally tally = new WeekHours.Tally(offset);
    TimeHistogram.times(hits).forEach(tally::add);
    return new Activity(tally.posts(), tally.first(), tally.last(), count(hits), tally.result());
  }

  private Tally tally(FacetsCollector hits, String... names) throws IOException {
    GlobalOrdinals[] ords = new GlobalOrdinals[names.length];
    for (int i = 0; i < names.length; i++) ords[i] = ordinals(names[i]);
    Tally total = new Tally(ords);
    boolean standard = Arrays.equals(names, FIELDS);
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      if (m.totalHits == 0) continue;
      LeafReader leaf = m.context.reader();
      boolean whole = standard && leaf.getLiveDocs() == null && m.totalHits == leaf.maxDoc();
      if (whole) {
        total.add(wholeSegments.computeIfAbsent(m.context.ord, ord -> {
          try {
            Tally t = new Tally(ords);
            t.count(m.context, DocIdSetIterator.all(leaf.maxDoc()));
            return t;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
      } else {
        total.count(m.context, m.bits.iterator());
      }
    }
    return total;
  }

  /** The field's index-wide numbering, or null when it has no keyword doc values. */
  private GlobalOrdinals ordinals(String field) {
    if (!hasStringValues(field)) return null;
    return ordinals.computeIfAbsent(field, f -> {
      try {
        return GlobalOrdinals.build(reader, f);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  // One value a post (account, language) is SORTED, several (hashtags, labels) SORTED_SET.
  private boolean hasStringValues(String field) {
    FieldInfo info = fields.fieldInfo(field);
    return info != null && (info.getDocValuesType() == DocValuesType.SORTED_SET
        || info.getDocValuesType() == DocValuesType.SORTED);
  }

  /** Counts per value of some keyword fields, and per day, over some posts. */
  private static final class Tally {
    private final GlobalOrdinals[] ords;
    private final int[][] counts;
    private final DayCounts days = new DayCounts();

    Tally(GlobalOrdinals[] ords) {
      this.ords = ords;
      this.counts = new int[ords.length][];
      for (int i = 0; i < ords.length; i++) {
        counts[i] = new int[ords[i] == null ? 0 : ords[i].valueCount()];
      }
    }

    /** Counts the posts {@code docs} walks in one segment: every field at each post. */
    void count(LeafReaderContext leaf, DocIdSetIterator docs) throws IOException {
      int n = ords.length;
      SortedDocValues[] single = new SortedDocValues[n];
      SortedSetDocValues[] multi = new SortedSetDocValues[n];
      LongValues[] global = new LongValues[n];
      for (int i = 0; i < n; i++) {
        if (ords[i] == null) continue;
        SortedSetDocValues values = leaf.reader().getSortedSetDocValues(ords[i].field);
        SortedDocValues one = values == null ? leaf.reader().getSortedDocValues(ords[i].field)
            : DocValues.unwrapSingleton(values);
        if (one != null) single[i] = one;
        else multi[i] = values;
        global[i] = ords[i].toGlobal(leaf.ord);
      }
      NumericDocValues time = leaf.reader().getNumericDocValues(Schema.TIME);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        for (int i = 0; i < n; i++) {
          if (single[i] != null) {
            if (single[i].advanceExact(doc)) counts[i][(int) global[i].get(single[i].ordValue())]++;
          } else if (multi[i] != null && multi[i].advanceExact(doc)) {
            for (int k = multi[i].docValueCount(); k > 0; k--) {
              counts[i][(int) global[i].get(multi[i].nextOrd())]++;
            }
          }
        }
        if (time != null && time.advanceExact(doc) && time.longValue() != Schema.NO_TIME) {
          days.add(Math.floorDiv(time.longValue(), TimeBucket.DAY_MILLIS), 1);
        }
      }
    }

    void add(Tally other) {
      for (int i = 0; i < counts.length; i++) {
        int[] mine = counts[i];
        int[] theirs = other.counts[i];
        for (int v = 0; v < mine.length; v++) mine[v] += theirs[v];
      }
      days.addAll(other.days);
    }

    long distinct(int field) {
      long n = 0;
      for (int c : counts[field]) if (c > 0) n++;
      return n;
    }

    /**
     * The {@code limit} most frequent values of a field, most frequent first; equal counts in
     * value order (as Lucene's facet counts break ties, so output stays as it was).
     */
    List<Count> top(int field, int limit) throws IOException {
      int[] c = counts[field];
      PriorityQueue<int[]> queue = new PriorityQueue<>((int) Math.min(limit, c.length + 1L)) {
        @Override
        protected boolean lessThan(int[] a, int[] b) {
          return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
        }
      };
      for (int v = 0; v < c.length; v++) {
        if (c[v] > 0) queue.insertWithOverflow(new int[] {v, c[v]});
      }
      Count[] out = new Count[queue.size()];
      for (int i = out.length - 1; i >= 0; i--) {
        int[] e = queue.pop();
        out[i] = new Count(ords[field].value(e[0]), e[1]);
      }
      return new ArrayList<>(List.of(out));
    }

    List<DayCount> perDay() {
      return days.toList();
    }
  }
}
