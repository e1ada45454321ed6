package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the real datasets in ../shared/data (see its README); skipped where that folder is absent,
 * as in a fresh clone.
 */
class RealDataTest {

  static Path sharedData(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/data").resolve(relative);
      if (Files.isRegularFile(candidate)) return candidate;
    }
    Assumptions.abort("../shared/data/" + relative + " is absent: real-data test skipped");
    return null;
  }

  @Test
  void firstThousandIraTweets() throws Exception {
    Path f = sharedData("ira/ira-tweets.dev.csv.gz");
    List<Rejection> rejections = new ArrayList<>();
    List<Post> posts = new ArrayList<>();
    try (PostReader r = Datasets.open(f, Format.AUTO, null, rejections::add)) {
      for (int i = 0; i < 1000; i++) posts.add(r.next());
    }
    assertEquals(List.of(), rejections);
    Post first = posts.get(0);
    assertEquals("ira-tweets.dev:1", first.id());
    assertEquals("10_gop", first.account().id());
    assertEquals(Instant.parse("2017-09-07T19:52:00Z"), first.time());
    assertEquals("en", first.lang());
    assertEquals(List.of("RightTroll"), first.labels());
    assertEquals(List.of("FreeTennessee"), first.hashtags());
    assertEquals("ira-tweets.dev:1000", posts.get(999).id());
    for (Post p : posts) {
      assertNotNull(p.lang());
      assertEquals(1, p.labels().size());
      assertTrue(p.time().isAfter(Instant.parse("2009-01-01T00:00:00Z")), p.toString());
    }
  }

  @Test
  void wholeStateTrollSample() throws Exception {
    Path f = sharedData("state-trolls/china-russia-vs-verified.csv");
    Reading r = Reading.of(f);
    assertEquals(List.of(), r.rejections);
    assertEquals(10_000, r.posts.size());
    Set<String> ids = new HashSet<>(r.ids());
    // The sample itself repeats three rows exactly (ids 1279611686002057216, 1258622539607097344,
    // 1274857209311055872): an index holds 9,997 posts.
    assertEquals(9_997, ids.size(), "distinct tweet ids");
    Map<List<String>, Integer> labels = new HashMap<>();
    for (Post p : r.posts) labels.merge(p.labels(), 1, Integer::sum);
    assertEquals(Map.of(List.of("1"), 5061, List.of("0"), 4939), labels,
        "troll_or_not counts of the data README");
    // 60 ids predate Twitter's snowflake ids (2010): those carry no time and get the epoch.
    long epoch = r.posts.stream().filter(p -> p.time().equals(Instant.EPOCH)).count();
    assertEquals(60, epoch);
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("no time column") && n.contains(" 60 posts")),
        r.notes.toString());
  }
}
