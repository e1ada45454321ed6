package org.chorus.index;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies a filter chain only to words written in one script, decided by the word's first
 * letter: an English stemmer must not touch Russian words and the other way round.
 */
public final class ScriptFilter extends ConditionalTokenFilter {
  private final Character.UnicodeScript script;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ScriptFilter(TokenStream input, Character.UnicodeScript script,
      Function<TokenStream, TokenStream> chain) {
    super(input, chain);
    this.script = script;
  }

  @Override
  protected boolean shouldFilter() {
    char[] buf = term.buffer();
    int len = term.length();
    for (int i = 0; i < len; ) {
      int cp = Character.codePointAt(buf, i, len);
      if (Character.isLetter(cp)) return scriptOf(cp) == script;
      i += Character.charCount(cp);
    }
    return false;
  }

  // The common cases answered without Character.UnicodeScript's binary search.
  private static Character.UnicodeScript scriptOf(int cp) {
    if (cp < 0x80) return Character.UnicodeScript.LATIN;
    if (cp >= 0x400 && cp <= 0x52F) return Character.UnicodeScript.CYRILLIC;
    return Character.UnicodeScript.of(cp);
  }
}
