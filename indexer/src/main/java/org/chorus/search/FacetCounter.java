package org.chorus.search;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.chorus.index.Schema;

/**
 * Facet counts from the doc values of the matching posts: the top values of the keyword facets
 * (global ordinals built once per field and kept), and posts per UTC day from the time values
 * ({@link TimeHistogram}).
 */
final class FacetCounter {
  static final int TOP = 10;

  private final IndexReader reader;
  private final FieldInfos fields;
  private final Map<String, StringDocValuesReaderState> states = new ConcurrentHashMap<>();

  FacetCounter(IndexReader reader) {
    this.reader = reader;
    this.fields = FieldInfos.getMergedFieldInfos(reader);
  }

  Facets count(FacetsCollector hits) throws IOException {
    return new Facets(top(Schema.ACCOUNT, hits), top(Schema.HASHTAG, hits),
        top(Schema.LANG, hits), top(Schema.LABEL, hits), top(Schema.NARRATIVE, hits),
        perDay(hits));
  }

  /** The {@code TOP} most frequent values of a keyword facet among the hits. */
  List<Count> top(String field, FacetsCollector hits) throws IOException {
    return counts(field, hits, false);
  }

  /** Every value of a keyword facet among the hits, most frequent first. */
  List<Count> all(String field, FacetsCollector hits) throws IOException {
    return counts(field, hits, true);
  }

  /** How many distinct values of a keyword facet the hits have. */
  long distinct(String field, FacetsCollector hits) throws IOException {
    if (!hasStringValues(field)) return 0;
    FacetResult r = new StringValueFacetCounts(state(field), hits).getTopChildren(1, field);
    return r == null ? 0 : r.childCount;
  }

  private StringDocValuesReaderState state(String field) {
    return states.computeIfAbsent(field, f -> {
      try {
        return new StringDocValuesReaderState(reader, f);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private List<Count> counts(String field, FacetsCollector hits, boolean all) throws IOException {
    if (!hasStringValues(field)) return List.of();
    StringValueFacetCounts counts = new StringValueFacetCounts(state(field), hits);
    FacetResult r = all ? counts.getAllChildren(field) : counts.getTopChildren(TOP, field);
    List<Count> out = new ArrayList<>();
    if (r == null) return out;
    for (LabelAndValue lv : r.labelValues) out.add(new Count(lv.label, lv.value.longValue()));
    if (all) out.sort((a, b) -> Long.compare(b.count(), a.count()));
    return out;
  }

  // One value a post (account, language) is SORTED, several (hashtags, labels) SORTED_SET.
  private boolean hasStringValues(String field) {
    FieldInfo info = fields.fieldInfo(field);
    return info != null && (info.getDocValuesType() == DocValuesType.SORTED_SET
        || info.getDocValuesType() == DocValuesType.SORTED);
  }

  /** Matching posts per UTC day, in day order. */
  List<DayCount> perDay(FacetsCollector hits) throws IOException {
    return TimeHistogram.perDay(hits);
  }

  /** The facets of the matching posts, their time span, and their hours of the week. */
  Activity activity(FacetsCollector hits, ZoneOffset offset) throws IOException {
    WeekHours.Tally tally = new WeekHours.Tally(offset);
    forEachTime(hits, tally::add);
    return new Activity(tally.posts(), tally.first(), tally.last(), count(hits), tally.result());
  }

  /** Hands each matching post's time (epoch milliseconds) to {@code visit}. */
  private static void forEachTime(FacetsCollector hits, LongConsumer visit) throws IOException {
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      if (m.totalHits == 0) continue;
      NumericDocValues time = m.context.reader().getNumericDocValues(Schema.TIME);
      if (time == null) continue;
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (time.advanceExact(doc)) visit.accept(time.longValue());
      }
    }
  }
}
