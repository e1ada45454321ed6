package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real indexing JVM part-way, then checks the index is usable and a rerun completes it. */
class InterruptionTest {
  private static final int POSTS = 30_000;
  @TempDir Path tmp;

  @Test
  void killDashNineLeavesTheLastCommitAndARerunCompletesIt() throws Exception {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(POSTS));
    Path dir = tmp.resolve("idx");
    Process child = startChild(dir, input);
    Checkpoint seen = awaitCommit(dir, child);
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    long inIndex;
    try (PostIndex index = PostIndex.open(dir)) {
      inIndex = index.size();
      Checkpoint last = checkpoint(dir);
      assertFalse(last.complete());
      assertTrue(last.done() >= seen.done());
      assertTrue(inIndex >= last.done(), inIndex + " posts but checkpoint says " + last.done());
      assertTrue(inIndex < POSTS, "the child should have been killed before the end");
    }
    rerunAndCheck(dir, input);
  }

  @Test
  void sigtermRunsTheShutdownHookWhichCommitsWhatWasIndexed() throws Exception {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(POSTS));
    Path dir = tmp.resolve("idx");
    Process child = startChild(dir, input);
    awaitCommit(dir, child);
    child.destroy(); // SIGTERM, like Ctrl-C: shutdown hooks run
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    try (PostIndex index = PostIndex.open(dir)) {
      Checkpoint last = checkpoint(dir);
      assertFalse(last.complete());
      // A graceful stop drains the queue, so the checkpoint covers exactly what is in the index.
      assertEquals(last.done(), index.size());
      assertTrue(index.size() < POSTS);
    }
    rerunAndCheck(dir, input);
  }

  private void rerunAndCheck(Path dir, Path input) throws IOException {
    long before = checkpoint(dir).done();
    IndexSummary s = PostIndexer.create(dir, JsonlReader::new, r -> {},
        PostIndexer.Options.defaults().withThreads(2)).run(List.of(input));
    assertEquals(before, s.skipped(), "the rerun resumes after the checkpoint");
    assertEquals(POSTS - before, s.indexed());
    try (PostIndex index = PostIndex.open(dir)) {
      assertEquals(POSTS, index.size());
      Set<String> ids = new HashSet<>();
      index.forEach(p -> assertTrue(ids.add(p.post().id()), "duplicate " + p.post().id()));
      assertEquals(POSTS, ids.size());
    }
    assertTrue(checkpoint(dir).complete());
  }

  private static Process startChild(Path dir, Path input) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(java, "-Xmx256m", "-cp", cp, ChildIndexer.class.getName(),
            dir.toString(), input.toString())
        .redirectErrorStream(true)
        .redirectOutput(new File(dir + ".log"))
        .start();
  }

  /** Waits until the child has committed part of the input (a checkpoint with some posts). */
  private static Checkpoint awaitCommit(Path dir, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertTrue(child.isAlive(), "the child ended before it could be interrupted");
      Checkpoint c = dir.toFile().exists() ? checkpoint(dir) : null;
      if (c != null && c.done() > 0) return c;
      Thread.sleep(50);
    }
    throw new AssertionError("no commit within 60 s");
  }

  private static Checkpoint checkpoint(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) return null;
      try (DirectoryReader r = DirectoryReader.open(d)) {
        Checkpoint c = Checkpoint.from(r.getIndexCommit().getUserData().entrySet());
        assertNotNull(c);
        return c;
      }
    }
  }
}
