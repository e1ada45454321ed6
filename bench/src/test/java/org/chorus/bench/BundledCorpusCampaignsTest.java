package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.dupes.DuplicateFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every planted campaign of the bundled corpus is found: pair precision and recall >= 0.95. */
class BundledCorpusCampaignsTest {
  @TempDir Path dir;

  @Test
  void plantedCampaignsAreFoundAsClusters() throws Exception {
    Path corpus = Path.of("../corpus/hk2019");
    assumeTrue(Files.isRegularFile(corpus.resolve("posts.jsonl")), "bundled corpus absent");
    Map<String, Integer> truth = PlantedCampaigns.read(corpus.resolve("campaigns.jsonl"));
    try (DirectoryReader r = Samples.index(dir, Samples.read(corpus.resolve("posts.jsonl")))) {
      for (Duration window : new Duration[] {null, Duration.ofHours(1)}) {
        var o = DuplicateFinder.Options.defaults().withWindow(window);
        PlantedCampaigns.Result p = PlantedCampaigns.measure(r, truth, o);
        assertTrue(p.precision() >= 0.95, "precision " + p + " window " + window);
        assertTrue(p.recall() >= 0.95, "recall " + p + " window " + window);
        assertTrue(p.minShareInOneCluster() >= 0.9, p.toString()); // each campaign: one cluster
        System.out.println("bundled corpus, window " + window + ": " + p);
      }
    }
  }
}
