package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.IndexSummary;
import org.chorus.index.PostIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus index}: datasets into a Lucene index. Safe to interrupt: Ctrl-C commits what is
 * done, kill -9 leaves the last commit, and the same command again completes the index.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index datasets for search. Posts with an id already in the index replace it."
        + " Bad records go to DIR.rejects.jsonl. Interrupted? Run the same command again.")
public final class IndexCommand implements Callable<Integer> {

  @Mixin
  private InputOptions input;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Option(names = "--threads", paramLabel = "N",
      description = "Indexing threads (default: one per core).")
  private int threads;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB", defaultValue = "256",
      description = "Memory for buffering documents before they are written (default: ${DEFAULT-VALUE}).")
  private double ramBufferMb;

  @Option(names = "--json", description = "Print the summary as JSON Lines.")
  private boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws IOException {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    if (ramBufferMb < 16 || ramBufferMb > 2048) {
      throw new UsageException("--ram-buffer-mb must be between 16 and 2048");
    }
    Datasets.requireFiles(input.inputs());
    RejectsFile rejects = input.rejects(RejectsFile.beside(index));
    // Ctrl-C: stop reading, commit what is indexed, print the summary, then let the JVM exit.
    CountDownLatch reported = new CountDownLatch(1);
    Thread hook = null;
    try {
      IndexSummary summary;
      try (rejects; ConsoleProgress progress = ConsoleProgress.start("index", -1, quiet)) {
        PostIndexer indexer = PostIndexer.create(index,
                (file, r) -> Datasets.open(file, input.format(), input.columns(), r), rejects,
                PostIndexer.Options.defaults().withThreads(n).withRamBufferMb(ramBufferMb))
            .progress(progress::advance);
        hook = new Thread(() -> {
          indexer.stop();
          awaitQuietly(reported);
        }, "chorus-index-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        summary = indexer.run(input.inputs());
      }
      print(System.out, summary, rejects);
      System.out.flush();
      return summary.finished() ? ExitCode.OK : ExitCode.FAILURE;
    } finally {
      reported.countDown();
      if (hook != null) removeQuietly(hook);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException exiting) {
      // the JVM is already shutting down: the hook is running and finds the latch open
    }
  }


  private void print(PrintStream out, IndexSummary s, RejectsFile rejects) {
    String rejectsPath = rejects.written() ? rejects.path().toString() : null;
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "summary");
      m.put("read", s.read());
      m.put("indexed", s.indexed());
      m.put("rejected", s.rejected());
      m.put("skipped", s.skipped());
      m.put("updated", s.updated());
      m.put("posts_in_index", s.postsInIndex());
      m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
      m.put("posts_per_second", Math.round(s.postsPerSecond()));
      m.put("finished", s.finished());
      m.put("rejects_file", rejectsPath);
      m.put("index", index.toString());
      m.put("notes", s.notes());
      JsonLines.print(out, m);
      return;
    }
    Table t = new Table("summary", "value").alignRight(1).maxWidth(120);
    t.row("read", count(s.read()));
    t.row("indexed", count(s.indexed()));
    t.row("rejected", count(s.rejected()));
    if (s.skipped() > 0) t.row("skipped (already indexed)", count(s.skipped()));
    t.row("updated (replaced same id)", count(s.updated()));
    t.row("posts in index", count(s.postsInIndex()));
    t.row("posts/s", count(Math.round(s.postsPerSecond())));
    t.row("elapsed", String.format(Locale.ROOT, "%.1f s", s.seconds()));
    t.row("rejects file", rejectsPath == null ? "-" : rejectsPath);
    t.row("index", index);
    t.print(out);
    for (String note : s.notes()) out.println("note: " + note);
    if (!s.finished()) {
      out.println("interrupted: the index is committed up to here; run the same command again"
          + " to complete it");
    }
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
