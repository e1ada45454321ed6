package org.chorus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.chorus.dupes.DuplicateFinder;

/** Wall and CPU time and peak heap of {@code chorus dupes}'s call over whole indexes. */
final class DupesSpeed {
  private DupesSpeed() {}

  /** One index: median seconds of the runs, peak heap, and the last run's figures. */
  record Result(int posts, double medianSeconds, double[] runs, double medianCpuSeconds,
      long peakHeapBytes, DuplicateFinder.Stats stats) {}

  /**
   * Times {@code runs} passes over each index, alternating between them after one untimed pass
   * over each: timed in a row, the first index measured took the JIT's warm-up and the other did
   * not, which moved their ratio by up to 10%.
   */
  static List<Result> measure(int runs, DuplicateFinder.Options options, IndexReader... readers)
      throws IOException {
    if (runs < 1) throw new IllegalArgumentException("runs must be at least 1: " + runs);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int n = readers.length;
    double[][] secs = new double[n][runs];
    double[][] cpu = new double[n][runs];
    long[] peak = new long[n];
    DuplicateFinder.Stats[] stats = new DuplicateFinder.Stats[n];
    for (IndexReader reader : readers) {
      new DuplicateFinder(reader).find(options);
    }
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < n; i++) {
        HeapPeak.reset();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        DuplicateFinder finder = new DuplicateFinder(readers[i]);
        finder.find(options);
        secs[i][r] = (System.nanoTime() - t0) / 1e9;
        cpu[i][r] = (os.getProcessCpuTime() - c0) / 1e9;
        peak[i] = Math.max(peak[i], HeapPeak.peakBytes());
        stats[i] = finder.lastStats();
      }
    }
    List<Result> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Result(stats[i].posts(), Percentiles.median(secs[i]), secs[i],
          Percentiles.median(cpu[i]), peak[i], stats[i]));
    }
    return out;
  }
}
