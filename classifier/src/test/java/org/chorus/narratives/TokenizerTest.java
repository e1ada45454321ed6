package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void englishTweetKeepsHashtagsMentionsAndMarksLinks() {
    List<String> w = tokenizer.words("Rioters can't hide! #HongKong @HKPoliceForce https://t.co/x1Y 2019");
    System.out.println(w);
    assertTrue(w.contains("rioters"));
    assertTrue(w.contains("!"));
    assertTrue(w.contains(Tokenizer.URL));
    assertTrue(w.contains("0000"), "digits normalised: " + w);
    assertTrue(w.stream().anyMatch(t -> t.contains("hongkong")), w.toString());
  }

  @Test
  void chineseIsSplitIntoCharacters() {
    List<String> w = tokenizer.words("香港警察辛苦了 HK加油");
    System.out.println(w);
    assertEquals(List.of("香", "港", "警", "察", "辛", "苦", "了", "hk", "加", "油"), w);
  }

  @Test
  void russianIsLowerCasedWords() {
    List<String> w = tokenizer.words("Запад вмешивается в дела Гонконга.");
    System.out.println(w);
    assertEquals(List.of("запад", "вмешивается", "в", "дела", "гонконга", "."), w);
  }
}
