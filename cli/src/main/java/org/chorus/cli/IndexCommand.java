package org.chorus.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chorus.app.IndexRequest;
import org.chorus.app.IndexResult;
import org.chorus.app.Indexing;
import org.chorus.app.OutputPath;
import org.chorus.corpus.RejectsFile;
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

  @Mixin private ThreadsOption threads;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB", defaultValue = "256",
      description = "Memory for buffering documents before they are written (default: ${DEFAULT-VALUE}).")
  private double ramBufferMb;

  @Mixin private JsonOption json;
  @Mixin private QuietOption quiet;

  @Override
  public Integer call() throws IOException {
    OutputPath.folder("--index", index);
    int n = threads.count();
    if (ramBufferMb < 16 || ramBufferMb > 2048) {
      throw new UsageException("--ram-buffer-mb must be between 16 and 2048");
    }
    IndexRequest request = new IndexRequest(input.datasets(null, RejectsFile.beside(index)),
        index, n, ramBufferMb);
    Indexing indexing = new Indexing();
    // Ctrl-C: stop reading, commit what is indexed, print the summary, then let the JVM exit.
    CountDownLatch reported = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      indexing.stop();
      awaitQuietly(reported);
    }, "chorus-index-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      IndexResult result;
      try (ConsoleProgress progress = quiet.progress("index", -1)) {
        result = indexing.index(request, progress);
      }
      print(System.out, result);
      System.out.flush();
      return result.finished() ? ExitCode.OK : ExitCode.FAILURE;
    } finally {
      reported.countDown();
      removeQuietly(hook);
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

  /** The --json line: the result with rounded figures and paths as text. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record SummaryLine(String type, long read, long indexed, long rejected, long skipped,
      long updated, long postsInIndex, double seconds, long postsPerSecond, boolean finished,
      String rejectsFile, String index, List<String> notes, AccountsLine accounts) {

    static SummaryLine of(IndexResult r) {
      return new SummaryLine("summary", r.read(), r.indexed(), r.rejected(), r.skipped(),
          r.updated(), r.postsInIndex(), JsonLines.round(r.seconds(), 3),
          Math.round(r.postsPerSecond()), r.finished(), text(r.rejectsFile()), text(r.index()),
          r.notes(), r.accounts().files() == 0 ? null : new AccountsLine(r.accounts().files(),
              r.accounts().read(), r.accounts().stored(), r.accounts().rejected(),
              r.accounts().inIndex()));
    }
  }

  /** What the users files gave: {@code read = stored + rejected}, and the accounts kept now. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record AccountsLine(int usersFiles, long read, long stored, long rejected, long inIndex) {
  }

  private void print(PrintStream out, IndexResult r) {
    if (json.json) {
      JsonLines.print(out, SummaryLine.of(r));
      return;
    }
    Table t = new Table("summary", "value").alignRight(1).maxWidth(120);
    t.row("read", Table.count(r.read()));
    t.row("indexed", Table.count(r.indexed()));
    t.row("rejected", Table.count(r.rejected()));
    if (r.skipped() > 0) t.row("skipped (already indexed)", Table.count(r.skipped()));
    t.row("updated (replaced same id)", Table.count(r.updated()));
    t.row("posts in index", Table.count(r.postsInIndex()));
    t.row("posts/s", Table.count(Math.round(r.postsPerSecond())));
    if (r.accounts().files() > 0) {
      t.row("accounts read (users files)", Table.count(r.accounts().read()));
      t.row("accounts rejected", Table.count(r.accounts().rejected()));
      t.row("accounts in index", Table.count(r.accounts().inIndex()));
    }
    t.row("elapsed", String.format(Locale.ROOT, "%.1f s", r.seconds()));
    t.row("rejects file", r.rejectsFile() == null ? "-" : r.rejectsFile());
    t.row("index", r.index());
    t.print(out);
    for (String note : r.notes()) out.println("note: " + note);
    if (!r.finished()) {
      out.println("interrupted: the index is committed up to here; run the same command again"
          + " to complete it");
    }
  }


  /** A path as JSON shows it (Jackson would write a file: URI), or null. */
  static String text(Path path) {
    return path == null ? null : path.toString();
  }
}
