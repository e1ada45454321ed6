package org.chorus.dupes;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Candidate pairs of exact-copy groups, from one walk over the LSH band terms of the index:
 * every term shared by two or more groups is a bucket. Cost: one step per term plus the postings
 * of shared terms, linear in the number of posts. A bucket of more than {@link #ALL_PAIRS_UP_TO}
 * groups (a slogan with hundreds of variants) pairs each group with its {@link #PIVOTS} largest
 * groups only, the ones leader clustering will pick as leaders, so no bucket is quadratic.
 */
final class CandidatePairs {
  static final int ALL_PAIRS_UP_TO = 32;
  static final int PIVOTS = 16;

  private CandidatePairs() {}

  static LongList find(IndexReader reader, PostColumns cols, ExactGroups groups)
      throws IOException {
    LongSet pairs = new LongSet();
    Terms terms = MultiTerms.getTerms(reader, Fingerprints.BAND);
    if (terms == null || cols.size() == 0) return pairs.toSortedList();
    // doc id -> group in one lookup: postings are the hot loop, and each lookup a cache miss
    int[] groupOfDoc = new int[reader.maxDoc()];
    Arrays.fill(groupOfDoc, -1);
    for (int i = 0; i < cols.size(); i++) groupOfDoc[cols.doc[i]] = groups.groupOf[i];
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    int[] bucket = new int[64];
    while (te.next() != null) {
      if (te.docFreq() < 2) continue;
      postings = te.postings(postings, PostingsEnum.NONE);
      int m = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        int g = groupOfDoc[d];
        if (g < 0) continue;
        if (m == bucket.length) bucket = Arrays.copyOf(bucket, m * 2);
        bucket[m++] = g;
      }
      if (m < 2) continue;
      Arrays.sort(bucket, 0, m);
      int u = 0;
      for (int k = 0; k < m; k++) if (k == 0 || bucket[k] != bucket[k - 1]) bucket[u++] = bucket[k];
      if (u < 2) continue;
      if (u <= ALL_PAIRS_UP_TO) {
        for (int a = 0; a < u; a++) {
          for (int b = a + 1; b < u; b++) pairs.add(LongList.pair(bucket[a], bucket[b]));
        }
      } else {
        for (int p : pivots(bucket, u, groups)) {
          for (int k = 0; k < u; k++) {
            int g = bucket[k];
            if (g != p) pairs.add(LongList.pair(Math.min(g, p), Math.max(g, p)));
          }
        }
      }
    }
    return pairs.toSortedList();
  }

  /** The {@link #PIVOTS} groups of the bucket with the most posts (ties: lowest group). */
  private static int[] pivots(int[] bucket, int u, ExactGroups groups) {
    long[] bySize = new long[u];
    for (int k = 0; k < u; k++) {
      bySize[k] = ((long) (Integer.MAX_VALUE - groups.size(bucket[k])) << 32) | bucket[k];
    }
    Arrays.sort(bySize);
    int[] out = new int[Math.min(PIVOTS, u)];
    for (int k = 0; k < out.length; k++) out[k] = (int) bySize[k];
    return out;
  }
}
