package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.chorus.corpus.text.Links;
import org.junit.jupiter.api.Test;

/** The small parsers readers share: languages, list columns, entities in text. */
class FieldParsingTest {
  @Test
  void languageNamesBecomeCodesAndCodesPassThrough() {
    assertEquals("en", Languages.normalise("English"));
    assertEquals("ru", Languages.normalise("Russian"));
    assertEquals("uk", Languages.normalise("Ukrainian"));
    assertEquals("fa", Languages.normalise("Farsi (Persian)"));
    assertEquals("zh", Languages.normalise("Simplified Chinese"));
    assertEquals("und", Languages.normalise("LANGUAGE UNDEFINED"));
    assertEquals("en", Languages.normalise("EN"));
    assertEquals("zh-cn", Languages.normalise("zh_CN"));
    assertEquals("he", Languages.normalise("iw"));
    assertEquals("und", Languages.normalise("und"));
    assertNull(Languages.normalise(""));
    assertNull(Languages.normalise("  "));
    assertNull(Languages.normalise(null));
  }

  @Test
  void listColumnsInEveryArchiveForm() {
    assertEquals(List.of("a", "b"), ListField.parse("['a', 'b']"));
    assertEquals(List.of("a", "b"), ListField.parse("[a, b]"));
    assertEquals(List.of("a,b", "c"), ListField.parse("[\"a,b\", 'c']"));
    assertEquals(List.of("hk", "police"), ListField.parse("#hk @police"));
    assertEquals(List.of(), ListField.parse("[]"));
    assertEquals(List.of(), ListField.parse(""));
    assertEquals(List.of(), ListField.parse(null));
  }

  @Test
  void entitiesFromText() {
    String t = "RT @Hk_Police: 暴徒 #香港 #HK2019, see https://t.co/AbC). mail a@b.com #1";
    assertEquals(List.of("香港", "HK2019"), Entities.hashtags(t));
    assertEquals(List.of("Hk_Police"), Entities.mentions(t));
    assertEquals(List.of("https://t.co/AbC"), Links.in(t));
    assertEquals(List.of(), Links.in("no links, httpx://not"));
  }

  @Test
  void snowflakeIdsCarryTheirTime() {
    assertEquals(java.time.Instant.parse("2019-10-29T22:00:00.568Z"),
        TweetIds.time("1189300879905755142"));
    assertNull(TweetIds.time("12345"));
    assertNull(TweetIds.time("abc"));
    assertNull(TweetIds.time("99999999999999999999"));
  }
}
