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
    ThemeModel model = new ThemeFinder(2, 5, 3, 1).fit(two.stream().map(Post::text).toList());
    assertEquals(2, model.themes());
    for (int t = 0; t < 2; t++) {
      assertEquals(5, model.topTerms(t).size());
      assertEquals(3, model.representatives(t).size());
      Set<String> narratives = new HashSet<>();
      for (int i = 0; i < two.size(); i++) {
        if (model.fitted(i) == t) narratives.add(two.get(i).labels().get(0));
      }
      assertEquals(1, narratives.size(), "each theme is one narrative: " + narratives);
      // Terms of the theme's own vocabulary; the shared noise ("hong", "city") is not on top.
      String own = two.get(model.representatives(t).get(0)).labels().get(0);
      List<String> words = List.of(Fixtures.WORDS[List.of(Fixtures.LABELS).indexOf(own)]);
      String first = model.topTerms(t).get(0);
      assertTrue(words.stream().anyMatch(first::contains), first + " of " + own);
      for (String term : model.topTerms(t)) {
        assertTrue(!StopWords.all().isStop(term), "stop word among top terms: " + term);
      }
    }
    // A new text goes to the theme of its vocabulary.
    int police = model.fitted(two.indexOf(two.stream()
        .filter(p -> p.labels().get(0).equals("support_police")).findFirst().orElseThrow()));
    assertEquals(police, model.assign("brave officers keep order, thank the police"));
    assertEquals(-1, model.assign("the and of 的 https://t.co/x"), "no readable term: no theme");
  }

  @Test
  void sameSeedSameThemes() {
    List<String> texts = Fixtures.posts(90, 5).stream().map(Post::text).toList();
    ThemeModel a = new ThemeFinder(3, 5, 2, 7).fit(texts);
    ThemeModel b = new ThemeFinder(3, 5, 2, 7).fit(texts);
    for (int i = 0; i < texts.size(); i++) assertEquals(a.fitted(i), b.fitted(i));
    for (int t = 0; t < a.themes(); t++) assertEquals(a.topTerms(t), b.topTerms(t));
  }
}
