package org.chorus.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One keyword field's values numbered across the whole index: each segment numbers its own
 * values, and the map says which index-wide number each one is, so counts from every segment
 * land in one array. Built once per field (a few hundred milliseconds on the IRA index) and
 * kept while the index is open; immutable, so searches share it.
 */
final class GlobalOrdinals {
  final String field;
  private final List<LeafReaderContext> leaves;
  /** Null when the index has one segment: its numbers are already index-wide. */
  private final OrdinalMap map;
  private final int valueCount;

  private GlobalOrdinals(String field, List<LeafReaderContext> leaves, OrdinalMap map,
      long valueCount) {
    this.field = field;
    this.leaves = leaves;
    this.map = map;
    this.valueCount = Math.toIntExact(valueCount);
  }

  static GlobalOrdinals build(IndexReader reader, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
    }
    if (values.length == 1) return new GlobalOrdinals(field, leaves, null, values[0].getValueCount());
    OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
    return new GlobalOrdinals(field, leaves, map, map.getValueCount());
  }

  int valueCount() {
    return valueCount;
  }

  /** Segment {@code leafOrd}'s value numbers to index-wide ones. */
  LongValues toGlobal(int leafOrd) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafOrd);
  }

  /** The value an index-wide number stands for. */
  String value(int global) throws IOException {
    int segment = map == null ? 0 : map.getFirstSegmentNumber(global);
    long ord = map == null ? global : map.getFirstSegmentOrd(global);
    return DocValues.getSortedSet(leaves.get(segment).reader(), field).lookupOrd(ord)
        .utf8ToString();
  }
}
