package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.chorus.index.PostIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job, {@code chorus demo}, on the bundled corpus, end to end. */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void indexesTheBundledCorpusAndRunsEveryStep() throws Exception {
    Path corpus = Path.of("..").resolve(DemoCommand.CORPUS);
    long posts;
    try (var lines = Files.lines(corpus)) {
      posts = lines.filter(l -> !l.isBlank()).count();
    }
    Path index = tmp.resolve("demo-index");

    IndexSearchCommandsTest.Run run = IndexSearchCommandsTest.run("demo", "--index", index.toString());

    assertEquals(ExitCode.OK, run.code(), run.err());
    for (String step : new String[] {"$ chorus index", "$ chorus stats", "$ chorus search",
        "$ chorus dupes", "$ chorus label"}) {
      assertTrue(run.out().contains(step), "missing step " + step);
    }
    try (PostIndex opened = PostIndex.open(index)) {
      assertEquals(posts, opened.size());
      int[] labelled = {0};
      opened.forEach(new MatchAllDocsQuery(), p -> {
        if (!p.narratives().isEmpty()) labelled[0]++;
      });
      // The shipped model labels most posts of the corpus it was trained on.
      assertTrue(labelled[0] > posts / 2, labelled[0] + " of " + posts + " labelled");
    }
  }
}
