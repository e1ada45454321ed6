package org.chorus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.IndexResult;
import org.chorus.app.Indexing;
import org.chorus.corpus.RejectsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench index}: times the call {@code chorus index} makes ({@link Indexing#index}, from
 * opening the input to the index closed on disk) against bare Lucene on the same input
 * ({@link LuceneBaseline}). With {@code --runs N} the two alternate N times and the medians are
 * compared, so a burst of load from elsewhere on the machine lands on one run, not on one plan.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Indexing throughput of chorus index's own call against a bare-Lucene "
        + "baseline on the same input.")
public final class IndexBench implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private InputFiles input;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Indexing threads for both (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--ram-buffer-mb", defaultValue = "256", paramLabel = "MB",
      description = "IndexWriter RAM buffer for both (default: ${DEFAULT-VALUE}).")
  private double ramBufferMb;

  @Option(names = "--limit", paramLabel = "N",
      description = "Index a copy of each input's first N rows (decompressed) instead.")
  private Long limit;

  @Option(names = "--warmup", defaultValue = "100000", paramLabel = "N",
      description = "Rows of each input both plans index first, untimed (default: ${DEFAULT-VALUE};"
          + " 0: the first runs are cold, as a fresh chorus index is).")
  private long warmup;

  // One run is not enough: the first baseline run after the warm-up is still a third slower.
  @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
      description = "Alternate baseline and Chorus N times; compare medians (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--keep-index", paramLabel = "DIR",
      description = "Write the last Chorus index here and keep it (e.g. for bench search).")
  private Path keep;

  @Option(names = "--json", description = "Print the results as JSON Lines.")
  private boolean json;

  /** One timed run of a plan. */
  record Run(String plan, int run, long posts, long rejected, double seconds, double cpuSeconds,
      long peakHeapMb, long indexMb) {
    double postsPerSecond() {
      return posts / Math.max(seconds, 1e-9);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
    if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be 1 or more");
    if (keep != null && Files.exists(keep)) {
      throw new ParameterException(spec.commandLine(), "--keep-index " + keep + " exists; give a new folder");
    }
    Path work = Files.createTempDirectory("chorus-bench-");
    try {
      DatasetFiles all = input.input();
      DatasetFiles timed = limit == null ? all
          : withFiles(all, Head.of(all.files(), limit, work.resolve("limit")));
      if (warmup > 0) {
        System.err.println("bench: warm-up, " + warmup + " rows each");
        DatasetFiles head = withFiles(all, Head.of(all.files(), warmup, work.resolve("warmup")));
        baseline(head, work.resolve("warm-lucene"), 0);
        chorus(head, work.resolve("warm-chorus"), 0);
      }
      List<Run> results = new ArrayList<>();
      for (int r = 1; r <= runs; r++) {
        System.err.println("bench: run " + r + " of " + runs + ", bare Lucene baseline");
        results.add(baseline(timed, work.resolve("lucene-" + r), r));
        Scratch.delete(work.resolve("lucene-" + r));
        System.err.println("bench: run " + r + " of " + runs + ", Chorus (chorus index's call)");
        Path dir = keep != null && r == runs ? keep : work.resolve("chorus-" + r);
        results.add(chorus(timed, dir, r));
        if (!dir.equals(keep)) Scratch.delete(dir);
      }
      print(System.out, results);
      return 0;
    } finally {
      Scratch.delete(work);
    }
  }

  private static DatasetFiles withFiles(DatasetFiles input, List<Path> files) {
    return new DatasetFiles(files, input.format(), input.columns(), null, null);
  }

  private Run baseline(DatasetFiles in, Path dir, int run) throws IOException {
    return measure("lucene", run, dir, () -> {
      LuceneBaseline.Outcome o =
          LuceneBaseline.index(in, dir, threads, ramBufferMb, new LogProgress("lucene"));
      return new long[] {o.posts(), o.rejected()};
    });
  }

  private Run chorus(DatasetFiles in, Path dir, int run) throws IOException {
    return measure("chorus", run, dir, () -> {
      IndexRequest request = new IndexRequest(rejectsBeside(in, dir), dir, threads, ramBufferMb);
      IndexResult r = new Indexing().index(request, new LogProgress("chorus"));
      return new long[] {r.indexed(), r.rejected()};
    });
  }

  /** Indexes into a new folder: posts and rejected records. */
  private interface Plan {
    long[] index() throws IOException;
  }

  private static Run measure(String name, int run, Path dir, Plan plan) throws IOException {
    HeapPeak.reset();
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    long[] counts = plan.index();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(name, run, counts[0], counts[1], seconds, (cpuNanos() - cpu0) / 1e9,
        HeapPeak.peakBytes() >> 20, Scratch.size(dir) >> 20);
  }

  /** CPU time of the whole process (all threads, GC included): robust on a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private void print(PrintStream out, List<Run> results) {
    List<Run> base = results.stream().filter(r -> r.plan().equals("lucene")).toList();
    List<Run> ours = results.stream().filter(r -> r.plan().equals("chorus")).toList();
    double basePostsPerSecond = median(base, Run::postsPerSecond);
    double oursPostsPerSecond = median(ours, Run::postsPerSecond);
    double ratio = basePostsPerSecond / Math.max(1e-9, oursPostsPerSecond);
    double cpuRatio = median(ours, Run::cpuSeconds) / Math.max(1e-9, median(base, Run::cpuSeconds));
    long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
    int cores = Runtime.getRuntime().availableProcessors();
    if (json) {
      for (Run r : results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "index");
        m.put("plan", r.plan());
        m.put("run", r.run());
        m.put("posts", r.posts());
        m.put("rejected", r.rejected());
        m.put("seconds", Math.round(r.seconds() * 100) / 100.0);
        m.put("posts_per_second", Math.round(r.postsPerSecond()));
        m.put("cpu_seconds", Math.round(r.cpuSeconds() * 100) / 100.0);
        m.put("peak_heap_mb", r.peakHeapMb());
        m.put("index_mb", r.indexMb());
        Report.json(out, m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "ratio");
      m.put("runs", runs);
      m.put("median_posts_per_second_lucene", Math.round(basePostsPerSecond));
      m.put("median_posts_per_second_chorus", Math.round(oursPostsPerSecond));
      m.put("time_ratio_chorus_over_lucene", Math.round(ratio * 100) / 100.0);
      m.put("cpu_ratio_chorus_over_lucene", Math.round(cpuRatio * 100) / 100.0);
      m.put("threads", threads);
      m.put("cores", cores);
      m.put("max_heap_mb", maxHeapMb);
      Report.json(out, m);
      return;
    }
    Report.Table t = new Report.Table("plan", "run", "posts", "rejected", "seconds", "posts/s",
        "cpu s", "peak heap MB", "index MB");
    for (Run r : results) {
      t.row(r.plan(), r.run(), Report.count(r.posts()), Report.count(r.rejected()),
          String.format(Locale.ROOT, "%.1f", r.seconds()), Report.count(r.postsPerSecond()),
          String.format(Locale.ROOT, "%.1f", r.cpuSeconds()), r.peakHeapMb(), r.indexMb());
    }
    t.print(out);
    out.printf(Locale.ROOT, "%nmedians of %d run(s): lucene %s posts/s, chorus %s posts/s%n", runs,
        Report.count(basePostsPerSecond), Report.count(oursPostsPerSecond));
    out.printf(Locale.ROOT, "time ratio chorus/lucene: %.2f, cpu ratio %.2f (threads %d, cores %d,"
        + " max heap %d MB)%n", ratio, cpuRatio, threads, cores, maxHeapMb);
  }

  private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
    return Percentiles.median(runs.stream().mapToDouble(value).toArray());
  }

  // As chorus index does: bad records are written aside, beside the index.
  private static DatasetFiles rejectsBeside(DatasetFiles in, Path index) {
    return new DatasetFiles(in.files(), in.format(), in.columns(), null,
        RejectsFile.beside(index));
  }
}
