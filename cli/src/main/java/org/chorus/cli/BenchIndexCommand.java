package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.DocumentPlan;
import org.chorus.index.IndexSummary;
import org.chorus.index.PostIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench index}: indexes the same input with Chorus and with bare Lucene (one
 * StandardAnalyzer text field, addDocument, same reader, same threads) in one run, after a
 * short warm-up of both, and reports posts/s, the ratio, peak heap and index size. With
 * {@code --runs N} the two alternate N times and the medians are compared, so a burst of load
 * from elsewhere on the machine lands on one run, not on one plan.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Indexing throughput of Chorus against a bare-Lucene baseline on the same input.")
public final class BenchIndexCommand implements Callable<Integer> {

  @Mixin
  private InputOptions input;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Indexing threads for both (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--ram-buffer-mb", defaultValue = "256", paramLabel = "MB",
      description = "IndexWriter RAM buffer for both (default: ${DEFAULT-VALUE}).")
  private double ramBufferMb;

  @Option(names = "--limit", paramLabel = "N", description = "Index only the first N posts.")
  private long limit = Long.MAX_VALUE;

  @Option(names = "--warmup", defaultValue = "100000", paramLabel = "N",
      description = "Posts each plan indexes first into a throwaway index (default: ${DEFAULT-VALUE}).")
  private long warmup;

  // One run is not enough: the first baseline run after the warm-up is still a third slower.
  @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
      description = "Alternate baseline and Chorus N times; compare medians (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--keep-index", paramLabel = "DIR",
      description = "Write the Chorus index here and keep it (e.g. for bench search).")
  private Path keep;

  @Option(names = "--json", description = "Print the results as JSON Lines.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) throw new UsageException("--threads must be 1 or more");
    if (runs < 1) throw new UsageException("--runs must be 1 or more");
    Datasets.requireFiles(input.inputs());
    if (keep != null && Files.exists(keep)) {
      throw new UsageException("--keep-index " + keep + " exists; give a new folder");
    }
    Path work = Files.createTempDirectory("chorus-bench-");
    try {
      DocumentPlan baseline = new DocumentPlan("lucene", new StandardAnalyzer(),
          () -> post -> List.of(new TextField("text", post.text(), Field.Store.NO)), false);
      DocumentPlan chorus = DocumentPlan.chorus();
      if (warmup > 0) {
        System.err.println("bench: warm-up, " + warmup + " posts each");
        run(baseline, work.resolve("warm-lucene"), warmup);
        run(chorus, work.resolve("warm-chorus"), warmup);
      }
      List<Result> base = new ArrayList<>();
      List<Result> ours = new ArrayList<>();
      for (int r = 1; r <= runs; r++) {
        System.err.println("bench: run " + r + " of " + runs + ", bare Lucene baseline");
        base.add(run(baseline, work.resolve("lucene-" + r), limit));
        ScratchFolders.delete(work.resolve("lucene-" + r));
        System.err.println("bench: run " + r + " of " + runs + ", Chorus");
        Path chorusDir = keep != null && r == runs ? keep : work.resolve("chorus-" + r);
        ours.add(run(chorus, chorusDir, limit));
        if (chorusDir != keep) ScratchFolders.delete(chorusDir);
      }
      print(System.out, base, ours);
      return ExitCode.OK;
    } finally {
      ScratchFolders.delete(work);
    }
  }

  record Result(String name, IndexSummary summary, long peakHeap, long bytes, double cpuSeconds) {}

  private Result run(DocumentPlan plan, Path dir, long posts) throws IOException {
    HeapPeak.reset();
    long cpu0 = cpuNanos();
    IndexSummary s;
    try (RejectsFile rejects = RejectsFile.at(dir.resolveSibling(dir.getFileName() + ".rejects.jsonl"));
        ConsoleProgress progress = ConsoleProgress.start(plan.name(), -1, false)) {
      s = PostIndexer.create(dir,
              (file, r) -> new LimitedReader(Datasets.open(file, input.format(), input.columns(), r), posts),
              rejects, PostIndexer.Options.defaults().withThreads(threads).withRamBufferMb(ramBufferMb))
          .plan(plan).progress(progress::advance).run(input.inputs());
    }
    return new Result(plan.name(), s, HeapPeak.peakBytes(), size(dir), (cpuNanos() - cpu0) / 1e9);
  }

  /** CPU time of the whole process (all threads, GC included): robust on a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private void print(PrintStream out, List<Result> base, List<Result> ours) {
    double basePostsPerSecond = median(base, r -> r.summary().postsPerSecond());
    double oursPostsPerSecond = median(ours, r -> r.summary().postsPerSecond());
    double baseCpu = median(base, Result::cpuSeconds);
    double oursCpu = median(ours, Result::cpuSeconds);
    double ratio = basePostsPerSecond / Math.max(1e-9, oursPostsPerSecond);
    double cpuRatio = oursCpu / Math.max(1e-9, baseCpu);
    long maxHeap = Runtime.getRuntime().maxMemory();
    List<Result> all = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      all.add(base.get(i));
      all.add(ours.get(i));
    }
    if (json) {
      for (int i = 0; i < all.size(); i++) {
        Result r = all.get(i);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "index");
        m.put("plan", r.name());
        m.put("run", i / 2 + 1);
        m.put("posts", r.summary().indexed());
        m.put("rejected", r.summary().rejected());
        m.put("seconds", Math.round(r.summary().seconds() * 100) / 100.0);
        m.put("posts_per_second", Math.round(r.summary().postsPerSecond()));
        m.put("cpu_seconds", Math.round(r.cpuSeconds() * 100) / 100.0);
        m.put("peak_heap_mb", r.peakHeap() >> 20);
        m.put("index_mb", r.bytes() >> 20);
        JsonLines.print(out, m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "ratio");
      m.put("runs", runs);
      m.put("median_posts_per_second_lucene", Math.round(basePostsPerSecond));
      m.put("median_posts_per_second_chorus", Math.round(oursPostsPerSecond));
      m.put("time_ratio_chorus_over_lucene", Math.round(ratio * 100) / 100.0);
      m.put("cpu_ratio_chorus_over_lucene", Math.round(cpuRatio * 100) / 100.0);
      m.put("threads", threads);
      m.put("cores", Runtime.getRuntime().availableProcessors());
      m.put("max_heap_mb", maxHeap >> 20);
      JsonLines.print(out, m);
      return;
    }
    Table t = new Table("plan", "run", "posts", "rejected", "seconds", "posts/s", "cpu s",
        "peak heap MB", "index MB").alignRight(1, 2, 3, 4, 5, 6, 7, 8);
    for (int i = 0; i < all.size(); i++) {
      Result r = all.get(i);
      t.row(r.name(), i / 2 + 1, IndexCommand.count(r.summary().indexed()),
          IndexCommand.count(r.summary().rejected()),
          String.format(Locale.ROOT, "%.1f", r.summary().seconds()),
          IndexCommand.count(Math.round(r.summary().postsPerSecond())),
          String.format(Locale.ROOT, "%.1f", r.cpuSeconds()), r.peakHeap() >> 20,
          r.bytes() >> 20);
    }
    t.print(out);
    out.printf(Locale.ROOT, "%nmedians of %d run(s): lucene %s posts/s, chorus %s posts/s%n", runs,
        IndexCommand.count(Math.round(basePostsPerSecond)),
        IndexCommand.count(Math.round(oursPostsPerSecond)));
    out.printf(Locale.ROOT, "time ratio chorus/lucene: %.2f, cpu ratio %.2f (threads %d, cores %d,"
        + " max heap %d MB)%n", ratio, cpuRatio, threads, Runtime.getRuntime().availableProcessors(),
        maxHeap >> 20);
  }

  private static double median(List<Result> results, ToDoubleFunction<Result> value) {
    double[] v = results.stream().mapToDouble(value).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

}
