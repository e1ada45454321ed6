package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostShapeTest {
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    PostShape.tokens(text, out);
    return out;
  }

  private static boolean anyStartsWith(List<String> tokens, String prefix) {
    return tokens.stream().anyMatch(t -> t.startsWith(prefix));
  }

  @Test
  void headlineCaseGivesCaseTokensLowerCaseGivesNone() {
    List<String> headline = tokens("Trump Says Tariffs Work");
    assertTrue(headline.contains("capitalised:5"), headline.toString());
    assertTrue(headline.contains("^Xxx"), headline.toString());
    List<String> lower = tokens("trump says tariffs work");
    assertFalse(anyStartsWith(lower, "capitalised:"), lower.toString());
    assertFalse(anyStartsWith(lower, "upper:"), lower.toString());
    assertTrue(lower.contains("^xxx"), lower.toString());
    assertTrue(tokens("LOOK AT HOW HOT THEY ARE").contains("upper:3"));
  }

  @Test
  void truncatedTweetEndingInALink() {
    List<String> t = tokens("Hungry? With a tap on your phone, you can summon this vending… "
        + "https://t.co/GzOzlJN5UB");
    assertTrue(t.contains("truncated-link"), t.toString());
    assertTrue(t.contains("ends-with-link"), t.toString());
    assertTrue(t.contains("links:1"), t.toString());
    assertTrue(t.contains("link:https"), t.toString());
    assertFalse(t.contains("link:http"), t.toString());
    assertTrue(t.contains("p:\u2026"), "the ellipsis as written: " + t);
    assertTrue(t.contains("len:4"), "80-99 characters: bucket 4 of " + t);
  }

  @Test
  void oldLinksMentionsHashtagsAndCopiedRetweets() {
    List<String> t = tokens("ItsFoodPorn: French toast for @amy and @bo #food http://t.co/miuljo0NMz");
    assertTrue(t.contains("first-word-colon"), t.toString());
    assertTrue(t.contains("link:http"), t.toString());
    assertTrue(t.contains("mentions:2"), t.toString());
    assertTrue(t.contains("hashtags:1"), t.toString());
    assertFalse(tokens("calm. Police: here").contains("first-word-colon"), "first word only");
    assertTrue(tokens("RT @abc: hello").contains("rt"));
    assertTrue(tokens("@abc hello").contains("reply"));
    assertFalse(tokens("hello @abc").contains("reply"));
  }

  @Test
  void punctuationRunsEmojiAndSpacing() {
    List<String> t = tokens("Wait... what?!  Really \uD83D\uDE02\nyes");
    assertTrue(t.contains("p:..."), t.toString());
    assertTrue(t.contains("p:?!"), t.toString());
    assertTrue(t.contains("emoji"), t.toString());
    assertTrue(t.contains("double-space"), t.toString());
    assertTrue(t.contains("newline"), t.toString());
    List<String> plain = tokens("wait what really yes");
    assertFalse(plain.contains("emoji") || plain.contains("double-space")
        || plain.contains("newline") || anyStartsWith(plain, "p:"), plain.toString());
  }

  @Test
  void emptyAndBlankTextsGiveOnlyCounts() {
    assertEquals(List.of("len:0", "links:0", "mentions:0", "hashtags:0"), tokens(""));
    assertEquals(List.of("len:0", "links:0", "mentions:0", "hashtags:0", "double-space"),
        tokens("   "));
  }
}
