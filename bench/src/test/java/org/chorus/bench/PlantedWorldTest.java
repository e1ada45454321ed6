package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.network.Network;
import org.junit.jupiter.api.Test;

/** The world {@code bench significance} measures on, and its ROC AUC. */
class PlantedWorldTest {
  private static final Instant T0 = Instant.parse("2016-01-01T00:00:00Z");
  private static final String[] WORDS = ("vote city police order home peace freedom street"
      + " market school train night money court press flag crowd bridge tower").split(" ");

  /** 300 accounts of 10 posts each: originals, and retweets of one of ten texts. */
  private static List<Post> sample() {
    java.util.Random rnd = new java.util.Random(1);
    List<Post> posts = new ArrayList<>();
    for (int a = 0; a < 300; a++) {
      for (int i = 0; i < 10; i++) {
        Instant at = T0.plus(Duration.ofMinutes(rnd.nextInt(200 * 24 * 60)));
        boolean rt = i % 3 == 0;
        StringBuilder text = new StringBuilder();
        if (rt) {
          text.append("popular text number ").append(rnd.nextInt(10));
        } else {
          for (int w = 0; w < 10; w++) text.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        }
        posts.add(Post.builder("p" + a + "-" + i, Account.of("acct" + a), at, text.toString())
            .retweet(rt).build());
      }
    }
    return posts;
  }

  @Test
  void organicPostsMoveWithinTheJitterAndCampaignsBorrowWholeTimelines() {
    List<Post> sample = sample();
    Duration jitter = Duration.ofHours(6);
    PlantedWorld world = PlantedWorld.build(sample, 7, jitter, 6);
    assertEquals(sample.size(), world.backgroundPosts());
    assertEquals(world.posts().size(), world.backgroundPosts() + world.plantedPosts());
    assertTrue(world.plantedPosts() > 0);
    Map<String, Post> before = new HashMap<>();
    for (Post p : sample) before.put(p.id(), p);
    Map<String, String> ownerOf = new HashMap<>(); // real account -> account in the world
    Set<Long> offsets = new HashSet<>();
    for (Post p : world.posts().subList(0, world.backgroundPosts())) {
      Post real = before.get(p.id());
      assertNotNull(real, p.id());
      assertEquals(real.text(), p.text());
      long moved = Duration.between(real.time(), p.time()).toMillis();
      assertTrue(Math.abs(moved) <= jitter.toMillis(), p.id() + " moved " + moved);
      offsets.add(moved);
      String was = ownerOf.putIfAbsent(real.account().id(), p.account().id());
      assertTrue(was == null || was.equals(p.account().id()), "one timeline, one account");
      if (real.retweet()) assertEquals(PlantedWorld.retweetId(real.text()), p.retweetOf());
    }
    assertTrue(offsets.size() > sample.size() / 2, "each post moves on its own");
    Map<Integer, Integer> sizes = new HashMap<>();
    for (Map.Entry<String, String> e : ownerOf.entrySet()) {
      Integer c = world.campaignOf().get(e.getValue());
      if (c == null) {
        assertEquals(e.getKey(), e.getValue(), "organic accounts keep their names");
      } else {
        assertTrue(e.getValue().startsWith("campaign-" + c + "-"), e.getValue());
        sizes.merge(c, 1, Integer::sum);
      }
    }
    assertEquals(6, sizes.size());
    for (int size : sizes.values()) assertTrue(size >= 5 && size <= 30, "size " + size);
    for (Post p : world.posts().subList(world.backgroundPosts(), world.posts().size())) {
      assertTrue(world.campaignOf().containsKey(p.account().id()), p.account().id());
    }
  }

  @Test
  void anEdgeIsPlantedOnlyBetweenMembersOfOneCampaign() {
    PlantedWorld world = PlantedWorld.build(sample(), 3, Duration.ofDays(1), 4);
    List<String> zero = world.campaignOf().entrySet().stream().filter(e -> e.getValue() == 0)
        .map(Map.Entry::getKey).toList();
    String one = world.campaignOf().entrySet().stream().filter(e -> e.getValue() == 1)
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    assertTrue(world.planted(zero.get(0), zero.get(1)));
    assertFalse(world.planted(zero.get(0), one));
    assertFalse(world.planted(zero.get(0), "acct1"));
    assertFalse(world.planted("acct1", "acct2"));
  }

  @Test
  void retweetsOfTheSameTextShareAnId() {
    assertEquals(PlantedWorld.retweetId("Vote  today "), PlantedWorld.retweetId("vote today"));
    assertFalse(PlantedWorld.retweetId("vote today").equals(PlantedWorld.retweetId("vote now")));
  }

  private static Network.Edge edge(int weight) {
    return new Network.Edge("a", "b", "copy", Duration.ofHours(1), weight, weight, List.of(),
        null);
  }

  @Test
  void aucIsTheChanceAPlantedEdgeOutscoresAnOrganicOneWithTiesHalf() {
    List<Network.Edge> edges = List.of(edge(1), edge(2), edge(3), edge(4));
    assertEquals(1.0, SignificanceBench.auc(edges, new boolean[] {false, false, true, true},
        Network.Edge::weight), 1e-12);
    assertEquals(0.0, SignificanceBench.auc(edges, new boolean[] {true, true, false, false},
        Network.Edge::weight), 1e-12);
    assertEquals(0.75, SignificanceBench.auc(edges, new boolean[] {false, true, false, true},
        Network.Edge::weight), 1e-12);
    assertEquals(0.5, SignificanceBench.auc(edges, new boolean[] {false, true, false, true},
        e -> 1.0), 1e-12);
    assertTrue(Double.isNaN(SignificanceBench.auc(edges, new boolean[4], Network.Edge::weight)));
  }
}
