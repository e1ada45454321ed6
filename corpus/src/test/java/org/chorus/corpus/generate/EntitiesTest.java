package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {

  @Test
  void readsHashtagsMentionsAndLinksInAnyScript() {
    Entities e = Entities.of("RT @hk_daily: 五大訴求，缺一不可！ #反送中 #HongKong https://t.co/abcDEF1234 @x");
    assertEquals(List.of("反送中", "HongKong"), e.hashtags());
    assertEquals(List.of("hk_daily", "x"), e.mentions());
    assertEquals(List.of("https://t.co/abcDEF1234"), e.urls());
  }

  @Test
  void ignoresEmailLikeAndMidWordSigns() {
    Entities e = Entities.of("mail me at a@b.com, C# is fine");
    assertEquals(List.of(), e.mentions());
    assertEquals(List.of(), e.hashtags());
  }
}
