package org.chorus.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chorus.dupes.Cluster;

/**
 * A cluster as an analyst first looks at it: who posted it most, and how its posts spread over
 * time.
 *
 * @param topAccounts the accounts with most posts in the cluster, most first
 * @param bucket the width of each burst bucket: a minute, an hour, a day or several days, the
 *     smallest that keeps the burst within {@link #MAX_BUCKETS}
 * @param burst member posts per bucket from the first post's bucket to the last's, empty ones
 *     included
 */
public record ClusterSummary(Cluster cluster, List<AccountCount> topAccounts, Duration bucket,
    List<Bucket> burst) {
  public static final int MAX_BUCKETS = 60;

  public ClusterSummary {
    topAccounts = List.copyOf(topAccounts);
    burst = List.copyOf(burst);
  }

  /** An account, what to call it, and how many posts it has in a set. */
  public record AccountCount(String account, String name, int count) {}

  public record Bucket(Instant time, int count) {}

  static ClusterSummary of(Cluster cluster, int top, Function<String, String> names) {
    Map<String, Integer> perAccount = new HashMap<>();
    for (Cluster.Member m : cluster.members()) perAccount.merge(m.account(), 1, Integer::sum);
    List<AccountCount> counts = new ArrayList<>();
    perAccount.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> counts.add(new AccountCount(e.getKey(), names.apply(e.getKey()),
            e.getValue())));
    Duration width = bucketFor(cluster.first(), cluster.last());
    long w = width.toMillis();
    long start = Math.floorDiv(cluster.first().toEpochMilli(), w) * w;
    int n = (int) ((cluster.last().toEpochMilli() - start) / w) + 1;
    int[] perBucket = new int[n];
    for (Cluster.Member m : cluster.members()) {
      perBucket[(int) ((m.time().toEpochMilli() - start) / w)]++;
    }
    List<Bucket> burst = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      burst.add(new Bucket(Instant.ofEpochMilli(start + i * w), perBucket[i]));
    }
    return new ClusterSummary(cluster, counts, width, burst);
  }

  /** The smallest of a minute, an hour, a day, or a whole number of days giving few buckets. */
  static Duration bucketFor(Instant first, Instant last) {
    for (Duration d : List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1))) {
      if (buckets(first, last, d.toMillis()) <= MAX_BUCKETS) return d;
    }
    long days = 2;
    while (buckets(first, last, Duration.ofDays(days).toMillis()) > MAX_BUCKETS) days++;
    return Duration.ofDays(days);
  }

  private static long buckets(Instant first, Instant last, long width) {
    long start = Math.floorDiv(first.toEpochMilli(), width) * width;
    return (last.toEpochMilli() - start) / width + 1;
  }
}
