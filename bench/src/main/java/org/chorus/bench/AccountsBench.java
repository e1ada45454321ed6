package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.AccountsRequest;
import org.chorus.app.AccountsResult;
import org.chorus.app.CommunityFingerprints;
import org.chorus.app.Copies;
import org.chorus.app.Investigation;
import org.chorus.app.NetworkRequest;
import org.chorus.app.Progress;
import org.chorus.network.NetworkWriter;
import org.chorus.search.PostFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench accounts}: what account fingerprints add to {@code chorus network}, as
 * that command does it (network, then communities and fingerprints, then GraphML with node
 * attributes) against the same without fingerprints, alternating in one JVM after one untimed
 * pass of each; and the time of {@code chorus accounts} over the whole index.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
    description = "Measure account fingerprints: network with and without them, and accounts.")
public final class AccountsBench implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each (median).")
  int runs;

  @Override
  public Integer call() throws IOException {
    Path scratch = Files.createTempDirectory("chorus-bench-accounts");
    NetworkRequest request = new NetworkRequest(PostFilter.ALL, Copies.DEFAULT,
        List.of(Duration.ofHours(1)));
    double[] without = new double[runs], with = new double[runs], fingerprintOnly = new double[runs];
    long peakWithout = 0, peakWith = 0;
    int communities = 0;
    try (Investigation investigation = Investigation.open(index)) {
      Path out = scratch.resolve("net.graphml");
      network(investigation, request, out, false);
      network(investigation, request, out, true);
      for (int r = 0; r < runs; r++) {
        HeapPeak.reset();
        without[r] = network(investigation, request, out, false)[0];
        peakWithout = Math.max(peakWithout, HeapPeak.peakBytes());
        HeapPeak.reset();
        double[] w = network(investigation, request, out, true);
        with[r] = w[0];
        fingerprintOnly[r] = w[1];
        communities = (int) w[2];
        peakWith = Math.max(peakWith, HeapPeak.peakBytes());
      }
      double a = Percentiles.median(without), b = Percentiles.median(with);
      System.out.printf(Locale.ROOT, "network (1h window, defaults) on %s, %d runs each,"
              + " alternating: without fingerprints median %.2f s (peak heap %,d MB), with"
              + " fingerprints median %.2f s (peak heap %,d MB), of which communities and"
              + " fingerprints %.2f s; ratio %.2fx; %,d communities%n", index, runs, a,
          peakWithout >> 20, b, peakWith >> 20, Percentiles.median(fingerprintOnly), b / a,
          communities);
      double[] list = new double[runs];
      AccountsResult result = null;
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        result = investigation.accounts().list(new AccountsRequest(PostFilter.ALL,
            AccountsRequest.Sort.POSTS, 50));
        list[r] = (System.nanoTime() - t0) / 1e9;
      }
      System.out.printf(Locale.ROOT, "accounts (every post, top 50 by posts) over %,d accounts:"
          + " median %.2f s%n", result.total(), Percentiles.median(list));
    } finally {
      Scratch.delete(scratch);
    }
    return 0;
  }

  /** Seconds of the whole command's work, seconds of the fingerprint part, communities. */
  private static double[] network(Investigation investigation, NetworkRequest request, Path out,
      boolean fingerprints) throws IOException {
    long t0 = System.nanoTime();
    Investigation.Coordination found = investigation.network(request, Progress.NONE);
    long t1 = System.nanoTime();
    CommunityFingerprints prints = fingerprints
        ? investigation.accounts().communities(found.network(), request.filter()) : null;
    long t2 = System.nanoTime();
    found.write(NetworkWriter.Format.GRAPHML, out, prints);
    long t3 = System.nanoTime();
    return new double[] {(t3 - t0) / 1e9, (t2 - t1) / 1e9,
        prints == null ? 0 : prints.communities().size()};
  }
}
