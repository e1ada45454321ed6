package org.chorus.index;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.chorus.corpus.text.FullWidth;
import org.chorus.corpus.text.HanVariants;

/**
 * Folds every character of a word to the form it is searched by: full-width Latin to ASCII
 * ("ＰＯＬＩＣＥ" is "police"), lower case, and common traditional Chinese characters to
 * simplified ({@link HanVariants}). What {@code CJKWidthFilter}, {@code LowerCaseFilter} and a
 * variant filter would do in three passes, in one: it runs on every word of every post, and
 * the three passes cost a third of the analysis. Words with half-width katakana, whose voiced
 * marks merge into the kana before them, take Unicode NFKC instead.
 */
final class CharacterFoldFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public CharacterFoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    char[] b = term.buffer();
    int len = term.length();
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if (c >= '\uFF61' && c <= '\uFF9F') {
        foldHalfWidthKana(len);
        return true;
      }
      if (Character.isHighSurrogate(c) && i + 1 < len) {
        int lower = Character.toLowerCase(Character.toCodePoint(c, b[i + 1]));
        if (Character.charCount(lower) == 2) Character.toChars(lower, b, i);
        i++;
      } else {
        b[i] = fold(c);
      }
    }
    return true;
  }

  private void foldHalfWidthKana(int len) {
    String folded = Normalizer.normalize(new String(term.buffer(), 0, len), Normalizer.Form.NFKC);
    term.setEmpty().append(folded.toLowerCase(java.util.Locale.ROOT));
    char[] b = term.buffer();
    for (int i = 0; i < term.length(); i++) b[i] = HanVariants.fold(b[i]);
  }

  /** The folding of one character (of the basic plane): words, facet values. */
  static char fold(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    if (c >= 0x400 && c <= 0x45F) { // Cyrillic without a table lookup: Russian posts are common
      return c < 0x410 ? (char) (c + 0x50) : c < 0x430 ? (char) (c + 0x20) : c;
    }
    char ascii = FullWidth.toAscii(c);
    if (ascii != c) return Character.toLowerCase(ascii);
    char simplified = c >= 0x3400 ? HanVariants.fold(c) : c;
    return simplified != c ? simplified : Character.toLowerCase(c);
  }
}
