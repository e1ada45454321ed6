package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTermsTest {
  private final ThemeTerms terms = new ThemeTerms(StopWords.all());

  @Test
  void englishWithoutStopWordsAndPairsThatDoNotBridgeThem() {
    assertEquals(List.of("police", "fired", "police fired", "tear", "fired tear", "gas", "tear gas"),
        terms.of("The police fired tear gas at 5 pm https://t.co/abc"));
    assertEquals(List.of("rioters", "airport"), terms.of("rioters in the airport"));
  }

  @Test
  void chineseAsBigramsNeverSingleCharacters() {
    List<String> t = terms.of("香港警察是最好的");
    assertTrue(t.containsAll(List.of("香港", "港警", "警察")), t.toString());
    for (String s : t) assertEquals(2, s.codePointCount(0, s.length()), s);
    // Bigrams holding a particle (是, 的) straddle words: left out.
    assertFalse(t.contains("察是") || t.contains("是最") || t.contains("好的"), t.toString());
    assertEquals(List.of(), terms.of("我們 的 了"), "a listed bigram and lone particles");
  }

  @Test
  void stopWordsOfEveryLanguage() {
    StopWords s = StopWords.all();
    for (String w : List.of("the", "und", "les", "los", "della", "это", "що", "في", "我们", "我們",
        "佢哋", "的", "香")) {
      assertTrue(s.isStop(w), w);
    }
    for (String w : List.of("police", "polizei", "полиция", "香港", "暴徒", "police violence")) {
      assertFalse(s.isStop(w), w);
    }
    assertTrue(s.isStop("the police"), "a pair with a stop word in it");
    assertEquals(List.of("полиция", "задержала", "полиция задержала"),
        terms.of("Это полиция задержала их"));
  }
}
