package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.Test;

class ThemeFinderTest {

  @Test
  void separatesTwoVocabulariesAndDescribesThem() {
    List<Post> posts = Fixtures.posts(120, 4);
    List<Post> two = new ArrayList<>();
    for (Post p : posts) if (!p.labels().get(0).equals("foreign_interference")) two.add(p);
    List<Theme> themes = new ThemeFinder(2, 5, 3, 1).find(two);
    assertEquals(2, themes.size());
    assertEquals(two.size(), themes.get(0).size() + themes.get(1).size());
    assertTrue(themes.get(0).size() >= themes.get(1).size(), "largest first");
    for (Theme t : themes) {
      assertEquals(5, t.topTerms().size());
      assertEquals(3, t.representativeIds().size());
      assertTrue(t.topAccounts().size() <= 5 && !t.topAccounts().isEmpty());
      assertEquals(t.size(), t.postsPerDay().values().stream().mapToInt(Integer::intValue).sum());
      // A theme's representative posts share one narrative: the clustering found the split.
      Set<String> narratives = new HashSet<>();
      for (String id : t.representativeIds()) {
        for (Post p : two) if (p.id().equals(id)) narratives.add(p.labels().get(0));
      }
      assertEquals(1, narratives.size(), t.toString());
    }
    Set<String> top = new HashSet<>(themes.get(0).topTerms());
    top.retainAll(themes.get(1).topTerms());
    assertTrue(top.size() <= 1, "themes have their own top terms: shared " + top);
  }

  @Test
  void sameSeedSameThemes() {
    List<Post> posts = Fixtures.posts(90, 5);
    assertEquals(new ThemeFinder(3, 5, 2, 7).find(posts), new ThemeFinder(3, 5, 2, 7).find(posts));
  }
}
