package org.chorus.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Snowball Russian stemming for words written in Cyrillic ("полиции" and "полиция" are
 * "полиц"); other words pass through without entering the stemmer, which is what makes one
 * analyzer for every language affordable: most words of a mixed corpus are not Russian.
 */
final class RussianStemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final RussianStemmer stemmer = new RussianStemmer();

  public RussianStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword() && startsCyrillic(term.buffer(), term.length())) {
      stemmer.setCurrent(term.buffer(), term.length());
      stemmer.stem();
      char[] stemmed = stemmer.getCurrentBuffer();
      if (stemmed == term.buffer()) {
        term.setLength(stemmer.getCurrentBufferLength());
      } else {
        term.copyBuffer(stemmed, 0, stemmer.getCurrentBufferLength());
      }
    }
    return true;
  }

  /** Decided by the first letter, as a reader would: digits and marks before it don't count. */
  static boolean startsCyrillic(char[] b, int len) {
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if (c >= 0x400 && c <= 0x52F) return true;
      if (Character.isLetter(c)) return false;
    }
    return false;
  }
}
