package org.chorus.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.SimilarFinder;
import org.chorus.index.PostDocuments;

/** Latency of {@code chorus similar} for texts drawn from the index, after 20 warm-up queries. */
final class SimilarLatency {
  private static final int WARMUP = 20;

  private SimilarLatency() {}

  record Result(int queries, double medianMs, double p90Ms, double meanHits) {}

  static Result measure(IndexReader reader, int queries, long seed) throws IOException {
    SimilarFinder finder = new SimilarFinder(new IndexSearcher(reader));
    StoredFields stored = reader.storedFields();
    Random rnd = new Random(seed);
    List<String> texts = new ArrayList<>();
    while (texts.size() < queries + WARMUP && reader.maxDoc() > 0) {
      texts.add(PostDocuments.toPost(stored.document(rnd.nextInt(reader.maxDoc()))).text());
    }
    double[] ms = new double[queries];
    long hits = 0;
    for (int i = 0; i < texts.size(); i++) {
      long t0 = System.nanoTime();
      int h = finder.similarTo(texts.get(i), DuplicateFinder.DEFAULT_THRESHOLD, 20).size();
      double t = (System.nanoTime() - t0) / 1e6;
      if (i >= WARMUP) {
        ms[i - WARMUP] = t;
        hits += h;
      }
    }
    return new Result(queries, Percentiles.median(ms), Percentiles.percentile(ms, 90),
        hits / (double) queries);
  }
}
