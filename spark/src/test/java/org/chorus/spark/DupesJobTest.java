package org.chorus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chorus.app.Copies;
import org.chorus.app.DatasetFiles;
import org.chorus.app.DupesRequest;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Investigation;
import org.chorus.app.Progress;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.search.PostFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark dupes finds the clusters chorus dupes finds in an index of the same posts. */
class DupesJobTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexCorpus() throws Exception {
    index = tmp.resolve("index");
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(LabelJobTest.CORPUS)), index,
        1, 64), Progress.NONE);
  }

  @Test
  void sameClustersAsChorusDupes() throws Exception {
    assertSameClusters(null, 3);
  }

  @Test
  void sameBurstsWithAWindow() throws Exception {
    assertSameClusters(Duration.ofMinutes(30), 2);
  }

  private static void assertSameClusters(Duration window, int slices) throws Exception {
    List<Cluster> expected;
    try (Investigation inv = Investigation.open(index)) {
      expected = inv.dupes(new DupesRequest(PostFilter.ALL, Copies.DEFAULT, window),
          Progress.NONE).clusters();
    }
    DuplicateFinder.Options options = DuplicateFinder.Options.defaults().withWindow(window);
    DupesJob.Result got = DupesJob.run(LocalSpark.get(),
        PostSource.of(List.of(LabelJobTest.CORPUS.toString()), slices), options);
    assertTrue(expected.size() >= 5, "the corpus has planted campaigns: " + expected.size());
    assertEquals(members(expected), members(got.clusters()));
    assertEquals(expected.stream().map(Cluster::representativeId).toList(),
        got.clusters().stream().map(Cluster::representativeId).toList(), "same order and leaders");
  }

  /** Each cluster as its sorted member ids. */
  static Set<String> members(List<Cluster> clusters) {
    Set<String> out = new TreeSet<>();
    for (Cluster c : clusters) {
      out.add(c.members().stream().map(Cluster.Member::postId).sorted()
          .collect(Collectors.joining(",")));
    }
    return out;
  }
}
