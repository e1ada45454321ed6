package org.chorus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.corpus.PostReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench read}: how fast the dataset readers turn files into posts, on one thread,
 * gunzip included. Each run is paired with a baseline in the same process: decompress and count
 * new lines, the floor any reader pays. Reports the median of the runs and the ratio.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = "Benchmark the dataset readers (one thread, gunzip included) against a "
        + "decompress-and-count-lines baseline; prints the median of --runs runs.")
public final class ReadBench implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin
  private InputFiles input;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs (default: 3).")
  private int runs;

  @Option(names = "--json", description = "Print the result as JSON Lines.")
  private boolean json;

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  @Override
  public Integer call() throws IOException {
    if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
    read(); // warm-up: the JIT compiles the reading path
    double[] readerSeconds = new double[runs];
    double[] readerCpuSeconds = new double[runs];
    double[] baselineSeconds = new double[runs];
    long rows = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      for (Path p : input.input().files()) countLines(p);
      baselineSeconds[i] = seconds(t0);
      long c0 = cpu.getCurrentThreadCpuTime();
      t0 = System.nanoTime();
      rows = read();
      readerSeconds[i] = seconds(t0);
      readerCpuSeconds[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    }
    double reader = rows / Percentiles.median(readerSeconds);
    double readerCpu = rows / Percentiles.median(readerCpuSeconds);
    double ratio = Percentiles.median(readerSeconds) / Percentiles.median(baselineSeconds);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rows", rows);
      m.put("runs", runs);
      m.put("reader_rows_per_s", Math.round(reader));
      m.put("reader_rows_per_cpu_s", Math.round(readerCpu));
      m.put("reader_seconds", Arrays.stream(readerSeconds).map(ReadBench::round).toArray());
      m.put("baseline_seconds",
          Arrays.stream(baselineSeconds).map(ReadBench::round).toArray());
      m.put("time_ratio_reader_to_baseline", round(ratio));
      Report.json(System.out, m);
      return 0;
    }
    Report.Table t = new Report.Table("measure", "median of " + runs);
    t.row("rows read (posts + rejected)", fmt(rows));
    t.row("reader rows/s (wall)", fmt(reader));
    t.row("reader rows/s (thread CPU)", fmt(readerCpu));
    t.row("reader seconds", String.format(Locale.ROOT, "%.2f", Percentiles.median(readerSeconds)));
    t.row("baseline seconds (gunzip + count lines)",
        String.format(Locale.ROOT, "%.2f", Percentiles.median(baselineSeconds)));
    t.row("time ratio reader / baseline", String.format(Locale.ROOT, "%.2f", ratio));
    t.print(System.out);
    return 0;
  }

  /** Reads every input through the readers; rows = posts returned + records rejected. */
  private long read() throws IOException {
    long[] rejected = {0};
    long posts = 0;
    try (PostReader r = input.input().open(x -> rejected[0]++)) {
      while (r.next() != null) posts++;
    }
    return posts + rejected[0];
  }

  /** The baseline: decompress and count new lines, the least any reader must do. */
  private static long countLines(Path p) throws IOException {
    try (InputStream in = Head.decompressed(p)) {
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

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String fmt(double v) {
    return Report.count(v);
  }
}
