package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chorus.search.PostFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {
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
    assertEquals(expected, progress.units.get());
    assertEquals(3, r.themes().size());
    assertEquals(expected, r.themes().stream().mapToInt(ThemeReport::posts).sum());
    for (ThemeReport t : r.themes()) {
      assertTrue(t.topTerms().size() <= 5);
      assertTrue(t.representativePosts().size() <= 2 && !t.representativePosts().isEmpty());
      assertEquals(t.posts(), t.postsPerDay().values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  @Test
  void samplesEvenlyDownToMaxPosts() throws Exception {
    ThemesResult r = Narratives.themes(new ThemesRequest(index, PostFilter.ALL, 2, 5, 1, 400, 1),
        Progress.NONE);
    assertEquals(375, r.posts(), "every 4th of 1,500 posts");
  }

  @Test
  void aFilterThatSelectsNothingGivesNoThemes() throws Exception {
    PostFilter none = PostFilter.builder().narratives(List.of("no_such_narrative")).build();
    ThemesResult r = Narratives.themes(new ThemesRequest(index, none, 3, 5, 2, 100, 1),
        Progress.NONE);
    assertEquals(0, r.posts());
    assertTrue(r.themes().isEmpty());
  }
}
