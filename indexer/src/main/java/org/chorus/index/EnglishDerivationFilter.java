package org.chorus.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Joins adjective and noun after Porter stemming, which leaves "violent" as "violent" but
 * "violence" as "violenc": a final "-enc"/"-anc" becomes "-ent"/"-ant", so violence/violent,
 * silence/silent, distance/distant share a term. Only stems of six letters or more, so short
 * words keep their own meaning.
 */
final class EnglishDerivationFilter extends TokenFilter {
  private static final int MIN_STEM = 6;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public EnglishDerivationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    int len = term.length();
    if (len >= MIN_STEM && !keyword.isKeyword()) {
      char[] b = term.buffer();
      if (b[len - 1] == 'c' && b[len - 2] == 'n' && (b[len - 3] == 'e' || b[len - 3] == 'a')) {
        b[len - 1] = 't';
      }
    }
    return true;
  }
}
