package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.narratives.StopWords;
import org.chorus.search.PostFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path index;
  static LabelResult labelled;

  @BeforeAll
  static void labelAnIndex() throws Exception {
    Path posts = Fixtures.posts(dir, 1500);
    index = Fixtures.index(dir, posts);
    labelled = Narratives.labelIndex(new LabelIndexRequest(Fixtures.model(dir, posts, true),
        index, PostFilter.ALL, 0), Progress.NONE);
  }

  @Test
  void clustersThePostsOfOneNarrative() throws Exception {
    PostFilter violent = PostFilter.builder().narratives(List.of("protesters_violent")).build();
    Fixtures.Counting progress = new Fixtures.Counting();
    ThemesResult r = Narratives.themes(new ThemesRequest(index, violent, 3, 5, 2, 50_000, 1),
        progress);

    long expected = labelled.labels().get("protesters_violent");
    assertEquals(expected, r.posts());
    assertEquals(2 * expected, progress.units.get(), "a sampling pass and an assigning pass");
    assertEquals(3, r.themes().size());
    assertEquals(expected, r.themes().stream().mapToInt(ThemeReport::posts).sum()
        + r.unassigned());
    for (ThemeReport t : r.themes()) {
      assertTrue(t.topTerms().size() <= 5);
      assertTrue(t.representativePosts().size() <= 2 && !t.representativePosts().isEmpty());
      assertEquals(t.posts(), t.postsPerDay().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(t.posts(), t.languages().values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  @Test
  void samplesEvenlyDownToMaxPostsYetAssignsEveryPost() throws Exception {
    ThemesResult r = Narratives.themes(new ThemesRequest(index, PostFilter.ALL, 2, 5, 1, 400, 1),
        Progress.NONE);
    long units = 1500 - r.collapsedPosts() + r.copyGroups();
    long stride = (units + 399) / 400;
    assertTrue(units > 400);
    assertEquals((units + stride - 1) / stride, r.clustered(),
        "every " + stride + "th distinct text of " + units);
    assertEquals(1500, r.posts());
    assertEquals(1500, r.themes().stream().mapToInt(ThemeReport::posts).sum() + r.unassigned());
  }

  @Test
  void aFilterThatSelectsNothingGivesNoThemes() throws Exception {
    PostFilter none = PostFilter.builder().narratives(List.of("no_such_narrative")).build();
    ThemesResult r = Narratives.themes(new ThemesRequest(index, none, 3, 5, 2, 100, 1),
        Progress.NONE);
    assertEquals(0, r.posts());
    assertTrue(r.themes().isEmpty());
  }

  @Test
  void aCampaignOfFiftyCopiesCountsOnceAndShowsItsSize() throws Exception {
    Path d = Files.createDirectories(dir.resolve("campaign"));
    List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.CORPUS).subList(0, 400));
    String[] endings = {"!", "!!", " #StopTheChaos", " 😡", ".", " #HK"};
    for (int i = 0; i < 50; i++) {
      lines.add(JSON.writeValueAsString(Map.of("id", "camp" + i, "account", "bot" + i,
          "time", "2019-08-20T03:00:" + String.format("%02d", i) + "Z", "lang", "en",
          "text", "Foreign agents paid the mob to storm the airport terminal tonight"
              + endings[i % endings.length] + " https://t.co/x" + i)));
    }
    Path posts = d.resolve("posts.jsonl");
    Files.write(posts, lines);
    Path idx = Fixtures.index(d, posts);
    Path assignments = d.resolve("out/assign.jsonl");
    ThemesResult kept = Narratives.themes(new ThemesRequest(idx, PostFilter.ALL, 4, 8, 2, 50_000,
        1, null, false), Progress.NONE);
    ThemesResult r = Narratives.themes(new ThemesRequest(idx, PostFilter.ALL, 4, 8, 2, 50_000,
        1, assignments, true), Progress.NONE);

    assertEquals(450, kept.clustered(), "without collapsing every copy is clustered");
    assertEquals(450 - r.collapsedPosts() + r.copyGroups(), r.clustered());
    assertTrue(r.clustered() <= 450 - 49, "the campaign is one text: " + r.clustered());
    ThemeReport.Copies campaign = r.themes().stream().flatMap(t -> t.copies().stream())
        .filter(c -> c.id().startsWith("camp")).findFirst().orElseThrow();
    assertEquals(50, campaign.posts());
    assertEquals("camp0", campaign.id(), "the first copy stands for the group");

    // The assignments file: every post once, the 50 copies in one theme, each saying 50.
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : Files.readAllLines(assignments)) {
      JsonNode n = JSON.readTree(line);
      assertTrue(byId.put(n.get("id").asText(), n) == null, "once: " + line);
    }
    assertEquals(450, byId.size());
    Set<Integer> campaignThemes = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      JsonNode n = byId.get("camp" + i);
      campaignThemes.add(n.get("theme").asInt());
      assertEquals(50, n.get("copies").asInt());
    }
    assertEquals(1, campaignThemes.size());
    int theme = campaignThemes.iterator().next();
    assertTrue(r.themes().get(theme - 1).copies().contains(campaign), "reported in its theme");
    Map<Integer, Integer> perTheme = new HashMap<>();
    byId.values().forEach(n -> {
      if (!n.get("theme").isNull()) perTheme.merge(n.get("theme").asInt(), 1, Integer::sum);
    });
    for (ThemeReport t : r.themes()) assertEquals(t.posts(), perTheme.get(t.theme()));
    assertFalse(Files.list(assignments.getParent()).anyMatch(p -> p.toString().endsWith(".partial")));
  }

  @Test
  void noStopWordAmongTopTermsOnTheBundledCorpus() throws Exception {
    Path d = Files.createDirectories(dir.resolve("bundled"));
    Path idx = Fixtures.index(d, Fixtures.CORPUS);
    ThemesResult r = Narratives.themes(new ThemesRequest(idx, PostFilter.ALL, 6, 10, 1, 50_000,
        1), Progress.NONE);
    assertEquals(6, r.themes().size());
    Set<String> listed = StopWords.all().listed();
    for (ThemeReport t : r.themes()) {
      for (String term : t.topTerms()) {
        for (String word : term.split(" ")) assertFalse(listed.contains(word), term + " in " + t);
        assertFalse(term.codePointCount(0, term.length()) == 1, "a single character: " + term);
        assertFalse(StopWords.all().isStop(term), term);
      }
    }
  }
}
