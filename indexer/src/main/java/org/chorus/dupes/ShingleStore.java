package org.chorus.dupes;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Shingle sets of the groups that take part in some candidate pair, read once from doc values
 * in doc-id order into one int pool (4 bytes per shingle), so verifying a pair is a merge of two
 * short sorted runs.
 */
final class ShingleStore {
  private final int[] offset;
  private final int[] length;
  private final int[] pool;

  private ShingleStore(int[] offset, int[] length, int[] pool) {
    this.offset = offset;
    this.length = length;
    this.pool = pool;
  }

  static ShingleStore load(IndexReader reader, PostColumns cols, ExactGroups groups, LongList pairs)
      throws IOException {
    boolean[] needed = new boolean[groups.count()];
    for (int k = 0; k < pairs.size(); k++) {
      needed[LongList.first(pairs.get(k))] = true;
      needed[LongList.second(pairs.get(k))] = true;
    }
    return load(reader, cols, groups, needed);
  }

  /** Shingle sets of the groups marked {@code needed}. */
  static ShingleStore load(IndexReader reader, PostColumns cols, ExactGroups groups,
      boolean[] needed) throws IOException {
    int count = 0;
    long total = 0;
    for (int g = 0; g < needed.length; g++) {
      if (needed[g]) {
        count++;
        total += cols.words[groups.representative(g)];
      }
    }
    long[] docAndGroup = new long[count];
    int c = 0;
    for (int g = 0; g < needed.length; g++) {
      if (needed[g]) docAndGroup[c++] = ((long) cols.doc[groups.representative(g)] << 32) | g;
    }
    Arrays.sort(docAndGroup);
    int[] offset = new int[groups.count()];
    int[] length = new int[groups.count()];
    int[] pool = new int[(int) Math.min(Integer.MAX_VALUE - 8, total + 16)];
    int used = 0;
    int leafIndex = -1;
    BinaryDocValues values = null;
    LeafReaderContext leaf = null;
    for (long dg : docAndGroup) {
      int doc = (int) (dg >>> 32);
      int g = (int) dg;
      int li = ReaderUtil.subIndex(doc, reader.leaves());
      if (li != leafIndex) {
        leafIndex = li;
        leaf = reader.leaves().get(li);
        values = DocValues.getBinary(leaf.reader(), Fingerprints.SHINGLES);
      }
      if (!values.advanceExact(doc - leaf.docBase)) continue;
      BytesRef b = values.binaryValue();
      int len = b.length / 4;
      if (used + len > pool.length) pool = Arrays.copyOf(pool, Math.max(used + len, pool.length * 2));
      for (int i = 0, o = b.offset; i < len; i++, o += 4) {
        pool[used + i] = (b.bytes[o] & 0xFF) << 24 | (b.bytes[o + 1] & 0xFF) << 16
            | (b.bytes[o + 2] & 0xFF) << 8 | (b.bytes[o + 3] & 0xFF);
      }
      offset[g] = used;
      length[g] = len;
      used += len;
    }
    return new ShingleStore(offset, length, pool);
  }

  /** Exact Jaccard similarity of two groups' shingle sets. */
  double similarity(int g, int h) {
    int i = offset[g], iEnd = i + length[g];
    int j = offset[h], jEnd = j + length[h];
    if (iEnd == i && jEnd == j) return 1.0;
    int common = 0;
    while (i < iEnd && j < jEnd) {
      int a = pool[i], b = pool[j];
      if (a == b) {
        common++;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (length[g] + length[h] - common);
  }
}
