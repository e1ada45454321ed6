package org.chorus.dupes;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.chorus.fingerprint.SortedSets;
import org.chorus.fingerprint.StopShingles;
import org.chorus.index.FingerprintFields;

/**
 * Shingle sets of the groups that take part in some candidate pair, read once from doc values
 * in doc-id order, then laid out in group order in one int pool (4 bytes per shingle), so
 * verifying a pair is a merge of two short sorted runs. Group order matters: pairs come sorted
 * by their first group, so its run is read in sequence, and the second group's bounds are
 * adjacent ints, one cache miss instead of two.
 */
final class ShingleStore {
  /** Group g's shingles are {@code pool[start[g] .. start[g + 1])}. */
  final int[] start;
  final int[] pool;
  /** Keeps the JIT from dropping {@link #verify}'s early reads as unused. */
  @SuppressWarnings("unused")
  private int fetchedSum;

  private ShingleStore(int[] start, int[] pool) {
    this.start = start;
    this.pool = pool;
  }

  /** A store of the given sorted shingle sets, group g being {@code sets[g]}. */
  static ShingleStore of(int[]... sets) {
    int[] start = new int[sets.length + 1];
    for (int g = 0; g < sets.length; g++) start[g + 1] = start[g] + sets[g].length;
    int[] pool = new int[start[sets.length]];
    for (int g = 0; g < sets.length; g++) {
      System.arraycopy(sets[g], 0, pool, start[g], sets[g].length);
    }
    return new ShingleStore(start, pool);
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
    RadixSort.sort(docAndGroup, count, new long[count]);
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
        values = DocValues.getBinary(leaf.reader(), FingerprintFields.SHINGLES);
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
    int[] start = new int[groups.count() + 1];
    for (int g = 0; g < groups.count(); g++) start[g + 1] = start[g] + length[g];
    int[] inGroupOrder = new int[start[groups.count()]];
    for (int g = 0; g < groups.count(); g++) {
      System.arraycopy(pool, offset[g], inGroupOrder, start[g], length[g]);
    }
    return new ShingleStore(start, inGroupOrder);
  }

  /**
   * The candidate pairs at or above a threshold, and their similarities: {@code similarity[k]}
   * is that of {@code pairs.get(k)}; the array may be longer than {@code pairs.size()}.
   */
  record Similar(LongList pairs, float[] similarity) {}

  /** Pairs verified per batch; see {@link #verify}. */
  private static final int BATCH = 32;

  /**
   * The candidate pairs (g &lt; h, packed by {@link LongList#pair}, sorted) whose similarity is
   * at least {@code threshold}, in order. Sorted by g, the pairs read the second group's run at
   * random. Merging pair after pair, the CPU waits for each of those misses in turn (a merge
   * ends on a branch it cannot predict, and the next pair's reads wait behind it); reading the
   * bounds and first shingle of a whole batch before merging any lets it fetch them together:
   * verifying the IRA index's pairs takes 0.42 s instead of 1.0.
   */
  Similar verify(LongList candidates, double threshold) {
    LongList pairs = new LongList();
    float[] similarity = new float[Math.max(16, candidates.size() / 8)];
    int fetched = 0;
    for (int from = 0; from < candidates.size(); from += BATCH) {
      int to = Math.min(candidates.size(), from + BATCH);
      for (int k = from; k < to; k++) fetched += start[LongList.second(candidates.get(k))];
      for (int k = from; k < to; k++) {
        int s = start[LongList.second(candidates.get(k))];
        if (s < pool.length) fetched += pool[s];
      }
      for (int k = from; k < to; k++) {
        long p = candidates.get(k);
        double sim = similarityAtLeast(LongList.first(p), LongList.second(p), threshold);
        if (sim >= threshold) {
          if (pairs.size() == similarity.length) {
            similarity = Arrays.copyOf(similarity, similarity.length * 2);
          }
          similarity[pairs.size()] = (float) sim;
          pairs.add(p);
        }
      }
    }
    fetchedSum = fetched;
    return new Similar(pairs, similarity);
  }

  /** The same sets without stop words' shingles ({@link StopShingles}), for containment. */
  ShingleStore withoutStopShingles() {
    int groups = start.length - 1;
    int[] s = new int[groups + 1];
    int[] p = new int[pool.length];
    int n = 0;
    for (int g = 0; g < groups; g++) {
      s[g] = n;
      for (int i = start[g]; i < start[g + 1]; i++) {
        if (!StopShingles.contains(pool[i])) p[n++] = pool[i];
      }
    }
    s[groups] = n;
    return new ShingleStore(s, Arrays.copyOf(p, n));
  }

  int size(int g) {
    return start[g + 1] - start[g];
  }

  /** Exact Jaccard similarity of two groups' shingle sets. */
  double similarity(int g, int h) {
    return similarityAtLeast(g, h, 0); // no pair is below 0: nothing cut short
  }

  /**
   * The Jaccard similarity of two groups if it is at least {@code threshold}, else a value below
   * it. Most candidate pairs fail, so the merge stops as soon as the shingles left cannot reach
   * the {@code common >= threshold * (|a| + |b|) / (1 + threshold)} that the threshold needs,
   * and a pair whose sizes alone rule it out is not merged at all.
   */
  double similarityAtLeast(int g, int h, double threshold) {
    int i = start[g], iEnd = start[g + 1];
    int j = start[h], jEnd = start[h + 1];
    int la = iEnd - i, lb = jEnd - j;
    if (la == 0 && lb == 0) return 1.0;
    // Divided, not multiplied: rounds like the Jaccard below, so no pair at the threshold is lost.
    if (Math.min(la, lb) / (double) Math.max(la, lb) < threshold) return 0;
    int needed = (int) Math.ceil(threshold * (la + lb) / (1 + threshold) - 1e-9);
    int common = SortedSets.sharedAtLeast(pool, i, iEnd, j, jEnd, needed);
    if (common < needed) return 0;
    return common / (double) (la + lb - common);
  }
}
