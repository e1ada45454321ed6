package org.chorus.dupes;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.chorus.fingerprint.Lsh;
import org.chorus.index.FingerprintFields;

/**
 * Candidate pairs of exact-copy groups from the LSH band keys kept in the index: within each
 * band, groups with the same key form a bucket. Exact copies share every key, so the keys are
 * read once per group (one pass over doc values), then each band is one linear radix sort of
 * (key, group): O(bands &middot; groups), linear in the number of posts. A bucket of
 * more than {@link #ALL_PAIRS_UP_TO} groups (a slogan with hundreds of variants) pairs each group
 * with its {@link #PIVOTS} largest groups only, the ones leader clustering will pick as leaders,
 * so no bucket is quadratic.
 */
final class CandidatePairs {
  static final int ALL_PAIRS_UP_TO = 32;
  static final int PIVOTS = 16;

  private CandidatePairs() {}

  static LongList find(IndexReader reader, PostColumns cols, ExactGroups groups)
      throws IOException {
    LongSet pairs = new LongSet();
    int n = groups.count();
    BinaryDocValues values = MultiDocValues.getBinaryValues(reader, FingerprintFields.BAND);
    if (values == null || n < 2) return pairs.toSortedList();
    BandKeys keys = BandKeys.read(values, cols, groups);
    int m = keys.groups.length;
    long[] sorted = new long[m];
    long[] scratch = new long[m];
    int[] bucket = new int[64];
    for (int[] band : keys.byBand) {
      for (int r = 0; r < m; r++) sorted[r] = ((long) band[r] << 32) | keys.groups[r];
      RadixSort.byKey(sorted, m, scratch);
      for (int from = 0; from < m; ) {
        int to = from + 1;
        while (to < m && (sorted[to] >>> 32) == (sorted[from] >>> 32)) to++;
        int u = to - from;
        if (u >= 2) {
          if (bucket.length < u) bucket = new int[Math.max(u, bucket.length * 2)];
          for (int k = 0; k < u; k++) bucket[k] = (int) sorted[from + k];
          addPairs(pairs::add, bucket, u, groups::size);
        }
        from = to;
      }
    }
    return pairs.toSortedList();
  }

  /**
   * The band keys of one representative per group, read in doc order as doc values require and
   * kept in that order: {@code byBand[band][r]} is the key of group {@code groups[r]}. Writing
   * them by group number instead scattered every post's 32 keys over 32 large arrays, a cache
   * miss each. Groups without a fingerprint (link-only posts) are left out and join no bucket.
   */
  private record BandKeys(int[] groups, int[][] byBand) {
    static BandKeys read(BinaryDocValues values, PostColumns cols, ExactGroups groups)
        throws IOException {
      int n = groups.count();
      long[] docAndGroup = new long[n];
      for (int g = 0; g < n; g++) {
        docAndGroup[g] = ((long) cols.doc[groups.representative(g)] << 32) | g;
      }
      RadixSort.sort(docAndGroup, n, new long[n]);
      int[] order = new int[n];
      int[][] byBand = new int[Lsh.BANDS][n];
      int m = 0;
      for (long dg : docAndGroup) {
        if (!values.advanceExact((int) (dg >>> 32))) continue;
        int[] k = FingerprintFields.decode(values.binaryValue());
        for (int band = 0; band < Lsh.BANDS; band++) byBand[band][m] = k[band];
        order[m++] = (int) dg;
      }
      return new BandKeys(Arrays.copyOf(order, m), byBand);
    }
  }

  static void addPairs(LongConsumer pairs, int[] bucket, int u, IntUnaryOperator sizeOf) {
    if (u <= ALL_PAIRS_UP_TO) {
      for (int a = 0; a < u; a++) {
        for (int b = a + 1; b < u; b++) {
          int g = bucket[a], h = bucket[b];
          pairs.accept(LongList.pair(Math.min(g, h), Math.max(g, h)));
        }
      }
      return;
    }
    for (int p : pivots(bucket, u, sizeOf)) {
      for (int k = 0; k < u; k++) {
        int g = bucket[k];
        if (g != p) pairs.accept(LongList.pair(Math.min(g, p), Math.max(g, p)));
      }
    }
  }

  /** The {@link #PIVOTS} groups of the bucket with the most posts (ties: lowest group). */
  private static int[] pivots(int[] bucket, int u, IntUnaryOperator sizeOf) {
    long[] bySize = new long[u];
    for (int k = 0; k < u; k++) {
      bySize[k] = ((long) (Integer.MAX_VALUE - sizeOf.applyAsInt(bucket[k])) << 32) | bucket[k];
    }
    Arrays.sort(bySize);
    int[] out = new int[Math.min(PIVOTS, u)];
    for (int k = 0; k < out.length; k++) out[k] = (int) bySize[k];
    return out;
  }
}
