package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PostAnalyzerTest {
  private final Analyzer analyzer = new PostAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @Test
  void violentAndViolenceShareATerm() throws IOException {
    assertEquals(terms("violent"), terms("violence"));
    assertEquals(terms("violent"), terms("Violently"));
    assertEquals(terms("silent"), terms("silence"));
    assertEquals(terms("protest"), terms("protesters"));
  }

  @Test
  void shortWordsKeepTheirMeaning() throws IOException {
    assertEquals(List.of("fenc"), terms("fence"));
    assertFalse(terms("event").equals(terms("even")));
  }

  @Test
  void englishPossessivesAndCaseFold() throws IOException {
    assertEquals(List.of("polic", "attack"), terms("POLICE'S attacks"));
  }

  @Test
  void chineseBecomesBigrams() throws IOException {
    assertEquals(List.of("暴徒"), terms("暴徒"));
    assertEquals(List.of("香港", "港暴", "暴徒"), terms("香港暴徒"));
    assertTrue(terms("止暴制亂，香港加油").containsAll(List.of("止暴", "暴制", "制乱", "香港", "加油")));
  }

  @Test
  void traditionalAndSimplifiedChineseMeet() throws IOException {
    assertEquals(terms("外国势力"), terms("外國勢力"));
    assertEquals(List.of("止暴", "暴制", "制乱"), terms("止暴制亂"));
    assertEquals(terms("警察"), terms("警察"));
  }

  @Test
  void russianIsStemmedWithRussianRules() throws IOException {
    assertEquals(terms("протестующие"), terms("протестующих"));
    assertEquals(terms("полиция"), terms("полиции"));
    // Cyrillic must not go through Porter, nor Latin through the Russian stemmer.
    assertEquals(List.of("полиц", "polic"), terms("полиции police"));
  }

  @Test
  void urlsAndEmailsAreDroppedButTagsAndMentionsKeepTheirWord() throws IOException {
    List<String> t = terms("Read https://t.co/Ab3xYz and write to a@b.org #HongKong @SCMPNews");
    assertFalse(t.contains("https"));
    assertFalse(t.stream().anyMatch(s -> s.contains("t.co") || s.contains("ab3xyz")));
    assertTrue(t.contains("hongkong"));
    assertTrue(t.contains("scmpnew"));
    assertTrue(t.contains("read"));
  }

  @Test
  void mixedScriptsInOnePost() throws IOException {
    List<String> t = terms("Rioters 暴徒 бунтовщики");
    assertEquals(List.of("rioter", "暴徒", "бунтовщик"), t);
  }

  @Test
  void fullWidthLatinFoldsToAscii() throws IOException {
    assertEquals(terms("police"), terms("ＰＯＬＩＣＥ"));
  }

  @Test
  void halfWidthKatakanaFoldsToFullWidthWithItsVoicedMark() throws IOException {
    assertEquals(terms("ガス"), terms("ｶﾞｽ"));
  }

  @Test
  void lettersOutsideTheBasicPlaneAreLowerCased() throws IOException {
    // Deseret capital and small long I: a surrogate pair each
    assertEquals(terms("\uD801\uDC28"), terms("\uD801\uDC00"));
  }

  @Test
  void nonLatinLettersAreLowerCasedAndRussianStemmedOnlyInCyrillic() throws IOException {
    assertEquals(terms("полиции"), terms("ПОЛИЦИИ"));
    assertEquals(List.of("αστυνομια"), terms("ΑΣΤΥΝΟΜΙΑ"));
    assertEquals(List.of("\uA641"), terms("\uA640")); // Cyrillic Extended-B: above the Han range start
    assertEquals(List.of("2019", "полиц"), terms("2019 полиции"));
  }

  @Test
  void wildcardTermsAreFoldedLikeIndexedWords() {
    assertEquals("police", analyzer.normalize(Schema.TEXT, "ＰＯＬＩＣＥ").utf8ToString());
    assertEquals("国", analyzer.normalize(Schema.TEXT, "國").utf8ToString());
  }
}
