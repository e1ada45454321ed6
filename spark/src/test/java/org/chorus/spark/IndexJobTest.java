package org.chorus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Investigation;
import org.chorus.app.Progress;
import org.chorus.search.Hit;
import org.chorus.search.PostFilter;
import org.chorus.search.QueryLimits;
import org.chorus.search.SearchRequest;
import org.chorus.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards built by Spark, opened together or merged, answer as one index of the same posts. */
class IndexJobTest {
  @TempDir static Path tmp;
  static Path one;
  static List<Path> shards;

  @BeforeAll
  static void build() throws Exception {
    one = tmp.resolve("one");
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(LabelJobTest.CORPUS)), one, 1,
        64), Progress.NONE);
    IndexJob.Result r = IndexJob.run(LocalSpark.get(),
        PostSource.of(List.of(LabelJobTest.CORPUS.toString()), 3), tmp.resolve("shards"));
    shards = r.shards().stream().map(Path::of).toList();
    assertEquals(3, shards.size());
  }

  @Test
  void searchOverShardsGivesTheHitsOfOneIndex() throws Exception {
    try (Investigation single = Investigation.open(one);
        Investigation multi = Investigation.open(shards, QueryLimits.DEFAULT)) {
      for (String q : List.of("police", "hongkong AND police", "\u66b4\u5f92", "-lang:zh")) {
        assertSameHits(single, multi, q);
      }
      assertEquals(single.stats().posts(), multi.stats().posts());
    }
  }

  @Test
  void mergedShardsHoldEveryPostOnce() throws Exception {
    Path merged = tmp.resolve("merged");
    int posts = Indexing.merge(merged, shards);
    try (Investigation single = Investigation.open(one);
        Investigation m = Investigation.open(merged)) {
      assertEquals(single.stats().posts(), posts);
      assertSameHits(single, m, "police");
    }
  }

  private static void assertSameHits(Investigation a, Investigation b, String q)
      throws Exception {
    SearchRequest r = new SearchRequest(PostFilter.builder().query(q).build(),
        SearchRequest.Order.RELEVANCE, 1, SearchRequest.MAX_DEPTH, false);
    SearchResult x = a.search(r).result(), y = b.search(r).result();
    assertTrue(x.total() > 0, q);
    assertEquals(x.total(), y.total(), q);
    // Every hit (the corpus is below MAX_DEPTH): same posts with the same scores (collection statistics over all shards); equal scores
    // may come in another order, as doc ids differ.
    assertEquals(scored(x.hits()), scored(y.hits()), q);
  }

  private static java.util.Set<String> scored(List<Hit> hits) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Hit h : hits) out.add(h.id() + "@" + h.score());
    return out;
  }
}
