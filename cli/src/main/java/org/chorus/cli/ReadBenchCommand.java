package org.chorus.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.chorus.corpus.PostReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench-read}: how fast the dataset readers turn files into posts, on one thread,
 * gunzip included. Each run is paired with a baseline in the same process: decompress and count
 * new lines, the floor any reader pays. Reports the median of the runs and the ratio.
 */
@Command(name = "bench-read", mixinStandardHelpOptions = true,
    description = "Benchmark the dataset readers (one thread, gunzip included) against a "
        + "decompress-and-count-lines baseline; prints the median of --runs runs.")
public final class ReadBenchCommand implements Callable<Integer> {

  @Mixin
  private InputOptions input;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs (default: 3).")
  private int runs;

  @Option(names = "--json", description = "Print the result as JSON Lines.")
  private boolean json;

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  @Override
  public Integer call() throws IOException {
    if (runs < 1) throw new UsageException("--runs must be at least 1");
    read(); // warm-up: the JIT compiles the reading path
    double[] readerSeconds = new double[runs];
    double[] readerCpuSeconds = new double[runs];
    double[] baselineSeconds = new double[runs];
    long rows = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      for (Path p : input.inputs()) countLines(p);
      baselineSeconds[i] = seconds(t0);
      long c0 = cpu.getCurrentThreadCpuTime();
      t0 = System.nanoTime();
      rows = read();
      readerSeconds[i] = seconds(t0);
      readerCpuSeconds[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    }
    double reader = rows / median(readerSeconds);
    double readerCpu = rows / median(readerCpuSeconds);
    double ratio = median(readerSeconds) / median(baselineSeconds);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rows", rows);
      m.put("runs", runs);
      m.put("reader_rows_per_s", Math.round(reader));
      m.put("reader_rows_per_cpu_s", Math.round(readerCpu));
      m.put("reader_seconds", Arrays.stream(readerSeconds).map(ReadBenchCommand::round).toArray());
      m.put("baseline_seconds",
          Arrays.stream(baselineSeconds).map(ReadBenchCommand::round).toArray());
      m.put("time_ratio_reader_to_baseline", round(ratio));
      JsonLines.print(System.out, m);
      return ExitCode.OK;
    }
    Table t = new Table("measure", "median of " + runs).alignRight(1);
    t.row("rows read (posts + rejected)", fmt(rows));
    t.row("reader rows/s (wall)", fmt(reader));
    t.row("reader rows/s (thread CPU)", fmt(readerCpu));
    t.row("reader seconds", String.format(Locale.ROOT, "%.2f", median(readerSeconds)));
    t.row("baseline seconds (gunzip + count lines)",
        String.format(Locale.ROOT, "%.2f", median(baselineSeconds)));
    t.row("time ratio reader / baseline", String.format(Locale.ROOT, "%.2f", ratio));
    t.print(System.out);
    return ExitCode.OK;
  }

  /** Reads every input through the readers; rows = posts returned + records rejected. */
  private long read() throws IOException {
    long[] rejected = {0};
    long posts = 0;
    try (PostReader r = input.open(x -> rejected[0]++)) {
      while (r.next() != null) posts++;
    }
    return posts + rejected[0];
  }

  /** The baseline: decompress and count new lines, the least any reader must do. */
  private static long countLines(Path p) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
      raw.mark(2);
      boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
      byte[] buf = new byte[1 << 16];
      long lines = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') lines++;
        }
      }
      return lines;
    }
  }

  private static double seconds(long t0) {
    return Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
  }

  private static double median(double[] values) {
    List<Double> sorted = new ArrayList<>();
    for (double v : values) sorted.add(v);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
