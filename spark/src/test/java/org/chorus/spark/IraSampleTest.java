package org.chorus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chorus.app.Copies;
import org.chorus.app.DatasetFiles;
import org.chorus.app.DupesRequest;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Investigation;
import org.chorus.app.LabelRequest;
import org.chorus.app.Narratives;
import org.chorus.app.Progress;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.corpus.PostReader;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.search.PostFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real posts: the first posts of the IRA release (20,000 in the suite, to keep it fast;
 * {@code -Dchorus.ira.sample=200000} for the 200k check, which scripts/bench-spark.sh
 * runs; skipped when {@code /work/shared/data/ira/ira-tweets.dev.csv.gz}, or
 * {@code -Dchorus.ira=FILE}, is absent), Spark finds the clusters and gives the labels and
 * scores one machine gives.
 */
class IraSampleTest {
  static final Path IRA = Path.of(System.getProperty("chorus.ira",
      "/work/shared/data/ira/ira-tweets.dev.csv.gz"));
  static final int SAMPLE = Integer.getInteger("chorus.ira.sample", 20_000);

  @TempDir static Path tmp;
  static Path sample;

  @BeforeAll
  static void firstPosts() throws Exception {
    assumeTrue(Files.isReadable(IRA), "IRA release absent: " + IRA);
    // The first SAMPLE posts as read by Chorus (bad rows skipped), written once as Chorus JSON
    // Lines, which both sides then read.
    sample = tmp.resolve("ira-sample.jsonl");
    int n = 0;
    try (PostReader in = Datasets.open(IRA, Format.AUTO, null, r -> {});
        BufferedWriter out = Files.newBufferedWriter(sample)) {
      for (Post p = in.next(); p != null && n < SAMPLE; p = in.next(), n++) {
        out.write(PostJson.write(p));
        out.newLine();
      }
    }
    assertEquals(SAMPLE, n, "the release has enough posts");
  }

  @Test
  void sameClustersAsChorusDupes() throws Exception {
    Path index = tmp.resolve("index");
    // One indexing thread: doc ids follow the input, and chorus dupes breaks ties in time
    // (IRA times are to the minute) by doc id, Spark by input order.
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(sample)), index, 1, 64),
        Progress.NONE);
    List<Cluster> expected;
    try (Investigation inv = Investigation.open(index)) {
      expected = inv.dupes(new DupesRequest(PostFilter.ALL, Copies.DEFAULT, null),
          Progress.NONE).clusters();
    }
    DupesJob.Result got = DupesJob.run(LocalSpark.get(),
        PostSource.of(List.of(sample.toString()), 2), DuplicateFinder.Options.defaults());
    // 44 clusters in the first 20,000 posts.
    assertTrue(expected.size() > SAMPLE / 1000,
        "IRA accounts copy each other: " + expected.size());
    assertEquals(DupesJobTest.members(expected), DupesJobTest.members(got.clusters()));
    assertEquals(expected.stream().map(Cluster::representativeId).toList(),
        got.clusters().stream().map(Cluster::representativeId).toList(), "same order and leaders");
  }

  @Test
  void sameLabelsAndScoresAsChorusLabel() throws Exception {
    Path one = tmp.resolve("one.jsonl");
    Narratives.label(new LabelRequest(LabelJobTest.MODEL, DatasetFiles.of(List.of(sample)), one,
        2), Progress.NONE);
    Path out = tmp.resolve("spark-labels");
    long n = LabelJob.run(LocalSpark.get(), PostSource.of(List.of(sample.toString()), 2),
        LabelJobTest.MODEL, out.toString(), false).posts();
    List<String> got = new ArrayList<>();
    try (var parts = Files.list(out)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        got.addAll(Files.readAllLines(p));
      }
    }
    List<String> want = new ArrayList<>(Files.readAllLines(one));
    assertEquals(SAMPLE, want.size());
    assertEquals(want.size(), n);
    // Line for line (id, labels, scores as written): ids may repeat in a release, so as sorted
    // lists rather than maps.
    want.sort(null);
    got.sort(null);
    assertEquals(want, got);
  }
}
