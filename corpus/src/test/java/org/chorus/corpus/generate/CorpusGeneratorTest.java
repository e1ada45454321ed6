package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final int POSTS = 6000;
  private static MemorySink corpus;
  private static Map<String, Post> byId;

  @BeforeAll
  static void generate() throws Exception {
    corpus = MemorySink.generate(POSTS, 7);
    byId = new HashMap<>();
    for (Post p : corpus.posts) byId.put(p.id(), p);
  }

  @Test
  void writesExactlyTheRequestedNumberOfPostsWithUniqueIdsInTimeOrder() {
    assertEquals(POSTS, corpus.posts.size());
    assertEquals(POSTS, byId.size(), "ids are unique");
    for (int i = 1; i < corpus.posts.size(); i++) {
      Post a = corpus.posts.get(i - 1), b = corpus.posts.get(i);
      assertFalse(b.time().isBefore(a.time()), "time order at " + i);
      assertTrue(Long.parseLong(b.id()) > Long.parseLong(a.id()), "ids grow with time at " + i);
    }
  }

  @Test
  void coversJuneToSeptember2019FromAtLeast300Accounts() {
    Instant from = LocalDate.of(2019, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = LocalDate.of(2019, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    for (Post p : corpus.posts) {
      assertTrue(!p.time().isBefore(from) && p.time().isBefore(to), p.time().toString());
    }
    long accounts = corpus.posts.stream().map(p -> p.account().id()).distinct().count();
    assertTrue(accounts >= 300, accounts + " accounts");
    assertTrue(corpus.posts.stream().allMatch(p -> p.account().screenName() != null
        && p.account().screenName().matches("[A-Za-z0-9_]{1,15}")));
  }

  @Test
  void postsPerDayHasTheShapeOfTheProtestSummer() {
    Map<LocalDate, Long> perDay = corpus.posts.stream().collect(Collectors.groupingBy(
        p -> p.time().atZone(ZoneOffset.UTC).toLocalDate(), TreeMap::new, Collectors.counting()));
    List<Long> counts = perDay.values().stream().sorted().toList();
    long median = counts.get(counts.size() / 2);
    assertTrue(perDay.get(LocalDate.of(2019, 6, 12)) > 2 * median, "12 June spikes");
    assertTrue(perDay.get(LocalDate.of(2019, 8, 13)) > 2 * median, "airport spikes");
    assertTrue(perDay.getOrDefault(LocalDate.of(2019, 6, 2), 0L) < median, "early June is quiet");
  }

  @Test
  void speaksEnglishTraditionalAndSimplifiedChineseAndCantonese() {
    Set<String> langs = corpus.posts.stream().map(Post::lang).collect(Collectors.toSet());
    assertEquals(Set.of("en", "zh", "yue"), langs);
    assertTrue(corpus.posts.stream().anyMatch(p -> p.text().contains("这") || p.text().contains("们")),
        "simplified Chinese present");
    assertTrue(corpus.posts.stream().anyMatch(p -> p.text().contains("這") || p.text().contains("們")
        || p.text().contains("撐")), "traditional Chinese present");
    assertTrue(corpus.posts.stream().anyMatch(p -> "yue".equals(p.lang()) && p.text().matches(".*[嘅咗喺].*")));
  }

  @Test
  void carriesEveryNarrativeLabelAndSomeMixedPosts() {
    Set<String> labels = corpus.posts.stream().flatMap(p -> p.labels().stream()).collect(Collectors.toSet());
    for (Narrative n : Narrative.values()) assertTrue(labels.contains(n.label), n.label);
    assertEquals(Narrative.values().length, labels.size(), "no other labels: " + labels);
    assertTrue(corpus.posts.stream().anyMatch(p -> p.labels().size() == 2), "mixed posts");
  }

  @Test
  void entityFieldsAgreeWithTheText() {
    for (Post p : corpus.posts) {
      for (String h : p.hashtags()) assertTrue(p.text().contains("#" + h), p.text());
      for (String u : p.urls()) assertTrue(u.startsWith("https://t.co/") && p.text().contains(u), p.text());
      for (String m : p.mentions()) assertTrue(p.text().contains("@" + m), p.text());
      if (p.text().contains("https://")) assertFalse(p.urls().isEmpty(), p.text());
    }
  }

  @Test
  void campaignsHave10To200AccountsPostingWithinMinutes() {
    assertTrue(corpus.campaigns.size() >= 10, corpus.campaigns.size() + " campaigns");
    Set<String> campaignPosts = new HashSet<>();
    for (CampaignRecord c : corpus.campaigns) {
      assertTrue(c.size() >= 10 && c.size() <= 200, c.id() + " size " + c.size());
      assertEquals(c.size(), new HashSet<>(c.accounts()).size(), c.id() + ": one post per account");
      assertTrue(Duration.between(c.first(), c.last()).toMinutes() <= 30, c.id() + " spans too long");
      for (int i = 0; i < c.size(); i++) {
        Post p = byId.get(c.posts().get(i));
        assertNotNull(p, c.id() + " names a missing post");
        assertEquals(c.accounts().get(i), p.account().id());
        assertEquals(List.of(c.narrative()), p.labels());
        assertFalse(p.time().isBefore(c.first()) || p.time().isAfter(c.last()));
        assertTrue(campaignPosts.add(p.id()), "a post belongs to one campaign");
      }
    }
    long sizes = corpus.campaigns.stream().map(CampaignRecord::size).distinct().count();
    assertTrue(sizes > 5, "a mix of campaign sizes");
    assertTrue(corpus.campaigns.stream().anyMatch(c -> c.size() >= 60), "some large campaigns");
  }

  @Test
  void campaignCopiesVaryBeyondTheirLinks() {
    for (CampaignRecord c : corpus.campaigns) {
      Set<String> texts = new HashSet<>();
      Set<String> withoutLinks = new HashSet<>();
      for (String id : c.posts()) {
        String t = byId.get(id).text();
        texts.add(t);
        withoutLinks.add(t.replaceAll("https://t\\.co/\\S+", ""));
      }
      assertTrue(texts.size() > 1, c.id() + " copies are all identical");
      if (c.size() >= 20) assertTrue(withoutLinks.size() > 2, c.id() + " only links vary");
    }
  }

  @Test
  void campaignAccountsAreBatchCreatedAndPostLittleElse() {
    Map<String, Long> postsPerAccount = corpus.posts.stream()
        .collect(Collectors.groupingBy(p -> p.account().id(), Collectors.counting()));
    Set<String> campaignAccounts = corpus.campaigns.stream().flatMap(c -> c.accounts().stream())
        .collect(Collectors.toSet());
    double median = campaignAccounts.stream().mapToLong(postsPerAccount::get).sorted()
        .skip(campaignAccounts.size() / 2).findFirst().orElseThrow();
    assertTrue(median <= 12, "campaign accounts have a thin history: median " + median);
    Set<String> campaignIds = corpus.campaigns.stream().flatMap(c -> c.posts().stream())
        .collect(Collectors.toSet());
    assertTrue(corpus.posts.stream().anyMatch(p -> campaignAccounts.contains(p.account().id())
        && !campaignIds.contains(p.id())), "campaign accounts also post filler");
  }

  @Test
  void retweetsAndRepliesPointAtEarlierPosts() {
    long retweets = 0;
    for (Post p : corpus.posts) {
      if (p.retweet()) {
        retweets++;
        Post original = byId.get(p.retweetOf());
        assertNotNull(original, "retweet of a missing post");
        assertTrue(original.time().isBefore(p.time()));
        assertEquals("RT @" + original.account().screenName() + ": " + original.text(), p.text());
        assertEquals(original.labels(), p.labels());
        assertFalse(original.retweet());
      } else {
        assertFalse(p.text().startsWith("RT @"), "only retweets start with RT: " + p.text());
      }
      if (p.replyTo() != null) {
        Post parent = byId.get(p.replyTo());
        assertNotNull(parent);
        assertTrue(p.text().startsWith("@" + parent.account().screenName() + " "));
      }
    }
    assertTrue(retweets > POSTS / 30, retweets + " retweets");
  }

  @Test
  void organicNearRepeatsExistOutsideCampaigns() {
    Set<String> campaignIds = corpus.campaigns.stream().flatMap(c -> c.posts().stream())
        .collect(Collectors.toSet());
    Map<String, Set<String>> accountsByText = new HashMap<>();
    for (Post p : corpus.posts) {
      if (campaignIds.contains(p.id()) || p.retweet()) continue;
      String core = p.text().replaceAll("https://t\\.co/\\S+", "").replace("BREAKING: ", "").strip();
      accountsByText.computeIfAbsent(core, k -> new HashSet<>()).add(p.account().id());
    }
    assertTrue(accountsByText.values().stream().anyMatch(a -> a.size() >= 2),
        "different people post the same headline or slogan");
  }
}
