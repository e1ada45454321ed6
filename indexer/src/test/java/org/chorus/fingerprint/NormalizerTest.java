package org.chorus.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static String n(String s) {
    return Normalizer.normalize(s);
  }

  @Test
  void removesLinksOfEveryShape() {
    assertEquals("read this", n("Read this https://t.co/AbC123 http://x.y/z www.example.com/a pic.twitter.com/q1"));
    assertEquals("read this", n("Read this t.co/AbC123"));
  }

  @Test
  void removesMentionsAndRetweetPrefixes() {
    assertEquals("police attacked", n("RT @someone: Police attacked @hkpolice"));
    assertEquals("police attacked", n("rt @a: RT @b: police attacked"));
    assertEquals("police attacked", n("police attacked via @SCMPNews"));
    assertEquals("rt is a word here", n("RT is a word here"));
  }

  @Test
  void foldsCasePunctuationEmojiAndEntities() {
    assertEquals("stop the violence now", n("STOP the violence!!! 😡😡 Now…"));
    assertEquals("sign retweet", n("Please".substring(6) + "Sign &amp; Retweet"));
    assertEquals("hongkong police", n("#HongKong police"));
    assertEquals("it s ok", n("it's ok"));
  }

  @Test
  void foldsFullWidthFormsAndKeepsChinese() {
    assertEquals("香港 暴徒 abc 123", n("香港，暴徒！ＡＢＣ　１２３"));
    assertEquals("支持 香港警察", n("支持#香港警察 @人民日报 https://t.co/x"));
  }

  @Test
  void keepsOtherScripts() {
    assertEquals("россия вперёд", n("Россия, ВПЕРЁД!"));
    assertEquals("", n("https://t.co/x @a 🔥"));
    assertEquals("", n(""));
  }

  @Test
  void noiseOnlyDifferencesNormaliseToTheSameText() {
    String a = "RT @x: Protesters attacked the police again! https://t.co/aaa #HongKong 😡";
    String b = "protesters attacked the police again https://t.co/bbb @y #hongkong";
    assertEquals(n(a), n(b));
  }
}
