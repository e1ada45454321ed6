package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chorus.dupes.Cluster;
import org.junit.jupiter.api.Test;

class ClusterSummaryTest {
  private static Cluster cluster(Instant... times) {
    List<Cluster.Member> members = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      members.add(new Cluster.Member("p" + i, i % 3 == 0 ? "a" : "b" + i, times[i], 1.0));
    }
    return new Cluster(1, 3, times[0], times[times.length - 1], "p0", "text", members);
  }

  @Test
  void theBucketIsTheSmallestThatKeepsTheBurstShort() {
    Instant t = Instant.parse("2019-08-12T03:00:30Z");
    assertEquals(Duration.ofMinutes(1), ClusterSummary.bucketFor(t, t.plusSeconds(58 * 60)));
    assertEquals(Duration.ofHours(1), ClusterSummary.bucketFor(t, t.plusSeconds(61 * 60)));
    assertEquals(Duration.ofDays(1), ClusterSummary.bucketFor(t, t.plus(Duration.ofDays(30))));
    Duration years = ClusterSummary.bucketFor(t, t.plus(Duration.ofDays(800)));
    assertTrue(years.toDays() > 1);
  }

  @Test
  void everyMemberIsCountedOnceAndTopAccountsComeMostFirst() {
    Instant t = Instant.parse("2019-08-12T03:00:00Z");
    Cluster c = cluster(t, t.plusSeconds(30), t.plusSeconds(200), t.plusSeconds(200),
        t.plus(Duration.ofDays(800)));
    ClusterSummary s = ClusterSummary.of(c, 2, a -> a.toUpperCase());
    assertTrue(s.burst().size() <= ClusterSummary.MAX_BUCKETS);
    assertEquals(5, s.burst().stream().mapToInt(ClusterSummary.Bucket::count).sum());
    assertEquals(2, s.topAccounts().size());
    assertEquals("a", s.topAccounts().get(0).account());
    assertEquals("A", s.topAccounts().get(0).name());
    assertEquals(2, s.topAccounts().get(0).count());
    ClusterSummary minutes = ClusterSummary.of(cluster(t, t.plusSeconds(30), t.plusSeconds(200)),
        5, a -> a);
    assertEquals(List.of(2, 0, 0, 1), minutes.burst().stream()
        .map(ClusterSummary.Bucket::count).toList());
    assertEquals(t, minutes.burst().get(0).time());
  }
}
